using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;

namespace DraftLint.Semantics;

/// <summary>
/// Tells whether the clause around a date tells of the past ("were arrested on", "since", "werd … op"), looks
/// forward ("plans a rally on", "due in", "expected to start on", "will", "zal"), or cites a document. Forward
/// words win over past ones: "have announced plans for a rally on 24 March" looks forward.
/// </summary>
public sealed partial class TenseClassifier
{
    /// <summary>How many words before the date are read.</summary>
    public const int WordsBefore = 9;

    /// <summary>How many words after the date are read.</summary>
    public const int WordsAfter = 6;

    private static readonly ConcurrentDictionary<LanguageData, TenseClassifier> Cache = new();

    private readonly string[][] _past;
    private readonly string[][] _future;
    private readonly Regex? _participle;

    private TenseClassifier(LanguageData language)
    {
        _past = [.. language.PastMarkers.Select(Words)];
        _future = [.. language.FutureMarkers.Select(Words)];
        _participle = language.PastSuffixPattern.Length > 0 ? new Regex(language.PastSuffixPattern, RegexOptions.CultureInvariant) : null;
    }

    public static TenseClassifier For(LanguageData language) => Cache.GetOrAdd(language, l => new TenseClassifier(l));

    public TenseContext Classify(ItemSyntax item, SentenceSyntax? sentence, Text.TextSpan range)
    {
        if (item.Kind == SyntaxKind.Citation)
        {
            return TenseContext.Citation;
        }

        var text = item.Text.Value;
        var clauseStart = sentence?.Range.Start ?? 0;
        var clauseEnd = sentence?.Range.End ?? text.Length;
        var before = LastWords(text, clauseStart, range.Start, WordsBefore);
        var after = FirstWords(text, range.End, Math.Max(range.End, clauseEnd), WordsAfter);

        // "since December 2012", "sinds mei": the strongest sign of a past that runs up to now.
        if (before.Length > 0 && _past.Any(p => p.Length == 1 && p[0] == before[^1] && (p[0] is "since" or "sinds" or "sedert")))
        {
            return TenseContext.Past;
        }

        if (Contains(before, _future) || Contains(after, _future))
        {
            return TenseContext.Future;
        }

        if (Contains(before, _past) || Contains(after, _past) || before.Concat(after).Any(w => _participle?.IsMatch(w) == true))
        {
            return TenseContext.Past;
        }

        return TenseContext.Unknown;
    }

    private static bool Contains(string[] words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var i = 0; i + phrase.Length <= words.Length; i++)
            {
                if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[] Words(string text) => FirstWords(text, 0, text.Length, int.MaxValue);

    /// <summary>The first <paramref name="count"/> words of text[start..end], lower-cased.</summary>
    private static string[] FirstWords(string text, int start, int end, int count)
    {
        var words = new List<string>();
        foreach (var match in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            if (words.Count == count)
            {
                break;
            }

            words.Add(text.Substring(start + match.Index, match.Length).ToLowerInvariant());
        }

        return [.. words];
    }

    /// <summary>The last <paramref name="count"/> words of text[start..end], lower-cased, in order.</summary>
    private static string[] LastWords(string text, int start, int end, int count)
    {
        // Only the last few words are kept, so a long clause costs no allocation per word.
        var ring = new (int Index, int Length)[count];
        var seen = 0;
        foreach (var match in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            ring[seen++ % count] = (start + match.Index, match.Length);
        }

        var taken = Math.Min(seen, count);
        var words = new string[taken];
        for (var i = 0; i < taken; i++)
        {
            var (index, length) = ring[(seen - taken + i) % count];
            words[i] = text.Substring(index, length).ToLowerInvariant();
        }

        return words;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
