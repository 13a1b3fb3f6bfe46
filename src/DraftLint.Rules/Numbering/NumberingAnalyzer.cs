using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Numbering;

/// <summary>The shared shape of DR1001–DR1003: one finding kind of <see cref="NumberingSequence"/>, reported at the item's label.</summary>
public abstract class NumberingAnalyzer : DiagnosticAnalyzer
{
    // The numbering of a document is read once and shared by the three rules (the first to run reads it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Syntax.DocumentSyntax, List<NumberingFinding>> Findings = [];

    private protected abstract NumberingProblem Problem { get; }

    private protected abstract DiagnosticDescriptor Rule { get; }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public sealed override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var source = document.Document.Source;
            var findings = Findings.GetValue(document.Document, d => [.. NumberingSequence.Runs(d).SelectMany(run => NumberingSequence.Analyze(run, d))]);
            foreach (var finding in findings)
            {
                if (finding.Problem != Problem)
                {
                    continue;
                }

                var related = Related(finding) is { } other ? [Location.Create(source, other.Item.Label!.Span, other.Role)] : Array.Empty<Location>();
                document.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    Location.Create(source, finding.Item.Label!.Span),
                    Arguments(finding),
                    related,
                    logicalLocation: finding.Item.DisplayName));
            }
        });

    /// <summary>The message arguments for a finding.</summary>
    private protected abstract object?[] Arguments(NumberingFinding finding);

    /// <summary>The other item the finding points at, and what it is.</summary>
    private protected abstract (Syntax.ItemSyntax Item, string Role)? Related(NumberingFinding finding);
}
