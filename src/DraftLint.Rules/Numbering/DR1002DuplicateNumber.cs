using DraftLint.Diagnostics;
using DraftLint.Syntax;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1002: two items of one run carry the same label. Reported by <see cref="NumberingAnalyzer"/>.</summary>
public sealed class DR1002DuplicateNumber : NumberingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1002",
        "Duplicate number",
        "{0} '{1}' repeats the label of the {2} at line {3}; the next label here is '{4}'.",
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Each recital letter and paragraph number is used once. Two items with one label make amendments and voting lists ambiguous.",
        WellKnownTags.LanguageNeutral);

    private protected override NumberingProblem ProblemKind => NumberingProblem.Duplicate;

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override object?[] ArgumentsOf(NumberingFinding finding) =>
        [Wording.SentenceCase(NumberingSequence.Noun(finding.Item)), finding.Item.Label!.Text, NumberingSequence.Noun(finding.Earlier!), finding.Earlier!.StartLine, finding.Expected];

    private protected override (ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding) => (finding.Earlier!, "the first use of the label");
}
