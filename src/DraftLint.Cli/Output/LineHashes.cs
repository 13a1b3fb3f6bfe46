using DraftLint.Text;

namespace DraftLint.Cli.Output;

/// <summary>
/// GitHub's <c>primaryLocationLineHash</c>: for every line, a rolling hash of the 100 characters from its start, spaces
/// and tabs left out and line breaks read as '\n', with ":n" for the n-th line of the same hash. Code scanning
/// deduplicates alerts by it; the upload-sarif action computes it where a result has none (github/codeql-action
/// src/fingerprints.ts), and a log uploaded without the action has it only if the tool writes it. Computed here from
/// the text as the action reads the file (UTF-8, a byte order mark included); a UTF-16 file gets none.
/// </summary>
internal static class LineHashes
{
    public const string Key = "primaryLocationLineHash";

    private const int BlockSize = 100;
    private const long Mod = 37;
    private const int EndOfFile = 65535;

    /// <summary>The hash of each line, by line number (1-based); null where the action would read other text than DraftLint did.</summary>
    public static string[]? Compute(SourceText source)
    {
        var encoding = source.EncodingInfo;
        if (encoding.Encoding is not System.Text.UTF8Encoding)
        {
            return null;
        }

        var text = encoding.HasByteOrderMark ? "\uFEFF" + source.Text : source.Text;
        var hashes = new List<string> { "" };
        var state = new State();
        foreach (var c in text)
        {
            state.Process(c, hashes);
        }

        state.Process(EndOfFile, hashes);
        state.Flush(hashes);
        return [.. hashes];
    }

    private sealed class State
    {
        private static readonly long FirstMod = Power(Mod, BlockSize);

        private readonly int[] _window = new int[BlockSize];
        private readonly int[] _lineNumbers = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private long _hash;
        private int _index;
        private int _lineNumber;
        private bool _lineStart = true;
        private bool _previousCr;

        public void Process(int current, List<string> hashes)
        {
            if (current is ' ' or '\t' || (_previousCr && current == '\n'))
            {
                _previousCr = false;
                return;
            }

            _previousCr = current == '\r';
            if (_previousCr)
            {
                current = '\n';
            }

            if (_lineNumbers[_index] != -1)
            {
                Output(hashes);
            }

            if (_lineStart)
            {
                _lineStart = false;
                _lineNumbers[_index] = ++_lineNumber;
            }

            if (current == '\n')
            {
                _lineStart = true;
            }

            Update(current);
        }

        public void Flush(List<string> hashes)
        {
            for (var i = 0; i < BlockSize; i++)
            {
                if (_lineNumbers[_index] != -1)
                {
                    Output(hashes);
                }

                Update(0);
            }
        }

        private void Output(List<string> hashes)
        {
            var value = unchecked((ulong)_hash).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            var count = _counts[value] = _counts.GetValueOrDefault(value) + 1;
            var line = _lineNumbers[_index];
            while (hashes.Count <= line)
            {
                hashes.Add("");
            }

            hashes[line] = $"{value}:{count}";
            _lineNumbers[_index] = -1;
        }

        private void Update(int current)
        {
            var begin = _window[_index];
            _window[_index] = current;
            _hash = unchecked((Mod * _hash) + current - (FirstMod * begin));
            _index = (_index + 1) % BlockSize;
        }

        private static long Power(long value, int exponent)
        {
            var result = 1L;
            for (var i = 0; i < exponent; i++)
            {
                result = unchecked(result * value);
            }

            return result;
        }
    }
}
