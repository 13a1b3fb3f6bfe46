using DraftLint.Syntax;

namespace DraftLint.Analysis;

/// <summary>What an analyzer may register in <see cref="DiagnosticAnalyzer.Initialize"/>.</summary>
public abstract class AnalysisContext
{
    /// <summary>Called for every node of the given kinds, in document order.</summary>
    public abstract void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds);

    /// <summary>
    /// Called for every text of the document, whatever node holds it: header lines, the preamble, citations, recitals,
    /// paragraphs, their points at any depth, prose blocks and footnotes. The one way for a rule that reads words to see all of them.
    /// </summary>
    public abstract void RegisterTextAction(Action<TextAnalysisContext> action);

    /// <summary>Called once per document after its node and text actions: for checks across the items of one document.</summary>
    public abstract void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action);

    /// <summary>Called once per document before its nodes, to set up state for that document's node and end actions.</summary>
    public abstract void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action);

    /// <summary>
    /// Registers a check across documents. <paramref name="summarise"/> runs at the end of each document and returns what
    /// the check needs from it (immutable; null for nothing); the <see cref="Workspace"/> keeps each document's summary
    /// until the document changes or is removed, and <paramref name="analyse"/> runs over the summaries of every document
    /// it holds when the cross-document findings are asked for.
    /// </summary>
    /// <param name="summarise">What the check needs of a document.</param>
    /// <param name="analyse">The check over every document's summary.</param>
    /// <param name="hold">
    /// A lesser summary, made of each document instead of <paramref name="summarise"/>'s and held until
    /// <paramref name="analyse"/> runs, where the whole summary is large or costly and few documents need it (the keys
    /// that pair language versions, not every item's values): <paramref name="analyse"/> gets the held summaries and
    /// asks for the whole one of a document it compares (<see cref="CrossDocumentAnalysisContext{TSummary}.Whole"/>),
    /// made then from the document's text. Without it the whole summary is made and held.
    /// </param>
    public abstract void RegisterCrossDocumentAction<TSummary>(
        Func<DocumentAnalysisContext, TSummary?> summarise,
        Action<CrossDocumentAnalysisContext<TSummary>> analyse,
        Func<DocumentAnalysisContext, TSummary?>? hold = null)
        where TSummary : class;
}

/// <summary>Registrations scoped to one document.</summary>
public abstract class DocumentStartAnalysisContext(DocumentAnalysisContext document)
{
    public DocumentSyntax Document => document.Document;

    public AnalyzerOptions Options => document.Options;

    public abstract void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds);

    public abstract void RegisterTextAction(Action<TextAnalysisContext> action);

    public abstract void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action);
}
