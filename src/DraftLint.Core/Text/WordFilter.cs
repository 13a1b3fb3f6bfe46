namespace DraftLint.Text;

/// <summary>
/// A quick "certainly not one of these words" for lookups that compare words ignoring case ordinally (month names,
/// detection words, spelling variants): a bit per length, first letter and last letter. Most words of a text fail
/// it, and a table lookup costs less than hashing the word. It never turns away a word of the set: where it cannot
/// tell (a character beyond ASCII letters, which ignoring case may equal an ASCII letter: 'ſ' and 's'), it lets the
/// word through to the real lookup.
/// </summary>
public sealed class WordFilter
{
    private const int MaxLength = 31;
    private readonly ulong[] _bits = new ulong[((MaxLength + 1) * 26 * 26 / 64) + 1];
    private readonly bool _hasLongWords;

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (word.Length > MaxLength)
            {
                _hasLongWords = true;
                continue;
            }

            foreach (var first in Letters(word[0]))
            {
                foreach (var last in Letters(word[^1]))
                {
                    var bit = Bit(word.Length, first, last);
                    _bits[bit >> 6] |= 1UL << bit;
                }
            }
        }
    }

    /// <summary>False where no word of the set can equal <paramref name="word"/> ignoring case; true where one may.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length > MaxLength)
        {
            return _hasLongWords;
        }

        var (first, last) = (word[0], word[^1]);
        if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(last))
        {
            return true;
        }

        var bit = Bit(word.Length, (first | 0x20) - 'a', (last | 0x20) - 'a');
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Bit(int length, int first, int last) => (((length * 26) + first) * 26) + last;

    /// <summary>The letter a character of the set stands for, or every letter where it is not an ASCII letter.</summary>
    private static IEnumerable<int> Letters(char c) => char.IsAsciiLetter(c) ? [(c | 0x20) - 'a'] : Enumerable.Range(0, 26);
}
