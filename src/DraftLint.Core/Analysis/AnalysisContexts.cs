using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Syntax;

namespace DraftLint.Analysis;

/// <summary>What the engine tells an analyzer about the document at hand: its data, its options, where to report.</summary>
public class DocumentAnalysisContext(DocumentSyntax document, AnalyzerOptions options, Action<Diagnostic> report, SemanticModel semanticModel, CancellationToken cancellationToken)
{
    /// <summary>Facts about the document computed once and shared by the rules (its own date, its dates …).</summary>
    public SemanticModel SemanticModel { get; } = semanticModel;

    public DocumentSyntax Document { get; } = document;

    public AnalyzerOptions Options { get; } = options;

    public RuleDataSet Data => Options.Data;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}

/// <summary>The context of a node action: the node and its document.</summary>
public sealed class SyntaxNodeAnalysisContext(SyntaxNode node, DocumentAnalysisContext document)
    : DocumentAnalysisContext(document.Document, document.Options, document.ReportDiagnostic, document.SemanticModel, document.CancellationToken)
{
    public SyntaxNode Node { get; } = node;
}

/// <summary>The context of a run-end action: where to report findings that span files.</summary>
public sealed class RunAnalysisContext(RuleDataSet data, Action<Diagnostic> report, CancellationToken cancellationToken)
{
    public RuleDataSet Data { get; } = data;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}
