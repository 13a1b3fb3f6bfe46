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
    /// <remarks>
    /// Every line is hashed (the count of a hash runs through the file) but only the lines with findings are written
    /// out: formatting every line's hash was most of the cost, 15 % of the SARIF writer on 1,000 seed copies.
    /// </remarks>
    public static Table? Compute(SourceText source)
    {
        var encoding = source.EncodingInfo;
        if (encoding.Encoding is not System.Text.UTF8Encoding)
        {
            return null;
        }

        var text = encoding.HasByteOrderMark ? "\uFEFF" + source.Text : source.Text;
        var hashes = new List<(ulong Hash, int Count)> { default };
        var state = new State();
        foreach (var c in text)
        {
            state.Process(c, hashes);
        }

        state.Process(EndOfFile, hashes);
        state.Flush(hashes);
        return new Table([.. hashes]);
    }

    /// <summary>The hashes of a file's lines.</summary>
    internal sealed class Table((ulong Hash, int Count)[] lines)
    {
        /// <summary>The hash of a 1-based line as the action writes it ("5f3a…:2"), or null for a line it has none for.</summary>
        public string? Of(int line) => line < lines.Length && lines[line].Count > 0
            ? $"{lines[line].Hash.ToString("x", System.Globalization.CultureInfo.InvariantCulture)}:{lines[line].Count}"
            : null;
    }

    private sealed class State
    {
        private static readonly long FirstMod = Power(Mod, BlockSize);

        private readonly int[] _window = new int[BlockSize];
        private readonly int[] _lineNumbers = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<ulong, int> _counts = [];
        private long _hash;
        private int _index;
        private int _lineNumber;
        private bool _lineStart = true;
        private bool _previousCr;

        public void Process(int current, List<(ulong Hash, int Count)> hashes)
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

        public void Flush(List<(ulong Hash, int Count)> hashes)
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

        private void Output(List<(ulong Hash, int Count)> hashes)
        {
            var value = unchecked((ulong)_hash);
            var count = _counts[value] = _counts.GetValueOrDefault(value) + 1;
            var line = _lineNumbers[_index];
            while (hashes.Count <= line)
            {
                hashes.Add(default);
            }

            hashes[line] = (value, count);
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
