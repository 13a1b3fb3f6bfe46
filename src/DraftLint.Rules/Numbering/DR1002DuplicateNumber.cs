using DraftLint.Diagnostics;
using DraftLint.Syntax;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1002: two items of one run carry the same label. Reported by <see cref="NumberingAnalyzer"/>.</summary>
public sealed class DR1002DuplicateNumber : NumberingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1002",
        "Duplicate number",
        FormatOf(NumberingSequence.Nouns[0]),
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Each recital letter and paragraph number is used once. Two items with one label make amendments and voting lists ambiguous.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = [.. NumberingSequence.Nouns.Skip(1).Select(noun => (IdOf(noun), FormatOf(noun)))],
    };

    private static string FormatOf(string noun) =>
        $"{Wording.SentenceCase(noun)} '{{0}}' repeats the label of an earlier {noun}; the next label here is '{{1}}'.";

    private protected override NumberingProblem ProblemKind => NumberingProblem.Duplicate;

    public override DiagnosticDescriptor Reported => Descriptor;

    internal override string MessageId(NumberingFinding finding) => IdOf(NumberingSequence.Noun(finding.Item));

    private protected override object?[] ArgumentsOf(NumberingFinding finding) =>
        [finding.Item.Label!.Text, finding.Expected];

    private protected override (ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding) => (finding.Earlier!, "the first use of the label");
}
