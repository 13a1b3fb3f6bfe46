using System.Globalization;
using DraftLint.Analysis;
using DraftLint.Syntax;

namespace DraftLint.Semantics;

/// <summary>A document's own date and where DraftLint found it.</summary>
public sealed record DocumentDate(DateOnly Date, DocumentDateSource Source, string Evidence)
{
    /// <summary>"15 March 2012 (from --as-of)", for messages and the run summary.</summary>
    public string Describe() => $"{Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} ({Evidence})";
}

/// <summary>
/// Facts about one document that several rules need, computed once on first use, as Roslyn's SemanticModel:
/// the document's own date, and (as rule families arrive) its dates, references and names.
/// </summary>
public sealed class SemanticModel
{
    private readonly Lazy<DocumentDate?> _documentDate;

    public SemanticModel(DocumentSyntax document, AnalyzerOptions options)
    {
        Document = document;
        Options = options;
        _documentDate = new Lazy<DocumentDate?>(ResolveDocumentDate);
    }

    public DocumentSyntax Document { get; }

    public AnalyzerOptions Options { get; }

    /// <summary>The document's own date, or null where nothing tells it.</summary>
    public DocumentDate? DocumentDate => _documentDate.Value;

    private DocumentDate? ResolveDocumentDate() =>
        Options.AsOf is { } asOf ? new DocumentDate(asOf, DocumentDateSource.Configuration, "from --as-of or asOf in the configuration") : null;
}
