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
            var start = _position;
            while (start < _text.Length && !char.IsLetter(_text[start]))
            {
                start++;
            }

            if (start == _text.Length)
            {
                _position = start;
                return false;
            }

            var end = start + 1;
            while (end < _text.Length && (char.IsLetter(_text[end]) || (apostrophes && _text[end] is '\'' or '’')))
            {
                end++;
            }

            Current = new Word(start, end - start);
            _position = end;
            return true;
        }
    }
}
