using DraftLint.Data;
using System.Collections.Immutable;
using System.Globalization;
using DraftLint.Syntax;

namespace DraftLint.Semantics;

/// <summary>Where a document's own date came from, in the order DraftLint looks for it.</summary>
public enum DocumentDateSource
{
    /// <summary>Not known.</summary>
    None,

    /// <summary>--as-of on the command line or asOf in configuration.</summary>
    Configuration,

    /// <summary>The date in the title ("European Parliament resolution of 15 March 2012 on …").</summary>
    Title,

    /// <summary>A motion's tabling date under its title ("22.11.2016 - (2016/2990(RSP))").</summary>
    TablingDate,

    /// <summary>The sitting line of a texts-adopted page ("Wednesday, 9 September 2015 - Strasbourg").</summary>
    Sitting,

    /// <summary>Another date in the header, or a dateline ("Brussels, 20 March 2012"), not in page furniture.</summary>
    Header,

    /// <summary>The year of the document or procedure reference (B7-0165/2012), as a bound.</summary>
    ReferenceYear,

    /// <summary>Where the text states no date: the last sitting of the page's procedure box ("PV 10/03/2011 - 15.2").</summary>
    ProcedureBox,

    /// <summary>The latest date the text states in a past-tense context.</summary>
    LatestStatedDate,
}

/// <summary>
/// A document's own date and where DraftLint found it: the kind of evidence (<see cref="EvidenceId"/>) and the text of
/// the document it quotes (the date as written, the reference whose year bounds it).
/// </summary>
public sealed record DocumentDate(DateOnly Date, DocumentDateSource Source, ImmutableArray<string> Quoted)
{
    /// <summary>
    /// Each way of saying where a document's date came from, by id: a composite format of its quoted text ('{0}', '{1}'),
    /// so that a rule's message can hold the evidence's fixed words and quote only what the document says.
    /// </summary>
    public static ImmutableArray<(string Id, string Format)> EvidenceFormats { get; } =
    [
        ("title", "the date in the title, '{0}'"),
        ("tabling-date", "the tabling date under the title, '{0}'"),
        ("sitting", "the sitting line, '{0}'"),
        ("header", "from the header, '{0}'"),
        ("configuration", "set by --as-of or asOf in the configuration"),
        ("procedure-box", "estimated: the last sitting in the page's procedure box, '{0}'"),
        ("latest-stated-date", "estimated: the latest date the text states in a past-tense statement, '{0}'"),
        ("latest-stated-date-in-year", "estimated: the latest date the text states in a past-tense statement, '{0}', within the year of '{1}'"),
        ("reference-year", "estimated: the end of the year of '{0}'"),
    ];

    /// <summary>True where the date is only a lower bound (the latest date the text states) or an upper bound (a reference's year).</summary>
    public bool IsEstimate => Source is DocumentDateSource.LatestStatedDate or DocumentDateSource.ReferenceYear or DocumentDateSource.ProcedureBox;

    /// <summary>Which of <see cref="EvidenceFormats"/> says where the date came from.</summary>
    public string EvidenceId => Source switch
    {
        DocumentDateSource.Configuration => "configuration",
        DocumentDateSource.Title => "title",
        DocumentDateSource.TablingDate => "tabling-date",
        DocumentDateSource.Sitting => "sitting",
        DocumentDateSource.Header => "header",
        DocumentDateSource.ProcedureBox => "procedure-box",
        DocumentDateSource.LatestStatedDate => Quoted.Length == 2 ? "latest-stated-date-in-year" : "latest-stated-date",
        DocumentDateSource.ReferenceYear => "reference-year",
        _ => throw new InvalidOperationException($"A document date has no evidence of source {Source}."),
    };

    /// <summary>"the tabling date under the title, '22.11.2016'": where the date came from, in words.</summary>
    public string Evidence => string.Format(CultureInfo.InvariantCulture, EvidenceFormats.Single(e => e.Id == EvidenceId).Format, [.. Quoted]);

    /// <summary>"15 March 2012 (from the header …)", for the run summary.</summary>
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

    /// <param name="document">The parsed document.</param>
    /// <param name="data">The rule data: the document's language pack, the name and reference tables.</param>
    /// <param name="asOf">The document's date where the configuration gives it.</param>
    public SemanticModel(DocumentSyntax document, RuleDataSet data, DateOnly? asOf)
    {
        Document = document;
        Data = data;
        _dates = new Lazy<ImmutableArray<DateMention>>(FindDates);
        _documentDate = new Lazy<DocumentDate?>(() => DocumentDateResolver.Resolve(document, data, asOf, Dates));
        _names = new Lazy<ImmutableArray<NameMention>>(() =>
        {
            return NameExtractor.For(data.GetLanguage(document.Language), data.Get<NameData>("names.json")).Extract(document.AllItems);
        });
        _references = new Lazy<ImmutableArray<ReferenceMention>>(FindReferences);
    }

    public DocumentSyntax Document { get; }

    private RuleDataSet Data { get; }

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
        var recognizer = ReferenceRecognizer.For(Data.Get<Data.ReferenceData>("references.json"), Data.GetLanguage(Document.Language));
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
        var language = Data.GetLanguage(Document.Language);
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
