using DraftLint.Data;
using System.Collections.Immutable;
using System.Globalization;
using DraftLint.Analysis;
using DraftLint.Syntax;

namespace DraftLint.Semantics;

/// <summary>A document's own date and where DraftLint found it.</summary>
public sealed record DocumentDate(DateOnly Date, DocumentDateSource Source, string Evidence)
{
    /// <summary>True where the date is only a lower bound (the latest date the text states) or an upper bound (a reference's year).</summary>
    public bool IsEstimate => Source is DocumentDateSource.LatestStatedDate or DocumentDateSource.ReferenceYear or DocumentDateSource.ProcedureBox;

    /// <summary>"15 March 2012 (from the header …)", for messages and the run summary.</summary>
    public string Describe() => $"{Format(Date)} ({Evidence})";

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>
/// Facts about one document that several rules need, computed once on first use, as Roslyn's SemanticModel:
/// its dates with the tense of their clauses, and its own date.
/// </summary>
public sealed class SemanticModel
{
    private readonly Lazy<ImmutableArray<DateMention>> _dates;
    private readonly Lazy<DocumentDate?> _documentDate;
    private readonly Lazy<ImmutableArray<NameMention>> _names;
    private readonly Lazy<ImmutableArray<ReferenceMention>> _references;

    public SemanticModel(DocumentSyntax document, AnalyzerOptions options)
    {
        Document = document;
        Options = options;
        _dates = new Lazy<ImmutableArray<DateMention>>(FindDates);
        _documentDate = new Lazy<DocumentDate?>(() => DocumentDateResolver.Resolve(document, options, Dates));
        _names = new Lazy<ImmutableArray<NameMention>>(() =>
        {
            return NameExtractor.For(options.Data.GetLanguage(document.Language), options.Data.Get<NameData>("names.json")).Extract(document.AllItems);
        });
        _references = new Lazy<ImmutableArray<ReferenceMention>>(FindReferences);
    }

    public DocumentSyntax Document { get; }

    public AnalyzerOptions Options { get; }

    /// <summary>Every date of every item (header, citations, recitals, paragraphs, points, prose), in document order.</summary>
    public ImmutableArray<DateMention> Dates => _dates.Value;

    /// <summary>The document's own date, or null where nothing tells it.</summary>
    public DocumentDate? DocumentDate => _documentDate.Value;

    /// <summary>
    /// The date whose drafting conventions the text is held to: its own date, or where none is known the latest date it
    /// states (a text that cites nothing after 2007 was not written under the conventions of 2019); null if it states none.
    /// </summary>
    public DateOnly? ConventionDate => DocumentDate?.Date ?? Dates.Where(d => d.IsFullDate && d.IsValid && d.Start is not null).Max(d => d.Start);

    /// <summary>Every name candidate (capitalised words, name sequences, acronyms) in document order.</summary>
    public ImmutableArray<NameMention> Names => _names.Value;

    /// <summary>Every reference (texts adopted, documents, procedures, Rules of Procedure) in items and footnotes, in document order.</summary>
    public ImmutableArray<ReferenceMention> References => _references.Value;

    private ImmutableArray<ReferenceMention> FindReferences()
    {
        var recognizer = ReferenceRecognizer.For(Options.Data.Get<Data.ReferenceData>("references.json"), Options.Data.GetLanguage(Document.Language));
        var items = Document.AllItems;
        var found = new List<ReferenceMention>();
        foreach (var item in items)
        {
            recognizer.Recognize(item, item.Text, null, found);
        }

        foreach (var footnote in Document.Footnotes)
        {
            var citedBy = footnote.MarkerSpan is { } marker ? items.FirstOrDefault(i => i.Kind != SyntaxKind.SubPoint && i.Span.Contains(marker.Start)) : null;
            recognizer.Recognize(footnote, footnote.Text, citedBy, found);
        }

        return [.. found.OrderBy(r => r.SourceSpan.Start)];
    }

    private ImmutableArray<DateMention> FindDates()
    {
        var language = Options.Data.GetLanguage(Document.Language);
        var recognizer = DateRecognizer.For(language);
        var tense = TenseClassifier.For(language);
        var found = new List<DateMention>();
        foreach (var item in Document.AllItems)
        {
            recognizer.Recognize(item, tense, found);
        }

        return [.. found];
    }

}
