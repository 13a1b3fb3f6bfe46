using System.Text;
using System.Text.Json;

namespace DraftLint.Configuration;

/// <summary>A JSON value with the line and column it starts at, so configuration errors can point at it.</summary>
internal sealed class PositionedJson
{
    public JsonValueKind Kind { get; private init; }

    public int Line { get; private init; }

    public int Column { get; private init; }

    public string? String { get; private init; }

    public List<(string Name, int Line, int Column, PositionedJson Value)> Properties { get; } = [];

    public List<PositionedJson> Items { get; } = [];

    /// <summary>Parses JSON as Microsoft.Extensions.Configuration.Json accepts it (comments and trailing commas allowed).</summary>
    /// <exception cref="ConfigurationException">The text is not valid JSON.</exception>
    public static PositionedJson Parse(string path, byte[] bytes)
    {
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new ConfigurationException(path, 1, 1, "the file is empty; write {} for an empty configuration");
            }

            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                var (l, c) = lines.At(reader.TokenStartIndex);
                throw new ConfigurationException(path, l, c, "unexpected content after the end of the JSON object");
            }

            return root;
        }
        catch (DuplicateKeyException ex)
        {
            throw new ConfigurationException(path, ex.Line, ex.Column, $"the key '{ex.Key}' is written twice (first at line {ex.FirstLine}); write each key once");
        }
        catch (InvalidOperationException ex)
        {
            // A string the reader cannot turn into text: invalid UTF-8, or an escaped surrogate without its pair.
            var (l, c) = lines.At(reader.TokenStartIndex);
            throw new ConfigurationException(path, l, c, $"invalid JSON: a string that is not text ({ex.Message.TrimEnd('.')})");
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new ConfigurationException(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "invalid JSON: " + (cut > 0 ? message[..cut] : message));
        }
    }

    private static PositionedJson ReadValue(ref Utf8JsonReader reader, LineMap lines)
    {
        var (line, column) = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new PositionedJson { Kind = JsonValueKind.Object, Line = line, Column = column };
                var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = lines.At(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();

                    // Microsoft.Extensions.Configuration refuses a key written twice (keys are compared ignoring case).
                    if (!seen.TryAdd(name, nameLine))
                    {
                        throw new DuplicateKeyException(name, nameLine, nameColumn, seen[name]);
                    }

                    obj.Properties.Add((name, nameLine, nameColumn, ReadValue(ref reader, lines)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new PositionedJson { Kind = JsonValueKind.Array, Line = line, Column = column };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lines));
                }

                return array;
            case JsonTokenType.String:
                return new PositionedJson { Kind = JsonValueKind.String, Line = line, Column = column, String = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedJson { Kind = JsonValueKind.Number, Line = line, Column = column, String = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new PositionedJson { Kind = JsonValueKind.True, Line = line, Column = column, String = "true" };
            case JsonTokenType.False:
                return new PositionedJson { Kind = JsonValueKind.False, Line = line, Column = column, String = "false" };
            default:
                return new PositionedJson { Kind = JsonValueKind.Null, Line = line, Column = column };
        }
    }

    /// <summary>Turns byte offsets into 1-based lines and UTF-16 columns.</summary>
    /// <remarks>
    /// The reader asks in the order of the text: each answer goes on from the one before (a line number and a column
    /// counted from the last offset), so a file of any size costs one pass, not one pass per value (a 874 KB file took
    /// minutes when every position was counted from the start).
    /// </remarks>
    private sealed class LineMap(byte[] bytes)
    {
        private long _offset;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(long offset)
        {
            offset = Math.Min(offset, bytes.Length);
            if (offset < _offset)
            {
                (_offset, _line, _column) = (0, 1, 1);
            }

            var from = (int)_offset;
            for (var i = from; i < offset; i++)
            {
                if (bytes[i] == '\n')
                {
                    _line++;
                    from = i + 1;
                    _column = 1;
                }
            }

            _column += Encoding.UTF8.GetCharCount(bytes, from, (int)offset - from);
            _offset = offset;
            return (_line, _column);
        }
    }

    private sealed class DuplicateKeyException(string key, int line, int column, int firstLine) : Exception
    {
        public string Key { get; } = key;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public int FirstLine { get; } = firstLine;
    }
}
