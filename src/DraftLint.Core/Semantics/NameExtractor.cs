using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>
/// Finds name candidates in an item: capitalised words that are not the first word of a sentence, not months,
/// weekdays or institutional vocabulary (<c>nameStopwords</c> in rules/lang/XX/pack.json); sequences of them
/// ("Igor Vinyavski": given name, surname); and acronyms in capitals. Hyphens and slashes split words
/// ("OSCE/ODIHR-led", "EU-Kazakhstan"); a possessive "’s" is dropped.
/// </summary>
public sealed partial class NameExtractor
{
    // Weak: an extractor lives as long as its data, not as long as the process.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageData, System.Runtime.CompilerServices.ConditionalWeakTable<NameData, NameExtractor>> Cache = [];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _particles;

    // Set where the language capitalises its nouns: then lone capitalised words are names only on further evidence.
    private readonly HashSet<char>? _nativeLetters;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners;
    private readonly NameFolder _folder;

    private NameExtractor(LanguageData language, NameData names)
    {
        _folder = NameFolder.For(names);
        _nativeLetters = language.CapitalisesNouns ? [.. language.NativeLetters.ToLowerInvariant()] : null;

        // Where nouns are capitalised, an article before a capitalised word makes it a noun ("der Abschluss"), and an
        // article is no surname particle ("Ruf der Bürger"), though "von" and "zu" still are ("Alexander Graf Lambsdorff").
        var determiners = language.CapitalisesNouns ? language.Determiners : [];
        _determiners = new HashSet<string>(determiners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _particles = new HashSet<string>(names.SurnameParticles.Except(determiners, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var stopwords = new HashSet<string>(language.NameStopwords, StringComparer.Ordinal);
        foreach (var name in language.Months.Concat(language.Weekdays).SelectMany(n => n))
        {
            stopwords.Add(char.ToUpperInvariant(name[0]) + name[1..]);
        }

        _stopwords = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NameExtractor For(LanguageData language, NameData names) => Cache.GetValue(language, _ => []).GetValue(names, n => new NameExtractor(language, n));

    /// <summary>The name candidates of the items, in order.</summary>
    public ImmutableArray<NameMention> Extract(IEnumerable<ItemSyntax> items)
    {
        // One list of results and one of the current run for the whole document, not two per item.
        var results = ImmutableArray.CreateBuilder<NameMention>();
        var run = new List<(TextSpan Range, string Word, SentenceSyntax? Sentence)>();
        foreach (var item in items)
        {
            Extract(item, run, results);
        }

        if (_nativeLetters is not null)
        {
            KeepNamesAmongNouns(results);
        }

        return results.DrainToImmutable();
    }

    /// <summary>
    /// In a language that capitalises its nouns, a lone capitalised word is mostly a noun ("Abschluss", "Außen-"): it
    /// stays a candidate only where it is written with a letter of another language, or where the document writes
    /// it, folded as names are, as part of a run of name words ("Tusk" after "Donald Tusk"; "Aliev" after "İlham
    /// Aliyev"). Runs and acronyms stay.
    /// </summary>
    private void KeepNamesAmongNouns(ImmutableArray<NameMention>.Builder results)
    {
        var inRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in results)
        {
            if (mention.Role is NameRole.Given or NameRole.Surname)
            {
                inRuns.Add(_folder.Fold(mention.Spelling));
            }
        }

        results.RemoveAll(m => m.Role == NameRole.Single && !HasForeignLetter(m.Spelling) && !inRuns.Contains(_folder.Fold(m.Spelling)));
    }

    private bool HasForeignLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !_nativeLetters!.Contains(char.ToLowerInvariant(c)))
            {
                return true;
            }
        }

        return false;
    }

