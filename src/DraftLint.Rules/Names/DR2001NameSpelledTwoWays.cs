using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Names;

/// <summary>DR2001: the same person, party, newspaper or place spelled two ways in one document.</summary>
public sealed class DR2001NameSpelledTwoWays : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR2001",
        "Name spelled two ways",
        "'{0}' is also spelled '{1}' in this document; use one spelling.",
        "Names",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Names reach drafts through several transliterations and several hands. Spellings that fold to one key (y/i/j, -iy/-ii/-y, ya/ia/ja, zh/zj, kh/h, "
        + "doubled letters, diacritics) or lie within one edit (two from eleven letters) are one name; the minority spelling is reported, with a fix to the majority "
        + "(or to the canonical spelling of the names list). Different people with a shared first name and word forms (Kazakh/Kazakhstan) are never paired.")
    {
        Precision = RulePrecision.Medium,
        AlternativeMessageFormats =
        [
            (MoreOften, "'{0}' is spelled '{1}' more often in this document; use one spelling."),
            (GivenName, "'{0}' is also spelled '{1}' in this document for '{2}'; use one spelling."),
            (GivenName + "-" + MoreOften, "'{0}' is spelled '{1}' more often in this document for '{2}'; use one spelling."),
            (Canonical, "'{0}' is spelled '{1}' in the names list (its canonical spelling); use that spelling."),
        ],
    };

    private const string MoreOften = "more-often";
    private const string GivenName = "given-name";
    private const string Canonical = "canonical";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var policy = NameSpellings.Policy(document);
            var folder = NameSpellings.Folder(document);
            var names = document.SemanticModel.Names.Where(n => !policy.Ignore.Contains(n.Spelling)).ToList();
            var endings = document.Data.GetLanguage(document.Document.Language).WordFormEndings;

            // Every name word; people are told apart by the word beside it: the given name of a surname, the
            // surname of a given name. "Natalya Azhigalieva" and "Natalia Sokolova" are two people, never paired.
            var words = names.Where(n => n.Role != NameRole.Acronym).ToList();
            var infos = NameSpellings.Infos(words, n => n.Role switch
            {
                NameRole.Surname => "given:" + folder.Fold(n.Partner!),
                NameRole.Given => "surname:" + folder.Fold(n.Partner!),
                _ => null,
            });
            Report(document, policy, words, NameVariants.Group(infos, folder, endings), null);

            // Given names, person by person (the same surname): "Natalia Sokolova" and "Natalya Sokolova".
            foreach (var person in words.Where(n => n.Role == NameRole.Given).GroupBy(n => folder.Fold(n.Partner!), StringComparer.Ordinal))
            {
                var givens = person.ToList();
                if (givens.TrueForAll(g => g.Spelling == givens[0].Spelling))
                {
                    continue;
                }

                var groups = NameVariants.Group(NameSpellings.Infos(givens, _ => null).Select(i => i with { GivenNameOnly = false }).ToList(), folder, endings);
                Report(document, policy, givens, groups, givens[0].Partner);
            }

            // Spellings the names list fixes even where the document has only one.
            foreach (var mention in words)
            {
                if (policy.Find(mention.Spelling) is { } canonical && canonical.Variants.Contains(mention.Spelling, StringComparer.Ordinal)
                    && Count(words, canonical.Name) == 0)
                {
                    document.ReportDiagnostic(Create(document, mention, canonical.Name, Canonical, [], null));
                }
            }
        });

    /// <summary>Reports each minority spelling of the groups; <paramref name="partner"/> is, for the given names of one person, the surname they go with.</summary>
    private static void Report(DocumentAnalysisContext document, NamePolicy policy, List<NameMention> mentions, List<List<string>> groups, string? partner)
    {
        // Most documents spell every name one way: then there is nothing to index.
        if (groups.Count == 0)
        {
            return;
        }

        var bySpelling = mentions.ToLookup(m => m.Spelling, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var majority = NameSpellings.Majority(group, bySpelling, policy);
            var accepted = policy.Find(majority)?.Accepted ?? [];
            var first = bySpelling[majority].MinBy(m => m.SourceSpan.Start)!;
            foreach (var spelling in group.Where(s => s != majority && !accepted.Contains(s, StringComparer.Ordinal)))
            {
                // "More often" tells why the fix goes to the other spelling, with no count in the sentence.
                var more = bySpelling[majority].Count() > bySpelling[spelling].Count();
                var id = partner is null ? (more ? MoreOften : DiagnosticDescriptor.DefaultMessageId) : more ? GivenName + "-" + MoreOften : GivenName;
                foreach (var mention in bySpelling[spelling])
                {
                    document.ReportDiagnostic(Create(document, mention, majority, id, partner is null ? [] : [partner], first));
                }
            }
        }
    }

    // A loop, not a lambda: a lambda would capture the spelling and allocate for every name of the document.
    private static int Count(List<NameMention> mentions, string spelling)
    {
        var count = 0;
        foreach (var mention in mentions)
        {
            count += mention.Spelling == spelling ? 1 : 0;
        }

        return count;
    }

    private static Diagnostic Create(DocumentAnalysisContext document, NameMention mention, string other, string messageId, object?[] more, NameMention? otherFirst)
    {
        var source = document.Document.Source;
        return Diagnostic.Create(
            Descriptor,
            Location.Create(source, mention.SourceSpan),
            [mention.Spelling, other, .. more],
            otherFirst is null ? null : [Location.Create(source, otherFirst.SourceSpan, $"'{other}' first written here")],
            mention.Item.Text.IsContiguous(mention.Range) ? CodeFix.Replace($"Spell it '{other}'", mention.SourceSpan, other) : null,
            mention.Item.DisplayName,
            messageId: messageId);
    }
}
