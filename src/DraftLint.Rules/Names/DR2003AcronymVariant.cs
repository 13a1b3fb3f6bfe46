using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Text;

namespace DraftLint.Rules.Names;

/// <summary>DR2003: an acronym a letter or two off an acronym the document or the names list uses ("ODHIR" for "ODIHR").</summary>
public sealed class DR2003AcronymVariant : DiagnosticAnalyzer
{
    /// <summary>Acronyms shorter than this are not compared: two- and three-letter ones are too often distinct (EU/UN).</summary>
    public const int MinimumLength = 4;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR2003",
        "Acronym variant",
        "'{0}' looks like a misspelling of '{1}', which the names list knows.",
        "Names",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "An acronym of four letters or more that differs from another by one letter or one swap of neighbours (two from seven letters), with the same length, "
        + "is reported against the acronym the names list knows for the document's language, or against the more frequent one of the document. "
        + "A sentence written in capitals (a title, a shouted heading) has words, not acronyms: 'THAN' is not a misspelling of 'THAT'.")
    {
        Precision = RulePrecision.Medium,
        AlternativeMessageFormats =
        [
            (UsedOnce, "'{0}' looks like a misspelling of '{1}', which this document also uses once."),
            (Used, "'{0}' looks like a misspelling of '{1}', which this document uses several times."),
        ],
    };

    private const string UsedOnce = "used-once";
    private const string Used = "used";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var policy = NameSpellings.Policy(document);
            var acronyms = document.SemanticModel.Names
                .Where(n => n.Role == NameRole.Acronym && n.Spelling.Length >= MinimumLength && !policy.Ignore.Contains(n.Spelling) && !InCapitals(n))
                .ToList();
            var used = acronyms.ToLookup(a => a.Spelling, StringComparer.Ordinal);

            // What an acronym may be a misspelling of, by length: made at the first acronym the names list does not know.
            ILookup<int, string>? candidates = null;
            foreach (var group in used)
            {
                var spelling = group.Key;
                // Known, or spelled out where the text introduces it ("Universele Verklaring van de Rechten van de Mens (UVRM)").
                if (policy.KnownAcronyms.Contains(spelling) || group.Any(IsExpanded))
                {
                    continue;
                }

                var threshold = spelling.Length >= 7 ? 2 : 1;
                candidates ??= used.Select(g => g.Key).Concat(policy.Acronyms).Distinct(StringComparer.Ordinal).ToLookup(a => a.Length);
                var target = candidates[spelling.Length]
                    .Where(c => c != spelling && EditDistance.OptimalStringAlignment(spelling, c) <= threshold)
                    .Where(c => policy.Acronyms.Contains(c) || used[c].Count() > group.Count()
                        || (used[c].Count() == group.Count() && used[c].Min(m => m.SourceSpan.Start) < group.Min(m => m.SourceSpan.Start)))
                    .OrderByDescending(policy.Acronyms.Contains)
                    .ThenBy(c => c, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (target is null)
                {
                    continue;
                }

                var known = policy.Acronyms.Contains(target);
                var uses = used[target].Count();
                var messageId = known ? DiagnosticDescriptor.DefaultMessageId : uses == 1 ? UsedOnce : Used;
                foreach (var mention in group)
                {
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, mention.SourceSpan),
                        [spelling, target],
                        known ? null : [Location.Create(document.Document.Source, used[target].First().SourceSpan, $"'{target}' written here")],
                        CodeFix.Replace($"Write '{target}'", mention.SourceSpan, target),
                        mention.Item.DisplayName,
                        messageId: messageId));
                }
            }
        });

    /// <summary>
    /// True where the acronym's sentence is written in capitals: at least three words of two letters or more, and at least
    /// half of them all capitals. There every word looks like an acronym, and a fix would turn one word into another.
    /// </summary>
    private static bool InCapitals(NameMention mention)
    {
        var text = mention.Item.Text.Value;
        var range = mention.Sentence?.Range ?? new TextSpan(0, text.Length);
        int words = 0, capitals = 0;
        foreach (var word in Words.In(text.AsSpan(range.Start, range.Length)))
        {
            if (word.Length < 2)
            {
                continue;
            }

            words++;
            if (!HasLowerCase(text.AsSpan(range.Start + word.Index, word.Length)))
            {
                capitals++;
            }
        }

        return capitals >= 3 && capitals * 2 >= words;
    }

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True where the acronym stands in brackets right after the words it abbreviates: its letters are the initials of
    /// the capitalised words before it (an all-capital word gives all its letters: "UN Convention on the Rights of the
    /// Child (UNCRC)"), the lower-case words between them aside.
    /// </summary>
    private static bool IsExpanded(NameMention mention)
    {
        var text = mention.Item.Text.Value;
        var open = mention.Range.Start - 1;
        while (open >= 0 && text[open] == ' ')
        {
            open--;
        }

        if (open < 0 || text[open] != '(' || mention.Range.End >= text.Length || text[mention.Range.End] != ')')
        {
            return false;
        }

        var initials = new System.Text.StringBuilder();
        var words = new List<string>();
        foreach (var word in Words.In(text.AsSpan(0, open)))
        {
            words.Add(text.Substring(word.Index, word.Length));
        }

        for (var i = words.Count - 1; i >= 0 && initials.Length < mention.Spelling.Length; i--)
        {
            var word = words[i];
            if (word.All(char.IsUpper))
            {
                initials.Insert(0, word);
            }
            else if (char.IsUpper(word[0]))
            {
                initials.Insert(0, word[0]);
            }
        }

        return initials.ToString().EndsWith(mention.Spelling, StringComparison.OrdinalIgnoreCase);
    }
}