    private void Extract(ItemSyntax item, List<(TextSpan Range, string Word, SentenceSyntax? Sentence)> run, ImmutableArray<NameMention>.Builder results)
    {
        var text = item.Text.Value;
        var previousEnd = -1;
        var previousWord = default(Words.Word);
        var sentences = item.Sentences;
        var sentenceIndex = 0;
        foreach (var match in Words.In(text, apostrophes: true))
        {
            var before = previousWord;
            previousWord = match;

            // A surname particle inside a name ("Marielle de Sarnez", "Johannes Cornelis van Baalen") keeps the run
            // going: the given name then has its surname, and two people with like given names are told apart.
            if (run.Count > 0 && previousEnd >= 0 && match.Index == previousEnd + 1 && text[previousEnd] == ' '
                && _particles.Contains(text.AsSpan(match.Index, match.Length)))
            {
                previousEnd = match.Index + match.Length;
                continue;
            }

            // Only capitalised words can be names: the rest end a run without allocating anything.
            if (!char.IsUpper(text[match.Index]))
            {
                Flush(item, run, results);

                previousEnd = -1;
                continue;
            }

            // The word is read as a span; a string is made only for a name candidate or an acronym.
            var word = WithoutPossessive(text.AsSpan(match.Index, match.Length));
            var range = new TextSpan(match.Index, word.Length);
            while (sentenceIndex < sentences.Length && sentences[sentenceIndex].Range.End <= range.Start)
            {
                sentenceIndex++;
            }

            var sentence = sentenceIndex < sentences.Length && sentences[sentenceIndex].Range.Start <= range.Start ? sentences[sentenceIndex] : null;
            var sentenceStart = sentence is not null && IsFirstWord(text, sentence.Range.Start, range.Start);
            if (IsAcronym(word))
            {
                Flush(item, run, results);

                var core = word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
                results.Add(new NameMention { Item = item, Range = new TextSpan(range.Start, core.Length), Spelling = core.ToString(), Role = NameRole.Acronym, Sentence = sentence });
                previousEnd = -1;
                continue;
            }

            var candidate = word.Length >= 3 && char.IsUpper(word[0]) && (IsLowerTail(word[1..]) || IsMacName(word)) && !sentenceStart && !_stopwords.Contains(word)
                && !(run.Count == 0 && AfterDeterminer(text, before, match.Index));
            if (!candidate)
            {
                Flush(item, run, results);

                previousEnd = -1;
                continue;
            }

            // Name words continue a run only across a single space.
            if (run.Count > 0 && !(previousEnd >= 0 && range.Start == previousEnd + 1 && text[previousEnd] == ' '))
            {
                Flush(item, run, results);
            }

            run.Add((range, word.ToString(), sentence));
            previousEnd = match.Index + match.Length;
        }

        Flush(item, run, results);
    }

    private static void Flush(ItemSyntax item, List<(TextSpan Range, string Word, SentenceSyntax? Sentence)> run, ImmutableArray<NameMention>.Builder results)
    {
        // A party to a court case ("Navalnyy v Russia"): the case's title spells the name as the court does, and that
        // spelling is no variant the text should align.
        if (run.Count > 0 && IsCaseParty(item.Text.Value, run[0].Range.Start, run[^1].Range.End))
        {
            run.Clear();
            return;
        }

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
            results.Add(new NameMention { Item = item, Range = range, Spelling = word, Role = role, Partner = partner, Sentence = sentence });
        }

        run.Clear();
    }

    private static bool IsCaseParty(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        var before = text.AsSpan(0, start);

        // The first of several parties: "Navalnyy and Ofitserov v Russia" (the expression only after a joining word).
        if ((after.StartsWith(" and ", StringComparison.Ordinal) || after.StartsWith(" en ", StringComparison.Ordinal)
                || after.StartsWith(" et ", StringComparison.Ordinal) || after.StartsWith(" und ", StringComparison.Ordinal))
            && CoParties().IsMatch(after))
        {
            return true;
        }

        foreach (var versus in (ReadOnlySpan<string>)[" v ", " v. ", " vs ", " vs. ", " versus ", " t. ", " tegen "])
        {
            if ((after.StartsWith(versus, StringComparison.Ordinal) && after.Length > versus.Length && char.IsUpper(after[versus.Length]))
                || before.EndsWith(versus, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True where the word before, one space away, is an article of a language that capitalises nouns ("der Abschluss").</summary>
    private bool AfterDeterminer(string text, Words.Word before, int start) =>
        _nativeLetters is not null && before.Length > 0 && before.Index + before.Length == start - 1 && text[start - 1] == ' '
        && _determiners.Contains(text.AsSpan(before.Index, before.Length));

    /// <summary>The word without a possessive ending ("Kozlov's", "Kozlov’s", "Kozlovs’" → "Kozlov", "Kozlovs").</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’')
        {
            return word[..^2];
        }

        return word.Length > 1 && word[^1] is '\'' or '’' ? word[..^1] : word;
    }

    /// <summary>At least one lower-case letter, and nothing but lower-case letters and apostrophes.</summary>
    private static bool IsLowerTail(ReadOnlySpan<char> tail)
    {
        var lower = false;
        foreach (var c in tail)
        {
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (c is not ('\'' or '’'))
            {
                return false;
            }
        }

        return lower;
    }

    /// <summary>"McMillan", "MacDonald": a capital after the Gaelic prefix, then lower case.</summary>
    private static bool IsMacName(ReadOnlySpan<char> word)
    {
        var prefix = word.StartsWith("Mac", StringComparison.Ordinal) ? 3 : word.StartsWith("Mc", StringComparison.Ordinal) ? 2 : 0;
        return prefix > 0 && word.Length > prefix + 1 && char.IsUpper(word[prefix]) && IsLowerTail(word[(prefix + 1)..]);
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var core = word.Length > 3 && word[^1] == 's' ? word[..^1] : word;
        if (core.Length < 2)
        {
            return false;
        }

        foreach (var c in core)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
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

    [GeneratedRegex(@"^\s+(?:and|en|et|und)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*\s+(?:v|vs|versus)\.?\s+\p{Lu}")]
    private static partial Regex CoParties();
}
