using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Numbering;

/// <summary>
/// DR1001–DR1003 as one analyzer: the numbering of a document is read once (<see cref="NumberingSequence"/>) and each
/// finding is reported under the rule of its kind, at the item's label. Each rule's descriptor and message are in its
/// own file (DR1001NumberingGap.cs …).
/// </summary>
public sealed class NumberingAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<NumberingRule> Rules = [new DR1001NumberingGap(), new DR1002DuplicateNumber(), new DR1003NumberOutOfOrder()];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. Rules.Select(r => r.Reported)];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var source = document.Document.Source;
            foreach (var finding in NumberingSequence.Runs(document.Document).SelectMany(run => NumberingSequence.Analyze(run, document.Document)))
            {
                var rule = Rules.First(r => r.Problem == finding.Problem);
                var related = rule.Related(finding) is { } other ? [Location.Create(source, other.Item.Label!.Span, other.Role)] : Array.Empty<Location>();
                document.ReportDiagnostic(Diagnostic.Create(
                    rule.Reported,
                    Location.Create(source, finding.Item.Label!.Span),
                    rule.Arguments(finding),
                    related,
                    logicalLocation: finding.Item.DisplayName,
                    messageId: rule.MessageId(finding)));
            }
        });
}

/// <summary>One kind of numbering finding: its rule's descriptor, its message's arguments, the other item it points at.</summary>
public abstract class NumberingRule
{
    /// <summary>The rule this kind of finding is reported under.</summary>
    public abstract DiagnosticDescriptor Reported { get; }

    private protected abstract NumberingProblem ProblemKind { get; }

    internal NumberingProblem Problem => ProblemKind;

    /// <summary>The message arguments for a finding.</summary>
    private protected abstract object?[] ArgumentsOf(NumberingFinding finding);

    /// <summary>The other item the finding points at, and what it is.</summary>
    private protected abstract (Syntax.ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding);

    internal object?[] Arguments(NumberingFinding finding) => ArgumentsOf(finding);

    internal (Syntax.ItemSyntax Item, string Role)? Related(NumberingFinding finding) => RelatedOf(finding);

    /// <summary>
    /// Which of the rule's messages a finding takes: each rule has one for each choice of its fixed words (the kind of
    /// item, whether the run starts there, how many labels are missing), so that the values alone are arguments.
    /// </summary>
    internal abstract string MessageId(NumberingFinding finding);

    /// <summary>A message's id from the choices that make it: the default for a recital's, else "paragraph-start-2" and the like.</summary>
    private protected static string IdOf(string noun, params string[] choices) =>
        noun == NumberingSequence.Nouns[0] && choices.All(c => c.Length == 0) ? DiagnosticDescriptor.DefaultMessageId
            : string.Join('-', choices.Where(c => c.Length > 0).Prepend(noun));
}
