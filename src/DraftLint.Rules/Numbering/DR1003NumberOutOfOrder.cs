using DraftLint.Diagnostics;
using DraftLint.Syntax;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1003: a label comes after a higher one (items swapped, or an item moved without renumbering). Reported by <see cref="NumberingAnalyzer"/>.</summary>
public sealed class DR1003NumberOutOfOrder : NumberingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1003",
        "Number out of order",
        "{0} '{1}' follows {2}; the next label here is '{3}'.",
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Labels rise in order. A lower label after a higher one means items were moved or swapped without renumbering.",
        WellKnownTags.LanguageNeutral);

    private protected override NumberingProblem ProblemKind => NumberingProblem.OutOfOrder;

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override object?[] ArgumentsOf(NumberingFinding finding) =>
        [Wording.SentenceCase(NumberingSequence.Noun(finding.Item)), finding.Item.Label!.Text, NumberingSequence.Describe(finding.Previous, finding.Item), finding.Expected];

    private protected override (ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding) =>
        finding.Previous is { } previous ? (previous, "the higher label before it") : null;
}
