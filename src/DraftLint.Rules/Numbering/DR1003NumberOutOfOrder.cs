using DraftLint.Diagnostics;
using DraftLint.Syntax;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1003: a label comes after a higher one (items swapped, or an item moved without renumbering). Reported by <see cref="NumberingAnalyzer"/>.</summary>
public sealed class DR1003NumberOutOfOrder : NumberingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1003",
        "Number out of order",
        FormatOf(NumberingSequence.Nouns[0], fromStart: false),
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Labels rise in order. A lower label after a higher one means items were moved or swapped without renumbering.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats =
        [
            .. from noun in NumberingSequence.Nouns
               from fromStart in new[] { false, true }
               let id = IdOf(noun, fromStart ? "start" : "")
               where id != DiagnosticDescriptor.DefaultMessageId
               select (id, FormatOf(noun, fromStart)),
        ],
    };

    private static string FormatOf(string noun, bool fromStart) => fromStart
        ? $"{Wording.SentenceCase(noun)} '{{0}}' follows the start of the {noun}s; the next label here is '{{1}}'."
        : $"{Wording.SentenceCase(noun)} '{{0}}' follows {noun} '{{1}}'; the next label here is '{{2}}'.";

    private protected override NumberingProblem ProblemKind => NumberingProblem.OutOfOrder;

    public override DiagnosticDescriptor Reported => Descriptor;

    internal override string MessageId(NumberingFinding finding) => IdOf(NumberingSequence.Noun(finding.Item), finding.Previous is null ? "start" : "");

    private protected override object?[] ArgumentsOf(NumberingFinding finding) =>
        [finding.Item.Label!.Text, .. finding.Previous is { } previous ? [previous.Label!.Text] : Array.Empty<object?>(), finding.Expected];

    private protected override (ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding) =>
        finding.Previous is { } previous ? (previous, "the higher label before it") : null;
}
