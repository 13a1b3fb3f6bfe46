using DraftLint.Syntax;

namespace DraftLint.Analysis;

/// <summary>What an analyzer may register in <see cref="DiagnosticAnalyzer.Initialize"/>.</summary>
public abstract class AnalysisContext
{
    /// <summary>Called for every node of the given kinds, in document order.</summary>
    public abstract void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds);

    /// <summary>Called once per document after its node actions: for checks across the items of one document.</summary>
    public abstract void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action);

    /// <summary>Called once per document before its nodes, to set up state for that document's node and end actions.</summary>
    public abstract void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action);

    /// <summary>Called once per run, to set up state for checks across all the files of the run.</summary>
    public abstract void RegisterRunStartAction(Action<RunStartAnalysisContext> action);
}

/// <summary>Registrations scoped to one document.</summary>
public abstract class DocumentStartAnalysisContext(DocumentAnalysisContext document)
{
    public DocumentSyntax Document => document.Document;

    public AnalyzerOptions Options => document.Options;

    public abstract void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds);

    public abstract void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action);
}

/// <summary>Registrations scoped to one run over many files.</summary>
public abstract class RunStartAnalysisContext
{
    /// <summary>Called at the end of each document of the run (concurrently for different documents).</summary>
    public abstract void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action);

    /// <summary>Called once after every document of the run has been analysed.</summary>
    public abstract void RegisterRunEndAction(Action<RunAnalysisContext> action);
}
