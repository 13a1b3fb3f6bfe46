using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Semantics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Versions;

/// <summary>The stage of a resolution a document is, as its own reference tells: a tabled motion (or report), or the text adopted.</summary>
public enum TextStage
{
    /// <summary>The header names no document or text adopted of its own.</summary>
    Unknown,

    /// <summary>A motion, joint motion or report: its own reference is a document's (B8-0066/2016, RC-B8-0228/2015, A8-0001/2015).</summary>
    Tabled,

    /// <summary>A text adopted: its own reference is P8_TA(2015)0079 or TA-9-2021-0014.</summary>
    Adopted,
}

/// <summary>A date of an item as a calendar value: what two versions of the item must agree on, whatever their words.</summary>
public sealed record VersionDate(int? Year, int? Month, int? Day, int? EndDay, int? EndYear, string Text, TextSpan Span)
{
    /// <summary>
    /// The same day of the same month where one version leaves the year out ("on 28 January" against "op 28 januari
    /// 2012"): a year the reader takes from the context, not a different date.
    /// </summary>
    public bool SameDayOneWithoutYear(VersionDate other) =>
        (Year is null) != (other.Year is null) && Day is not null && Day == other.Day && Month == other.Month;

    /// <summary>"2015-03-02..27": the value, without the words.</summary>
    public string Key => $"{Year?.ToString("D4", CultureInfo.InvariantCulture) ?? "????"}-{Month?.ToString("D2", CultureInfo.InvariantCulture) ?? "??"}-{Day?.ToString("D2", CultureInfo.InvariantCulture) ?? "??"}"
        + (EndDay is { } d ? $"..{d:D2}" : "") + (EndYear is { } y ? $"..{y:D4}" : "");

    /// <summary>The same month of the same year, one version giving the day and the other not ("March 2014", "27 maart 2014").</summary>
    public bool SameMonthOtherPrecision(VersionDate other) =>
        Year is not null && Year == other.Year && Month is not null && Month == other.Month && (Day is null) != (other.Day is null) && EndYear is null && other.EndYear is null;
}

/// <summary>
/// A reference of an item (its own text or a footnote it points to), reduced to the parts every language writes alike;
/// <see cref="InFootnote"/> for one of a footnote the item points to.
/// </summary>
public sealed record VersionReference(ReferenceKind Kind, string Key, string Text, TextSpan Span, bool InFootnote);

/// <summary>
/// A URL of an item, with <see cref="Key"/> the address every version must give: its own language code in a path
/// segment or parameter ("/EN/TXT/", "_NL.html", "lang=fr") taken out, scheme, host case and a trailing slash ignored.
/// </summary>
public sealed record VersionUrl(string Key, string Text, TextSpan Span);

/// <summary>An acronym of a body an item names, with <see cref="Body"/> the body's key in every language ("NATO" for NAVO and OTAN).</summary>
public sealed record VersionAcronym(string Body, string Text, TextSpan Span);

/// <summary>A name an item writes (a person's or a place's, as <see cref="NameExtractor"/> finds names), each spelling once, where it is first written.</summary>
public sealed record VersionName(string Spelling, TextSpan Span);

