using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;

namespace DraftLint.Semantics;

/// <summary>
/// Tells whether the clause around a date tells of the past ("were arrested on", "since", "werd … op"), looks
/// forward ("plans a rally on", "due in", "expected to start on", "will", "zal"), or cites a document. Forward
/// words win over past ones: "have announced plans for a rally on 24 March" looks forward.
/// </summary>
public sealed class TenseClassifier
{
    /// <summary>How many words before the date are read.</summary>
    public const int WordsBefore = 9;

    /// <summary>How many words after the date are read.</summary>
    public const int WordsAfter = 6;

    // Weak: a classifier lives as long as its pack, not as long as the process.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageData, TenseClassifier> Cache = [];

    private readonly string[][] _past;
    private readonly string[] _since;
    private readonly PhraseIndex _pastIndex;
    private readonly PhraseIndex _futureIndex;
    private readonly Regex? _participle;

    private TenseClassifier(LanguageData language)
    {
        _past = [.. language.PastMarkers.Select(PhraseWords)];
        _since = language.SinceWords;
        _pastIndex = new PhraseIndex(_past);
        _futureIndex = new PhraseIndex([.. language.FutureMarkers.Select(PhraseWords)]);
        _participle = language.PastSuffixPattern.Length > 0 ? CompiledPatterns.Create(language.PastSuffixPattern, RegexOptions.CultureInvariant) : null;
    }

    public static TenseClassifier For(LanguageData language) => Cache.GetValue(language, l => new TenseClassifier(l));

    public TenseContext Classify(ItemSyntax item, SentenceSyntax? sentence, Text.TextSpan range)
    {
        var text = item.Text.Value;
        var clauseStart = sentence?.Range.Start ?? 0;
        var clauseEnd = sentence?.Range.End ?? text.Length;

        // The words around the date, as ranges of the text (no string per word): up to 9 before, 6 after.
        Span<Range> words = stackalloc Range[WordsBefore + WordsAfter];
        var before = LastWords(text, clauseStart, range.Start, words[..WordsBefore]);
        var after = FirstWords(text, range.End, Math.Max(range.End, clauseEnd), words.Slice(before, WordsAfter));
        var beforeWords = words[..before];
        var afterWords = words.Slice(before, after);

        // A citation names a document or an event that exists, unless the words before the date look forward:
        // "having regard to the upcoming 31st HRC session, to be held from 29 February to 24 March 2016".
        if (item.Kind == SyntaxKind.Citation)
        {
            return _futureIndex.Occurs(text, beforeWords) ? TenseContext.Future : TenseContext.Citation;
        }

        // "since December 2012", "sinds mei": the strongest sign of a past that runs up to now.
        if (before > 0 && IsSince(text.AsSpan()[beforeWords[^1]]))
        {
            return TenseContext.Past;
        }

        if (_futureIndex.Occurs(text, beforeWords) || _futureIndex.Occurs(text, afterWords))
        {
            return TenseContext.Future;
        }

        if (_pastIndex.Occurs(text, beforeWords) || _pastIndex.Occurs(text, afterWords) || HasParticiple(text, words[..(before + after)]))
        {
            return TenseContext.Past;
        }

        return TenseContext.Unknown;
    }

    private bool IsSince(ReadOnlySpan<char> word)
    {
        foreach (var since in _since)
        {
            if (word.Equals(since, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasParticiple(string text, ReadOnlySpan<Range> words)
    {
        if (_participle is null)
        {
            return false;
        }

        Span<char> lower = stackalloc char[64];
        foreach (var word in words)
        {
            var span = text.AsSpan()[word];
            var written = span.Length <= lower.Length ? span.ToLowerInvariant(lower) : -1;
            if (written >= 0 ? _participle.IsMatch(lower[..written]) : _participle.IsMatch(span.ToString().ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marker phrases by their first word, so that each word of a clause is looked up once, not compared with every phrase.</summary>
    private sealed class PhraseIndex
    {
        private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

        public PhraseIndex(string[][] phrases) =>
            _byFirstWord = phrases.Where(p => p.Length > 0)
                .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>True where the words, in order, hold one of the phrases, compared without regard to case.</summary>
        public bool Occurs(string text, ReadOnlySpan<Range> words)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!_byFirstWord.TryGetValue(text.AsSpan()[words[i]], out var phrases))
                {
                    continue;
                }

                foreach (var phrase in phrases)
                {
                    if (i + phrase.Length > words.Length)
                    {
                        continue;
                    }

                    var all = true;
                    for (var k = 1; k < phrase.Length && all; k++)
                    {
                        all = text.AsSpan()[words[i + k]].Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
                    }

                    if (all)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    private static string[] PhraseWords(string phrase)
    {
        var words = new List<string>();
        foreach (var match in Text.Words.In(phrase))
        {
            words.Add(phrase.Substring(match.Index, match.Length).ToLowerInvariant());
        }

        return [.. words];
    }

    /// <summary>The first words of text[start..end], as many as <paramref name="into"/> holds; how many were found.</summary>
    private static int FirstWords(string text, int start, int end, Span<Range> into)
    {
        end = Math.Min(end, start + Reach);
        var count = 0;
        foreach (var match in Text.Words.In(text.AsSpan(start, end - start)))
        {
            if (count == into.Length)
            {
                break;
            }

            into[count++] = new Range(start + match.Index, start + match.Index + match.Length);
        }

        return count;
    }

    /// <summary>
    /// How far from a date its words are looked for, in characters: nine words of any language are nearer. A bound,
    /// so that each date costs the same however long its clause (a text of numbers only has no words to find).
    /// </summary>
    private const int Reach = 1024;

    /// <summary>The last words of text[start..end], in order, as many as <paramref name="into"/> holds; how many were found.</summary>
    private static int LastWords(string text, int start, int end, Span<Range> into)
    {
        // Only the end of the clause is read: a window before the date, doubled until it holds one word more than
        // wanted (the first word of a window may be cut), reaches the clause's start or the reach of a clause's
        // words. Reading the whole clause for every date made a clause of many dates quadratic (500 KB of "2012 ",
        // which holds no word at all, took minutes).
        var count = into.Length;
        Span<Range> ring = stackalloc Range[count];
        for (var window = 256; ; window *= 2)
        {
            var from = Math.Max(Math.Max(start, end - Reach), end - window);
            var seen = 0;
            foreach (var match in Text.Words.In(text.AsSpan(from, end - from)))
            {
                ring[seen++ % count] = new Range(from + match.Index, from + match.Index + match.Length);
            }

            if (from == start || from == end - Reach || seen > count)
            {
                var taken = Math.Min(seen, count);
                for (var i = 0; i < taken; i++)
                {
                    into[i] = ring[(seen - taken + i) % count];
                }

                return taken;
            }
        }
    }
}
