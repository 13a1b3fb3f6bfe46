using System.Collections.Immutable;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Analysis;

/// <summary>What the engine tells an analyzer about the document at hand: its data, its options, where to report.</summary>
public class DocumentAnalysisContext(DocumentSyntax document, AnalyzerOptions options, Action<Diagnostic> report, SemanticModel semanticModel, CancellationToken cancellationToken)
{
    /// <summary>Facts about the document computed once and shared by the rules (its own date, its dates …).</summary>
    public SemanticModel SemanticModel { get; } = semanticModel;

    public DocumentSyntax Document { get; } = document;

    public AnalyzerOptions Options { get; } = options;

    public RuleDataSet Data => Options.Data;

    /// <summary>The pack of the document's language.</summary>
    public LanguageData Language => Options.Data.GetLanguage(Document.Language);

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);

    /// <summary>Reports a finding at a mention the semantic model found (a date, a name, a reference), named by the node that holds it.</summary>
    public void Report(DiagnosticDescriptor descriptor, Mention mention, object?[] arguments, CodeFix? fix = null, IEnumerable<Location>? additionalLocations = null, string messageId = DiagnosticDescriptor.DefaultMessageId) =>
        report(Diagnostic.Create(descriptor, Location.Create(Document.Source, mention.SourceSpan), arguments, additionalLocations, fix, mention.Host.DisplayName, messageId: messageId));
}

/// <summary>The context of a node action: the node and its document.</summary>
public sealed class SyntaxNodeAnalysisContext(SyntaxNode node, DocumentAnalysisContext document)
    : DocumentAnalysisContext(document.Document, document.Options, document.ReportDiagnostic, document.SemanticModel, document.CancellationToken)
{
    public SyntaxNode Node { get; } = node;
}

/// <summary>The context of a text action: one text of the document (an item's body, a point's, a footnote's) and the node that holds it.</summary>
public sealed class TextAnalysisContext(SyntaxNode node, MappedText text, DocumentAnalysisContext document)
    : DocumentAnalysisContext(document.Document, document.Options, document.ReportDiagnostic, document.SemanticModel, document.CancellationToken)
{
    /// <summary>The item or footnote whose text this is.</summary>
    public SyntaxNode Node { get; } = node;

    /// <summary>The item when the text is an item's (of any kind or depth); null for a footnote.</summary>
    public ItemSyntax? Item => Node as ItemSyntax;

    public MappedText Text { get; } = text;

    /// <summary>"recital G", "point (a)", "footnote 3": where the text stands, for messages and SARIF's logical location.</summary>
    public string Name => Node.DisplayName;

    /// <summary>Reports a finding at a range of <see cref="Text"/> (offsets in the text, not the file).</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan range, object?[] arguments, CodeFix? fix = null, IEnumerable<Location>? additionalLocations = null, string messageId = DiagnosticDescriptor.DefaultMessageId) =>
        ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(Document.Source, Text.ToSource(range)), arguments, additionalLocations, fix, Name, messageId: messageId));
}

/// <summary>One document's contribution to a cross-document check: its path, its language and what the check kept of it.</summary>
public sealed record DocumentSummary<TSummary>(string Path, string Language, TSummary Summary);

/// <summary>The context of a cross-document check: every document's summary, by path, and where to report.</summary>
/// <remarks>
/// A summary keeps spans, not locations: a location holds its document's whole text, and a run over ten thousand
/// files would keep every one of them. <see cref="Locate"/> makes the location of a finding when it is reported.
/// </remarks>
public sealed class CrossDocumentAnalysisContext<TSummary>(
    ImmutableArray<DocumentSummary<TSummary>> documents,
    RuleDataSet data,
    Action<Diagnostic> report,
    Func<string, SourceText> source,
    Func<string, TSummary?> whole,
    CancellationToken cancellationToken)
{
    /// <summary>The summaries of the documents the workspace holds, ordered by path.</summary>
    public ImmutableArray<DocumentSummary<TSummary>> Documents { get; } = documents;

    public RuleDataSet Data { get; } = data;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Reports a finding in one of the documents; its severity is that document's configuration's.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);

    /// <summary>The same documents with findings going to <paramref name="other"/>: a check that weighs findings before it reports them.</summary>
    public CrossDocumentAnalysisContext<TSummary> ReportingTo(Action<Diagnostic> other) => new(Documents, Data, other, source, whole, CancellationToken);

    /// <summary>
    /// A document's whole summary: the one of <see cref="Documents"/> where the check holds it whole, else made again
    /// from the document's text (see the <c>hold</c> of <see cref="AnalysisContext.RegisterCrossDocumentAction"/>).
    /// Null where the document no longer gives one (its file changed since it was linted).
    /// </summary>
    public TSummary? Whole(DocumentSummary<TSummary> document) => whole(document.Path);

    /// <summary>The location of a span of one of the documents (its text as the workspace has it).</summary>
    public Location Locate(string path, TextSpan span, string? message = null) => Location.Create(source(path), span, message);
}