/// <summary>One citation, recital or paragraph of a version: where it stands and the anchors the checks compare.</summary>
public sealed record VersionItem(
    SyntaxKind Kind,
    int Index,
    string? Label,
    int Ordinal,
    string DisplayName,
    TextSpan Span,
    ImmutableArray<VersionDate> Dates,
    ImmutableArray<VersionReference> References,
    ImmutableArray<TextSpan> FootnoteMarkers,
    ImmutableArray<string> Numbers,
    ImmutableArray<VersionNumber> Values,
    ImmutableArray<VersionUrl> Urls,
    ImmutableArray<VersionAcronym> Acronyms,
    ImmutableArray<VersionName> Names)
{
    /// <summary>True where a footnote marker of the item points to a footnote the document has.</summary>
    public bool HasFootnotes => !FootnoteMarkers.IsEmpty;

    /// <summary>What the item is called by after its noun: a recital's letter, a paragraph's number, a citation's place ("B", "13", "4").</summary>
    public string Mark => Label ?? Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Dates to the day, references and the numbers written in digits ("Articles 2, 3, 8, 21 and 23", "artikelen 2, 3, 8,
    /// 21 en 23"): what tells two citations apart when they have no label.
    /// </summary>
    public IEnumerable<string> Anchors => Dates.Where(d => d.Day is not null).Select(d => d.Key).Concat(References.Select(r => r.Key)).Concat(Numbers.Select(n => "#" + n));
}

/// <summary>What the DR6 rules keep of a document: its stage, its own reference and its items with their anchors (spans, not the text).</summary>
/// <param name="Stage">What the own reference says the document is.</param>
/// <param name="OwnReference">The key of its own reference, or null.</param>
/// <param name="Items">Its citations, recitals and paragraphs in document order.</param>
/// <param name="ReferenceKinds">
/// The kinds of reference found anywhere in the document: a kind its language's recogniser never reads (a recognition
/// pack without the Official Journal's words) says nothing about a reference the other version has.
/// </param>
/// <param name="ReferenceLanguage">The language the configuration compares the other versions with ("versions.reference"), or null.</param>
/// <param name="Set">The explicit set of versions the configuration puts the document in ("versions.sets"), as one key; null when none.</param>
/// <param name="StageText">What tells the stage: the own reference as the header writes it ("P7_TA(2012)0089"), or the title.</param>
/// <param name="StageSpan">Where the header writes it.</param>
public sealed record VersionSummary(
    TextStage Stage,
    string? OwnReference,
    ImmutableArray<VersionItem> Items,
    ImmutableArray<ReferenceKind> ReferenceKinds,
    string? ReferenceLanguage = null,
    string? Set = null,
    string? StageText = null,
    TextSpan StageSpan = default)
{
    public IEnumerable<VersionItem> OfKind(SyntaxKind kind) => Items.Where(i => i.Kind == kind);

    /// <summary>True where the version has an item of a part after <paramref name="kind"/> (recitals after citations …): its items of that kind are all there.</summary>
    public bool GoesPast(SyntaxKind kind) => Items.Any(i => PartOrder(i.Kind) > PartOrder(kind));

    public static int PartOrder(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Citation => 1,
        SyntaxKind.Recital => 2,
        SyntaxKind.Paragraph => 3,
        _ => 0,
    };
}

/// <summary>Two versions of one text: the documents, their languages and summaries.</summary>
public sealed record VersionPair(DocumentSummary<VersionSummary> First, DocumentSummary<VersionSummary> Second);

/// <summary>One step of an alignment of one kind of item: an item of each version, or of one only.</summary>
public sealed record AlignedItems(VersionItem? First, VersionItem? Second);

/// <summary>Two items that are each other's counterparts in two versions, and how their dates differ.</summary>
internal sealed record MatchedItems(VersionItem First, VersionItem Second, DateComparison Dates);

/// <summary>
/// A pair of versions as the DR6 rules read it, worked out once for all of them: the alignment of each part, and the
/// items matched in it with their dates compared.
/// </summary>
internal sealed class ComparedVersions
{
    public ComparedVersions(VersionPair pair)
    {
        (First, Second) = (pair.First, pair.Second);
        AreStages = LanguageVersions.AreStages(First.Summary, Second.Summary);
        Alignments = [.. LanguageVersions.Parts.Select(kind => (kind, LanguageVersions.Align(First.Summary, Second.Summary, kind)))];
        Matched = [.. Alignments
            .SelectMany(part => part.Steps)
            .Where(s => s.First is not null && s.Second is not null)
            .Select(s => new MatchedItems(s.First!, s.Second!, DateComparison.Compare(s.First!, s.Second!)))];
    }

    /// <summary>The version the second is compared with: the first in language order, the reference language's, or the one that differs least from the others.</summary>
    public DocumentSummary<VersionSummary> First { get; }

    /// <summary>True where the own references say the two are different stages (a pair only the configuration makes).</summary>
    public bool AreStages { get; }

    public DocumentSummary<VersionSummary> Second { get; }

    /// <summary>Each part's items aligned, in document order (<see cref="LanguageVersions.Parts"/>).</summary>
    public ImmutableArray<(SyntaxKind Kind, ImmutableArray<AlignedItems> Steps)> Alignments { get; }

    /// <summary>The aligned items of both versions in every part, each step with both items.</summary>
    public ImmutableArray<MatchedItems> Matched { get; }
}

/// <summary>
/// Finds the language versions of one text among a run's documents and aligns their items by structure, for
/// <see cref="VersionsAnalyzer"/>: every DR6 rule reads the same pairs and alignments.
/// </summary>
public static partial class LanguageVersions
{
    /// <summary>The parts compared, in document order. Header lines are page furniture that differs between sources, not text.</summary>
    public static readonly ImmutableArray<SyntaxKind> Parts = [SyntaxKind.Citation, SyntaxKind.Recital, SyntaxKind.Paragraph];

    /// <summary>A document's stage, own reference and items with their dates and references.</summary>
    public static VersionSummary? Summarise(DocumentAnalysisContext document) => Make(document, withItems: true);

    /// <summary>
    /// What a run holds of a version until the versions are paired: its stage and references, which pair it, without
    /// its items, which only a paired version needs, and which are read from its file then (<see cref="Summarise"/>).
    /// </summary>
    public static VersionSummary? Held(DocumentAnalysisContext document) => Make(document, withItems: false);

    private static VersionSummary? Make(DocumentAnalysisContext document, bool withItems)
    {
        var syntax = document.Document;
        if (syntax.Shape != DocumentShape.Resolution)
        {
            return null;
        }

        var model = document.SemanticModel;
        var (stage, own, ownMention) = OwnReference(model.References);
        var (stageText, stageSpan) = ownMention is null ? (null, default) : (ownMention.Value, ownMention.SourceSpan);
        if (stage == TextStage.Unknown && TitleStage(syntax, document.Language) is { } titled)
        {
            (stage, stageText, stageSpan) = titled;
        }

        if (!withItems)
        {
            return syntax.Items.Any(i => Parts.Contains(i.Kind)) ? Summary([]) : null;
        }

        var bodies = Bodies(document.Data.Get<NameData>("names.json"));
        var names = model.Names.Where(n => n.Role != NameRole.Acronym).ToList();
        var items = ImmutableArray.CreateBuilder<VersionItem>();
        foreach (var item in syntax.Items.Where(i => Parts.Contains(i.Kind)))
        {
            var dates = model.Dates
                .Where(d => item.Span.Contains(d.SourceSpan.Start) && d.IsValid && (d.Year is not null || d.Day is not null))
                .Select(d => new VersionDate(d.Year, d.Month, d.Day, d.EndDay, d.EndYear, d.Text, d.SourceSpan));

            // A footnote's references belong to the item whose marker points at it: both versions carry the footnote.
            var references = model.References
                .Where(r => r.CitedBy == item || (r.Node is ItemSyntax && item.Span.Contains(r.SourceSpan.Start)))
                .Where(r => !IsBracketedParagraph(r))
                .Select(r => Key(r) is { } key ? new VersionReference(r.Kind, key, r.Value, r.SourceSpan, r.Node is FootnoteSyntax) : null)
                .OfType<VersionReference>();
            var markers = syntax.Footnotes.Select(f => f.MarkerSpan).OfType<TextSpan>().Where(m => item.Span.Contains(m.Start)).OrderBy(m => m.Start);
            var numbers = Digits().Matches(item.Text.Value).Select(m => m.Value.TrimStart('0')).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            var taken = model.Dates.Select(d => d.SourceSpan).Concat(model.References.Select(r => r.SourceSpan)).Where(s => item.Span.Contains(s.Start)).ToList();
            var values = VersionNumbers.Read(item.Text, document.Language, document.Data.Structure, taken);
            var urls = Urls.Absolute().Matches(item.Text.Value)
                .Select(m => (Text: Urls.TrimTrailing(m.Value), m.Index))
                .Select(u => new VersionUrl(UrlKey(u.Text, syntax.Language), u.Text, item.Text.ToSource(new TextSpan(u.Index, u.Text.Length))));
            items.Add(new VersionItem(item.Kind, item.Index, item.Label?.Text, item.Label?.Ordinal ?? item.Index, item.DisplayName, item.Span, [.. dates], [.. references], [.. markers], [.. numbers], values, [.. urls], Acronyms(item.Text, bodies),
                [.. names.Where(n => item.Span.Contains(n.SourceSpan.Start)).DistinctBy(n => n.Spelling, StringComparer.Ordinal).Select(n => new VersionName(n.Spelling, n.SourceSpan))]));
        }

        return items.Count == 0 ? null : Summary(items.ToImmutable());

        VersionSummary Summary(ImmutableArray<VersionItem> found) => new(
            stage,
            own,
            found,
            [.. model.References.Select(r => r.Kind).Distinct()],
            document.Options.Versions.Reference,
            document.Options.Versions.Set.IsEmpty ? null : string.Join("\n", document.Options.Versions.Set),
            stageText,
            stageSpan);
    }

    /// <summary>
    /// The pairs of versions of one text in a run, each pair once, the first in language order. Two documents are versions
    /// of one text when they are in different languages and the configuration lists them in one set ("versions.sets"),
    /// or, when it lists neither, when their file names differ only by the language ("x.en.txt", "x.nl.txt"; "x_EN.txt";
    /// "en/x.txt", "nl/x.txt") or they have the same own reference; never by name or reference when their references say
    /// they are different stages (a motion and the text adopted from it). A shared procedure does not pair: every
    /// group's motion in a debate has the same one. A set pairs whatever the stages: the user said they are one text.
    /// </summary>
    public static IEnumerable<VersionPair> Pairs(ImmutableArray<DocumentSummary<VersionSummary>> documents)
    {
        var ordered = documents.OrderBy(d => d.Language, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();

        // Each document's keys once, and the documents that share each key: a run of ten thousand drafts has some fifty
        // million pairs of documents and a few hundred versions, so only documents that share a key are compared.
        var bySet = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byReference = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new (string? Set, string? Name, string? Reference)[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var listed = ordered[i].Summary.Set;
            keys[i] = listed is not null ? (listed, null, null) : (null, FileKey(ordered[i].Path, ordered[i].Language), ordered[i].Summary.OwnReference);
            Add(bySet, keys[i].Set, i);
            Add(byName, keys[i].Name, i);
            Add(byReference, keys[i].Reference, i);
        }

        var others = new SortedSet<int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            others.Clear();
            others.UnionWith(Later(bySet, keys[i].Set, i));
            others.UnionWith(Later(byName, keys[i].Name, i));
            others.UnionWith(Later(byReference, keys[i].Reference, i));
            foreach (var j in others)
            {
                var (a, b) = (ordered[i], ordered[j]);
                if (a.Language != b.Language && (keys[i].Set is not null || !AreStages(a.Summary, b.Summary)))
                {
                    yield return new VersionPair(a, b);
                }
            }
        }

        static void Add(Dictionary<string, List<int>> groups, string? key, int index)
        {
            if (key is not null)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _) ??= []).Add(index);
            }
        }

        // The group's indices are ascending: those after i are the documents later in language and path order.
        static IEnumerable<int> Later(Dictionary<string, List<int>> groups, string? key, int index) =>
            key is not null && groups.TryGetValue(key, out var group) ? group.Where(j => j > index) : [];
    }

    /// <summary>
    /// The pairs of <see cref="Pairs"/> grouped by text: the versions linked by pairs, each text's pairs in the order
    /// <see cref="Pairs"/> gives them.
    /// </summary>
    public static IEnumerable<ImmutableArray<VersionPair>> Texts(IEnumerable<VersionPair> pairs)
    {
        var all = pairs.ToList();
        var root = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string path)
        {
            while (root.TryGetValue(path, out var up) && up != path)
            {
                path = up;
            }

            return path;
        }

        foreach (var pair in all)
        {
            var (a, b) = (Find(pair.First.Path), Find(pair.Second.Path));
            root.TryAdd(a, a);
            root[b] = a;
        }

        return all.GroupBy(p => Find(p.First.Path), StringComparer.Ordinal).Select(g => g.ToImmutableArray());
    }

    /// <summary>
    /// A text's pairs as they are compared: each pair with a version of <paramref name="standards"/> is turned so that
    /// version comes first (the one the other is compared with, the findings going on the other); a pair of two other
    /// versions is compared only where neither is paired with a standard.
    /// </summary>
    public static IEnumerable<VersionPair> ComparedWith(ImmutableArray<VersionPair> text, IReadOnlySet<string> standards)
    {
        var paired = text.Where(p => standards.Contains(p.First.Path) || standards.Contains(p.Second.Path))
            .SelectMany(p => new[] { p.First.Path, p.Second.Path }).ToHashSet(StringComparer.Ordinal);
        foreach (var pair in text)
        {
            if (standards.Contains(pair.First.Path))
            {
                yield return pair;
            }
            else if (standards.Contains(pair.Second.Path))
            {
                yield return new VersionPair(pair.Second, pair.First);
            }
            else if (!paired.Contains(pair.First.Path) && !paired.Contains(pair.Second.Path))
            {
                yield return pair;
            }
        }
    }

    /// <summary>True where the two documents' own references say they are different stages: a motion, the text adopted.</summary>
    public static bool AreStages(VersionSummary a, VersionSummary b) =>
        a.Stage != TextStage.Unknown && b.Stage != TextStage.Unknown && a.Stage != b.Stage;

    /// <summary>
    /// The items of one kind of two versions, matched: recitals and paragraphs by label; citations, which have none, by
    /// position, moved where their anchors (dates to the day, references) say an item is missing in one version, so
    /// that one missing citation does not shift every later comparison.
    /// </summary>
    public static ImmutableArray<AlignedItems> Align(VersionSummary first, VersionSummary second, SyntaxKind kind)
    {
        var a = first.OfKind(kind).ToList();
        var b = second.OfKind(kind).ToList();
        return kind == SyntaxKind.Citation ? AlignByPosition(a, b) : AlignByLabel(a, b);
    }

    /// <summary>
    /// True where an item of one version that has no counterpart lies where the other version still has text: the other
    /// version has an item of the same kind after it, or items of a later part. An excerpt cut earlier is compared
    /// only as far as it goes.
    /// </summary>
    public static bool WithinBoth(ImmutableArray<AlignedItems> alignment, int step, VersionSummary other, SyntaxKind kind, bool otherIsSecond)
    {
        if (other.GoesPast(kind))
        {
            return true;
        }

        for (var k = step + 1; k < alignment.Length; k++)
        {
            if ((otherIsSecond ? alignment[k].Second : alignment[k].First) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"citation", "recital", "paragraph", for messages.</summary>
    public static string Noun(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Citation => "citation",
        SyntaxKind.Recital => "recital",
        _ => "paragraph",
    };

    /// <summary>
    /// The file name with its language taken out, or null when the name shows no language: "texts/x" for
    /// "texts/x.en.txt", "texts/x_EN.txt" and "texts/en/x.txt".
    /// </summary>
    internal static string? FileKey(string path, string language)
    {
        var normalised = FilePaths.WithForwardSlashes(path);
        var slash = normalised.LastIndexOf('/');
        var folder = slash < 0 ? "" : normalised[..slash];
        var name = normalised[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        foreach (var separator in (ReadOnlySpan<char>)['.', '_', '-'])
        {
            var suffix = separator + language;
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return folder + "/" + stem[..^suffix.Length];
            }
        }

        var parent = folder.LastIndexOf('/');
        if (string.Equals(folder[(parent + 1)..], language, StringComparison.OrdinalIgnoreCase))
        {
            return (parent < 0 ? "" : folder[..parent]) + "/*/" + stem;
        }

        return null;
    }

    /// <summary>
    /// The "(4)" of "Rule 123(2) and (4)", which the recogniser reads as a rule of its own: a paragraph of the rule
    /// before it. Other languages write it "artikel 123, leden 2 en 4", one reference.
    /// </summary>
    private static bool IsBracketedParagraph(ReferenceMention reference) =>
        reference.Kind == ReferenceKind.RuleOfProcedure && reference.Range.Start > 0 && reference.Text.Value[reference.Range.Start - 1] == '(';

    /// <summary>Each acronym of names.json's "acronymEquivalents" with the body it names.</summary>
    private static Dictionary<string, string> Bodies(NameData names)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (body, acronyms) in names.AcronymEquivalents)
        {
            foreach (var acronym in acronyms)
            {
                bodies.TryAdd(acronym, body);
            }
        }

        return bodies;
    }

    /// <summary>
    /// The bodies an item names by an acronym of <paramref name="bodies"/>, each once, in capitals standing as a word of
    /// their own or a part of a compound ("VN-Mensenrechtenraad"); "Uno" or "uno" is a word, not the UN.
    /// </summary>
    private static ImmutableArray<VersionAcronym> Acronyms(MappedText text, Dictionary<string, string> bodies) =>
        bodies.Count == 0 ? [] : [.. Capitals().Matches(text.Value)
            .Where(m => bodies.ContainsKey(m.Value))
            .Select(m => new VersionAcronym(bodies[m.Value], m.Value, text.ToSource(new TextSpan(m.Index, m.Length))))
            .DistinctBy(a => a.Body)];

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])")]
    private static partial System.Text.RegularExpressions.Regex Capitals();

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Digits();

    /// <summary>
    /// The document's own reference, from its header: a text adopted's is its P…_TA or TA- reference (the motion it was
    /// adopted from is listed there too, as a document it came from); otherwise the first document reference.
    /// </summary>
    private static (TextStage Stage, string? Own, ReferenceMention? Mention) OwnReference(ImmutableArray<ReferenceMention> references)
    {
        var header = references.Where(r => r.Node.Kind == SyntaxKind.HeaderLine).ToList();
        if (header.FirstOrDefault(r => r.Kind == ReferenceKind.TextAdopted) is { } adopted && Key(adopted) is { } adoptedKey)
        {
            return (TextStage.Adopted, adoptedKey, adopted);
        }

        if (header.FirstOrDefault(r => r.Kind == ReferenceKind.Document) is { } tabled && Key(tabled) is { } tabledKey)
        {
            return (TextStage.Tabled, tabledKey, tabled);
        }

        return (TextStage.Unknown, null, null);
    }

    /// <summary>
    /// The stage a document without an own reference is, from its title: a text adopted's title gives the date of its
    /// adoption ("European Parliament resolution of 15 March 2012 on …"), a motion's does not ("Motion for a resolution",
    /// "European Parliament resolution on …"), in the words of the language's pack.
    /// </summary>
    private static (TextStage Stage, string Text, TextSpan Span)? TitleStage(DocumentSyntax syntax, LanguageData language)
    {
        foreach (var line in syntax.Header)
        {
            var title = line.Text.Value.Trim();
            if (language.TitleDatePhrases.Any(p => title.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                return (TextStage.Adopted, title, line.Span);
            }

            if (language.MotionTitlePhrases.Any(p => title.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                return (TextStage.Tabled, title, line.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// A URL as every version of a text must give it: a language version links to its own language's page of one
    /// document (eur-lex's "/EN/TXT/", doceo's "_EN.html", "?lang=en"), so the version's language code standing alone
    /// between marks is taken out; http and https, the host's case and a trailing slash are no difference.
    /// </summary>
    internal static string UrlKey(string url, string language)
    {
        var key = UrlScheme().Replace(url, "");
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        key = (slash < 0 ? key.ToLowerInvariant() : key[..slash].ToLowerInvariant() + key[slash..]).TrimEnd('/');
        return System.Text.RegularExpressions.Regex.Replace(key, $"(?<=[/_=.-]){System.Text.RegularExpressions.Regex.Escape(language)}(?=[/_.&#-]|$)", "{lang}", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^https?://", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UrlScheme();

    /// <summary>A reference's value, the same in every language: "TA 8 2015 79", "OJ 2008-08-20 p. 1", "Rule 123".</summary>
    private static string? Key(ReferenceMention reference)
    {
        static string Number(string? number) =>
            int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n.ToString(CultureInfo.InvariantCulture) : number ?? "";

        return reference.Kind switch
        {
            ReferenceKind.TextAdopted => $"TA {reference.Term} {reference.Year} {Number(reference.Number)}",
            ReferenceKind.Document => $"{reference.Type}{reference.Term}-{Number(reference.Number)}/{reference.Year}",
            ReferenceKind.Procedure => $"{reference.Year}/{Number(reference.Number)}({reference.Type})",

            // The rule's number only: the languages write its paragraphs in different ways ("123(2) and (4)", "123, leden 2 en 4").
            ReferenceKind.RuleOfProcedure => $"Rule {Number(reference.Number)}",
            ReferenceKind.OfficialJournal => reference.Date is { } date
                ? $"OJ {date:yyyy-MM-dd} {Number(reference.Number)} {reference.Act} p. {reference.Page}"
                : null,
            _ => null,
        };
    }

    private static ImmutableArray<AlignedItems> AlignByLabel(List<VersionItem> a, List<VersionItem> b)
    {
        var steps = new List<(int Order, AlignedItems Step)>();
        var byLabel = b.Where(i => i.Label is not null).GroupBy(i => Normalise(i.Label!)).ToDictionary(g => g.Key, g => new Queue<VersionItem>(g));
        var matched = new HashSet<VersionItem>();
        foreach (var item in a)
        {
            if (item.Label is not null && byLabel.TryGetValue(Normalise(item.Label), out var queue) && queue.Count > 0)
            {
                var other = queue.Dequeue();
                matched.Add(other);
                steps.Add((item.Ordinal, new AlignedItems(item, other)));
            }
            else
            {
                steps.Add((item.Ordinal, new AlignedItems(item, null)));
            }
        }

        steps.AddRange(b.Where(i => !matched.Contains(i)).Select(i => (i.Ordinal, new AlignedItems(null, i))));
        return [.. steps.OrderBy(s => s.Order).Select(s => s.Step)];

        static string Normalise(string label) => label.Trim('(', ')', '.', ' ').ToUpperInvariant();
    }

    /// <summary>
    /// A global alignment (Needleman–Wunsch): a pair scores 1 where one of the two has no anchor, and otherwise 4 times
    /// the share of their anchors they have in common (0 for none); a gap scores 0. A conflict costs no more than two
    /// gaps, so that an anchor one language's recogniser misses never splits a pair into two missing items; only
    /// agreeing anchors move the alignment. Ties keep items paired and put gaps last, where a cut excerpt ends: where no
    /// anchor tells which of neighbouring citations is missing, the last of them is taken.
    /// </summary>
    private static ImmutableArray<AlignedItems> AlignByPosition(List<VersionItem> a, List<VersionItem> b)
    {
        var score = new double[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                score[i, j] = Math.Max(Pair(a[i], b[j]) + score[i + 1, j + 1], Math.Max(score[i + 1, j], score[i, j + 1]));
            }
        }

        var steps = ImmutableArray.CreateBuilder<AlignedItems>();
        var (x, y) = (0, 0);
        while (x < a.Count && y < b.Count)
        {
            if (score[x, y] == Pair(a[x], b[y]) + score[x + 1, y + 1])
            {
                steps.Add(new AlignedItems(a[x++], b[y++]));
            }
            else if (score[x, y] == score[x + 1, y])
            {
                steps.Add(new AlignedItems(a[x++], null));
            }
            else
            {
                steps.Add(new AlignedItems(null, b[y++]));
            }
        }

        while (x < a.Count)
        {
            steps.Add(new AlignedItems(a[x++], null));
        }

        while (y < b.Count)
        {
            steps.Add(new AlignedItems(null, b[y++]));
        }

        return steps.ToImmutable();

        static double Pair(VersionItem first, VersionItem second)
        {
            var anchors = first.Anchors.ToHashSet(StringComparer.Ordinal);
            var others = second.Anchors.ToHashSet(StringComparer.Ordinal);
            if (anchors.Count == 0 || others.Count == 0)
            {
                return 1;
            }

            var shared = anchors.Count(others.Contains);
            return 4.0 * shared / (anchors.Count + others.Count - shared);
        }
    }
}
