using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Syntax;

namespace DraftLint.Semantics;

/// <summary>
/// Finds a document's own date, in this order: --as-of or asOf in configuration; a date in the header
/// ("Resolution of 15 March 2012", "Resolutie … van 15 maart 2012", a dateline "Brussels, 20 March 2012");
/// the year of the document or procedure reference (B7-0165/2012, 2012/2553(RSP)) as a bound; else the latest
/// date the text states in a past-tense statement (one that other dates stand near: a lone outlier is not trusted).
/// </summary>
internal static partial class DocumentDateResolver
{
    /// <summary>How close (in days) another stated date must be for the latest one to be trusted as the document's date.</summary>
    private const int ClusterDays = 92;

    public static DocumentDate? Resolve(DocumentSyntax document, AnalyzerOptions options, IReadOnlyList<DateMention> dates)
    {
        if (options.AsOf is { } asOf)
        {
            return new DocumentDate(asOf, DocumentDateSource.Configuration, "set by --as-of or asOf in the configuration");
        }

        var headerItems = HeaderItems(document).ToHashSet();
        var header = dates.FirstOrDefault(d => headerItems.Contains(d.Item) && d.IsFullDate && d.IsValid && IsHeaderDate(d));
        if (header?.Start is { } headerDate)
        {
            return new DocumentDate(headerDate, DocumentDateSource.Header, $"from the header, '{header.Text}' at line {document.Source.GetLinePosition(header.SourceSpan.Start).Line}");
        }

        var reference = ReferenceYear(headerItems);
        var bound = reference is { } r ? new DateOnly(r.Year, 12, 31) : DateOnly.MaxValue;
        var stated = dates
            .Where(d => d.IsFullDate && d.Context is TenseContext.Past or TenseContext.Citation && d.Start is { } s && s <= bound)
            .Select(d => (Date: d.Start!.Value, Mention: d))
            .OrderByDescending(d => d.Date)
            .ToList();
        foreach (var (date, mention) in stated)
        {
            var supported = stated.Count == 1 || stated.Any(o => o.Mention != mention && o.Date <= date && date.DayNumber - o.Date.DayNumber <= ClusterDays);
            if (supported)
            {
                var where = $"'{mention.Text}' at line {document.Source.GetLinePosition(mention.SourceSpan.Start).Line}";
                return new DocumentDate(date, DocumentDateSource.LatestStatedDate, reference is { } bounded
                    ? $"the latest date the text states in a past-tense statement, {where}, within the year of {bounded.Reference}"
                    : $"the latest date the text states in a past-tense statement, {where}");
            }
        }

        return reference is { } only
            ? new DocumentDate(bound, DocumentDateSource.ReferenceYear, $"the end of the year of {only.Reference}")
            : null;
    }

    /// <summary>The header of a resolution, or the first blocks of prose (title, metadata line, dateline).</summary>
    private static IEnumerable<ItemSyntax> HeaderItems(DocumentSyntax document) =>
        document.Shape == DocumentShape.Resolution ? document.Header : document.Prose.Take(3);

    /// <summary>A header line, a short metadata line, or a dateline (place names, then the date).</summary>
    private static bool IsHeaderDate(DateMention date) =>
        date.Item.Kind == SyntaxKind.HeaderLine
        || date.Item.Text.Length <= 160
        || Dateline().IsMatch(date.Item.Text.Value[..date.Range.Start]);

    private static (int Year, string Reference)? ReferenceYear(IEnumerable<ItemSyntax> items)
    {
        foreach (var item in items)
        {
            var match = Reference().Match(item.Text.Value);
            if (match.Success)
            {
                return (int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), match.Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'.-]*,?\s+)+$")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:RC-)?[ABC]\d{1,2}[-‑]\d{4}/(?<year>\d{4})\b|\b(?<year>\d{4})/\d{4}\([A-Z]{3}\)")]
    private static partial Regex Reference();
}
