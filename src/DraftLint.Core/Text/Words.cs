namespace DraftLint.Text;

/// <summary>
/// The words of a text as the recognisers and rules read them: runs of letters (<c>\p{L}+</c>), optionally with
/// apostrophes inside or after (<c>\p{L}[\p{L}'’]*</c>). A loop rather than a regular expression: per word, the
/// engine's set-up cost more than reading the word.
/// </summary>
public static class Words
{
    /// <summary>Each maximal run of letters, in order; with <paramref name="apostrophes"/>, a run goes on over ' and ’.</summary>
    public static Enumerator In(ReadOnlySpan<char> text, bool apostrophes = false) => new(text, apostrophes);

    /// <summary>A word's place in the text it was read from.</summary>
    public readonly record struct Word(int Index, int Length);

    /// <summary>Enumerates words without allocating (a <c>foreach</c> over <see cref="In"/>).</summary>
    public ref struct Enumerator(ReadOnlySpan<char> text, bool apostrophes)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public Word Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            var start = _position;
            while (start < text.Length && !IsLetter(text[start]))
            {
                start++;
            }

            if (start == text.Length)
            {
                _position = start;
                return false;
            }

            var end = start + 1;
            if (apostrophes)
            {
                while (end < text.Length && (IsLetter(text[end]) || text[end] is '\'' or '’'))
                {
                    end++;
                }
            }
            else
            {
                while (end < text.Length && IsLetter(text[end]))
                {
                    end++;
                }
            }

            Current = new Word(start, end - start);
            _position = end;
            return true;
        }

        /// <summary><see cref="char.IsLetter(char)"/>, with ASCII (most of every text) told by one comparison.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsLetter(char c) => char.IsAscii(c) ? char.IsAsciiLetter(c) : char.IsLetter(c);
    }
}
