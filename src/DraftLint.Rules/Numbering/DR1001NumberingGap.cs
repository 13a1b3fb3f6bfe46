using DraftLint.Diagnostics;
using DraftLint.Syntax;
using Humanizer;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1001: a recital, paragraph or point label skips labels that appear nowhere in the run. Reported by <see cref="NumberingAnalyzer"/>.</summary>
public sealed class DR1001NumberingGap : NumberingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1001",
        "Numbering gap",
        "{0} '{1}' follows {2}: {3}.",
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Recitals run A, B … Z, AA, AB …, paragraphs 1, 2, 3 … and points (a), (b) … or (i), (ii) … without gaps. "
        + "A skipped label usually means an item was deleted or merged while amending and the rest was not renumbered.",
        WellKnownTags.LanguageNeutral);

    private protected override NumberingProblem ProblemKind => NumberingProblem.Gap;

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override object?[] ArgumentsOf(NumberingFinding finding) =>
        [Wording.SentenceCase(NumberingSequence.Noun(finding.Item)), finding.Item.Label!.Text, NumberingSequence.Describe(finding.Previous, finding.Item), DescribeMissing(finding.Missing)];

    private protected override (ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding) =>
        finding.Previous is { } previous ? (previous, "the previous label") : null;

    private static string DescribeMissing(IReadOnlyList<string> missing) => missing.Count switch
    {
        1 => $"'{missing[0]}' is missing",
        <= 4 => $"{missing.Select(m => $"'{m}'").Humanize("and")} are missing",
        _ => $"'{missing[0]}' to '{missing[^1]}' are missing ({missing.Count} labels)",
    };
}
