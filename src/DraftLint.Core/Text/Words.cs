using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DraftLint.Text;

/// <summary>
/// The words of a text as the recognisers and rules read them: runs of letters (<c>\p{L}+</c>), optionally with
/// apostrophes inside or after (<c>\p{L}[\p{L}'’]*</c>). A loop rather than a regular expression: per word, the
/// engine's set-up cost more than reading the word.
/// </summary>
/// <remarks>
/// The text is read 64 characters at a time into two bit masks (which characters are letters, and which continue a
/// word), sixteen characters a step, and words are then found by counting zero bits. A character-by-character
/// loop branched at every word boundary, and the processor mispredicted most of those branches (7 % of a lint run
/// went to reading words). Characters beyond ASCII are judged one by one with <see cref="char.IsLetter(char)"/>.
/// </remarks>
public static class Words
{
    /// <summary>Each maximal run of letters, in order; with <paramref name="apostrophes"/>, a run goes on over ' and ’.</summary>
    public static Enumerator In(ReadOnlySpan<char> text, bool apostrophes = false) => new(text, apostrophes);

    /// <summary>A word's place in the text it was read from.</summary>
    public readonly record struct Word(int Index, int Length);

    /// <summary>Enumerates words without allocating (a <c>foreach</c> over <see cref="In"/>).</summary>
    public ref struct Enumerator
    {
        private const int Block = 64;

        private readonly ReadOnlySpan<char> _text;
        private readonly bool _apostrophes;

        // The block the masks describe: _text[_base .. _base + 64), fewer at the end of the text (missing bits are 0).
        private int _base;
        private ulong _letters;
        private ulong _continues;
        private int _position;

        internal Enumerator(ReadOnlySpan<char> text, bool apostrophes)
        {
            _text = text;
            _apostrophes = apostrophes;
            _base = -Block;
        }

        public Word Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            // The first letter at or after the position.
            int start;
            while (true)
            {
                if (_position >= _text.Length)
                {
                    return false;
                }

                if (_position - _base >= Block)
                {
                    Load(_position);
                }

                var letters = _letters >> (_position - _base);
                if (letters != 0)
                {
                    start = _position + BitOperations.TrailingZeroCount(letters);
                    break;
                }

                _position = _base + Block;
            }

            // The first character after it that does not continue the word.
            var end = start + 1;
            while (end < _text.Length)
            {
                if (end - _base >= Block)
                {
                    Load(end);
                }

                var stops = ~_continues >> (end - _base);
                if (stops != 0)
                {
                    end = Math.Min(end + BitOperations.TrailingZeroCount(stops), _text.Length);
                    break;
                }

                end = _base + Block;
            }

            end = Math.Min(end, _text.Length);
            Current = new Word(start, end - start);
            _position = end;
            return true;
        }

        /// <summary>Reads the masks of the block that starts at <paramref name="offset"/>.</summary>
        private void Load(int offset)
        {
            var count = Math.Min(Block, _text.Length - offset);
            ulong letters = 0, continues = 0;
            var i = 0;
            if (Vector128.IsHardwareAccelerated)
            {
                // Sixteen characters a step: two vectors of eight compared, their lane masks narrowed to bytes, so that
                // one byte mask instruction gives the 16 bits (a mask of 16-bit lanes is not one instruction on every x64).
                ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(_text));
                var caseBit = Vector128.Create((ushort)0x20);
                var a = Vector128.Create((ushort)'a');
                var lettersInAlphabet = Vector128.Create((ushort)('z' - 'a'));
                var ascii = Vector128.Create((ushort)0x7F);
                var quote = Vector128.Create((ushort)'\'');
                var curly = Vector128.Create((ushort)'’');
                for (; i + (2 * Vector128<ushort>.Count) <= count; i += 2 * Vector128<ushort>.Count)
                {
                    var low = Vector128.LoadUnsafe(ref first, (nuint)(offset + i));
                    var high = Vector128.LoadUnsafe(ref first, (nuint)(offset + i + Vector128<ushort>.Count));
                    var letter = Vector128.Narrow(
                        Vector128.LessThanOrEqual((low | caseBit) - a, lettersInAlphabet),
                        Vector128.LessThanOrEqual((high | caseBit) - a, lettersInAlphabet)).ExtractMostSignificantBits();
                    var beyondAscii = Vector128.Narrow(Vector128.GreaterThan(low, ascii), Vector128.GreaterThan(high, ascii)).ExtractMostSignificantBits();
                    while (beyondAscii != 0)
                    {
                        var lane = BitOperations.TrailingZeroCount(beyondAscii);
                        if (char.IsLetter(_text[offset + i + lane]))
                        {
                            letter |= 1u << lane;
                        }

                        beyondAscii &= beyondAscii - 1;
                    }

                    var continuing = letter;
                    if (_apostrophes)
                    {
                        continuing |= Vector128.Narrow(
                            Vector128.Equals(low, quote) | Vector128.Equals(low, curly),
                            Vector128.Equals(high, quote) | Vector128.Equals(high, curly)).ExtractMostSignificantBits();
                    }

                    letters |= (ulong)letter << i;
                    continues |= (ulong)continuing << i;
                }
            }

            for (; i < count; i++)
            {
                var c = _text[offset + i];
                if (IsLetter(c))
                {
                    letters |= 1UL << i;
                    continues |= 1UL << i;
                }
                else if (_apostrophes && c is '\'' or '’')
                {
                    continues |= 1UL << i;
                }
            }

            _base = offset;
            _letters = letters;
            _continues = continues;
        }

        /// <summary><see cref="char.IsLetter(char)"/>, with ASCII (most of every text) told by one comparison.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsLetter(char c) => char.IsAscii(c) ? char.IsAsciiLetter(c) : char.IsLetter(c);
    }
}
