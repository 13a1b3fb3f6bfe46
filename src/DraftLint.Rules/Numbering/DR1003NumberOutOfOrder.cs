using DraftLint.Diagnostics;
using DraftLint.Syntax;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1003: a label comes after a higher one (items swapped, or an item moved without renumbering).</summary>
public sealed class DR1003NumberOutOfOrder : NumberingAnalyzer
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

    private protected override NumberingProblem Problem => NumberingProblem.OutOfOrder;

    private protected override DiagnosticDescriptor Rule => Descriptor;

    private protected override object?[] Arguments(NumberingFinding finding) =>
        [Wording.SentenceCase(NumberingSequence.Noun(finding.Item)), finding.Item.Label!.Text, NumberingSequence.Describe(finding.Previous, finding.Item), finding.Expected];

    private protected override (ItemSyntax Item, string Role)? Related(NumberingFinding finding) =>
        finding.Previous is { } previous ? (previous, "the higher label before it") : null;
}
