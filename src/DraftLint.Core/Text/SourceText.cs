using System.Text;

namespace DraftLint.Text;

/// <summary>How a file's bytes were encoded, so that a rewrite keeps them as they were.</summary>
public sealed record TextEncodingInfo(Encoding Encoding, bool HasByteOrderMark, string NewLine);

/// <summary>
/// The decoded text of one file with an exact map from offsets to lines and columns.
/// Lines end at CRLF, LF or CR; columns count UTF-16 code units.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text, TextEncodingInfo? encoding = null, DocumentOrigin? origin = null)
    {
        Path = path;
        Text = text;
        EncodingInfo = encoding ?? new TextEncodingInfo(new UTF8Encoding(false), false, DetectNewLine(text));
        Origin = origin;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path as given to the linter (relative or absolute).</summary>
    public string Path { get; }

    public string Text { get; }

    public TextEncodingInfo EncodingInfo { get; }

    /// <summary>For a Word or PDF file, where the text DraftLint rendered from it came from; null for a text file.</summary>
    public DocumentOrigin? Origin { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    /// <summary>Decodes bytes as UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid text in the detected encoding.</exception>
    public static SourceText From(string path, byte[] bytes) => From(path, bytes.AsSpan());

    /// <inheritdoc cref="From(string, byte[])"/>
    public static SourceText From(string path, ReadOnlySpan<byte> bytes)
    {
        Encoding encoding;
        var bomLength = 0;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
            bomLength = 2;
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            bomLength = 2;
        }
        else if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
            bomLength = 3;
        }
        else
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        var text = encoding.GetString(bytes[bomLength..]);
        if (text.Contains('\0'))
        {
            throw new DecoderFallbackException("the file holds NUL characters: it is binary, or UTF-16 without a byte order mark");
        }

        return new SourceText(path, text, new TextEncodingInfo(encoding, bomLength > 0, DetectNewLine(text)));
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The 1-based line and column of an offset (an offset equal to the length maps past the last character).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The span of a 1-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The offset of a 1-based line and column.</summary>
    public int GetOffset(LinePosition position) => _lineStarts[position.Line - 1] + position.Column - 1;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // From line break to line break by a vectorised search, not character by character.
            var next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        // A final line break does not open a line of its own.
        if (starts.Count > 1 && starts[^1] == text.Length)
        {
            starts.RemoveAt(starts.Count - 1);
        }

        return [.. starts];
    }

    private static string DetectNewLine(string text)
    {
        var index = text.IndexOfAny(['\r', '\n']);
        if (index < 0 || text[index] == '\n')
        {
            return "\n";
        }

        return index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
    }
}
