using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>
/// Finds name candidates in an item: capitalised words that are not the first word of a sentence, not months,
/// weekdays or institutional vocabulary (<c>nameStopwords</c> in rules/lang-XX.json); sequences of them
/// ("Igor Vinyavski": given name, surname); and acronyms in capitals. Hyphens and slashes split words
/// ("OSCE/ODIHR-led", "EU-Kazakhstan"); a possessive "’s" is dropped.
/// </summary>
public sealed partial class NameExtractor
{
    private static readonly ConcurrentDictionary<LanguageData, NameExtractor> Cache = new();

    private readonly HashSet<string> _stopwords;

    private NameExtractor(LanguageData language)
    {
        _stopwords = new HashSet<string>(language.NameStopwords, StringComparer.Ordinal);
        foreach (var name in language.Months.Concat(language.Weekdays).SelectMany(n => n))
        {
            _stopwords.Add(char.ToUpperInvariant(name[0]) + name[1..]);
        }
    }

    public static NameExtractor For(LanguageData language) => Cache.GetOrAdd(language, l => new NameExtractor(l));

    public IEnumerable<NameMention> Extract(ItemSyntax item)
    {
        var text = item.Text.Value;
        var run = new List<(TextSpan Range, string Word, SentenceSyntax? Sentence)>();
        var previousEnd = -1;
        foreach (Match match in Word().Matches(text))
        {
            var word = Possessive().Replace(match.Value, "");
            var range = new TextSpan(match.Index, word.Length);
            var sentence = item.Sentences.FirstOrDefault(s => s.Range.Start <= range.Start && range.Start < s.Range.End);
            var sentenceStart = sentence is not null && IsFirstWord(text, sentence.Range.Start, range.Start);
            if (IsAcronym(word))
            {
                foreach (var mention in Flush(item, run))
                {
                    yield return mention;
                }

                var core = word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
                yield return new NameMention { Item = item, Range = new TextSpan(range.Start, core.Length), Spelling = core, Role = NameRole.Acronym, Sentence = sentence };
                previousEnd = -1;
                continue;
            }

            var candidate = word.Length >= 3 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.Skip(1).All(c => char.IsLower(c) || c is '\'' or '’')
                && !sentenceStart && !_stopwords.Contains(word);
            if (!candidate)
            {
                foreach (var mention in Flush(item, run))
                {
                    yield return mention;
                }

                previousEnd = -1;
                continue;
            }

            // Name words continue a run only across a single space.
            if (run.Count > 0 && !(previousEnd >= 0 && range.Start == previousEnd + 1 && text[previousEnd] == ' '))
            {
                foreach (var mention in Flush(item, run))
                {
                    yield return mention;
                }
            }

            run.Add((range, word, sentence));
            previousEnd = match.Index + match.Length;
        }

        foreach (var mention in Flush(item, run))
        {
            yield return mention;
        }
    }

    private static List<NameMention> Flush(ItemSyntax item, List<(TextSpan Range, string Word, SentenceSyntax? Sentence)> run)
    {
        var result = new List<NameMention>();
        for (var i = 0; i < run.Count; i++)
        {
            var (range, word, sentence) = run[i];
            var role = run.Count == 1 ? NameRole.Single : i == run.Count - 1 ? NameRole.Surname : NameRole.Given;
            var partner = role switch
            {
                NameRole.Surname => run[i - 1].Word,
                NameRole.Given => run[^1].Word,
                _ => null,
            };
            result.Add(new NameMention { Item = item, Range = range, Spelling = word, Role = role, Partner = partner, Sentence = sentence });
        }

        run.Clear();
        return result;
    }

    private static bool IsAcronym(string word)
    {
        var core = word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
        return core.Length >= 2 && core.All(char.IsUpper);
    }

    /// <summary>True where only punctuation, quotes or a label stand between the sentence start and the word.</summary>
    private static bool IsFirstWord(string text, int sentenceStart, int wordStart)
    {
        for (var i = sentenceStart; i < wordStart; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
