using DraftLint.Data;
using DraftLint.Text;

namespace DraftLint.Parsing;

/// <summary>
/// Splits an item's text into clauses: after every ";" (recitals chain "; whereas …") and after a full stop,
/// question or exclamation mark that is followed by a capital, unless it closes an abbreviation, an initial or a number.
/// </summary>
public static class SentenceSplitter
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageData, Abbreviations> AbbreviationSets = [];

    // Where a clause can end; everything between them is skipped by a vectorised search.
    private static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create(";.!?");

    public static IReadOnlyList<TextSpan> Split(string text, LanguageData language)
    {
        var result = new List<TextSpan>();
        Split(text, language, result);
        return result;
    }

    /// <summary>Adds the clauses of <paramref name="text"/> to <paramref name="result"/> (a list the caller reuses).</summary>
    public static void Split(string text, LanguageData language, List<TextSpan> result)
    {
        var words = AbbreviationSets.GetValue(language, l => new Abbreviations(l.Abbreviations, l.Months.SelectMany(m => m)));
        var start = 0;
        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAny(Ends);
            if (next < 0)
            {
                break;
            }

            i += next;
            var boundary = text[i] == ';' || EndsSentence(text, i, words);
            if (boundary)
            {
                Add(text, start, i + 1, result);
                start = i + 1;
            }

            i++;
        }

        Add(text, start, text.Length, result);
    }

    private static bool EndsSentence(string text, int index, Abbreviations words)
    {
        // The next non-space character must open a sentence: a capital, a digit or a quotation mark.
        var next = index + 1;
        if (next >= text.Length || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !(char.IsUpper(text[next]) || "‘“\"'(".Contains(text[next])))
        {
            return false;
        }

        if (text[index] != '.')
        {
            return true;
        }

        // The word before the full stop: an abbreviation or a single-letter initial does not end a sentence.
        var wordStart = index;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, index - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return word.Length == 0 ? !IsDayBeforeMonth(text, index, next, words) : !words.Lookup.Contains(word);
    }

    /// <summary>
    /// A day number whose full stop is an ordinal mark, as German writes dates ("am 5. Februar 2020"): one or two digits
    /// before the stop, and a month name of the language after it.
    /// </summary>
    private static bool IsDayBeforeMonth(string text, int stop, int next, Abbreviations words)
    {
        var digits = 0;
        while (stop - digits > 0 && char.IsAsciiDigit(text[stop - digits - 1]))
        {
            digits++;
        }

        if (digits is < 1 or > 2 || (stop - digits > 0 && char.IsLetterOrDigit(text[stop - digits - 1])))
        {
            return false;
        }

        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return words.Months.Contains(text.AsSpan(next, end - next));
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(TextSpan.FromBounds(start, end));
        }
    }

    /// <summary>A language's abbreviations and month names, with the span lookups made once rather than at every full stop.</summary>
    private sealed class Abbreviations(IEnumerable<string> words, IEnumerable<string> months)
    {
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
            new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months { get; } =
            new HashSet<string>(months, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
