using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>
/// Finds a document's own date. What the text states comes first, in this order: --as-of or asOf in configuration;
/// the date in the title ("European Parliament resolution of 15 March 2012 on …", from the language pack's
/// <see cref="LanguageData.TitleDatePhrases"/>); a motion's tabling date under its title ("22.11.2016 - (2016/2990(RSP))");
/// the sitting line of a texts-adopted page ("Wednesday, 9 September 2015 - Strasbourg"); another header date or a
/// dateline ("Brussels, 20 March 2012"). Page furniture is never a source: the debate and vote days of a procedure box
/// ("PV 08/09/2015 - 19"), the Official Journal's page header (removed by the parser) and its publication line ("OJ C
/// 45E, 23.2.2006"); a page whose titles give different dates (an index of several texts) has no one date. Only then an
/// estimate: the last sitting of the page's procedure box; the latest date the text states in a past-tense statement
/// (one that other stated dates stand near), bounded by the year of the motion's reference (B7-0165/2012); else the end
/// of that year.
/// </summary>
internal static partial class DocumentDateResolver
{
    /// <summary>How close (in days) another stated date must be for the latest one to be trusted as the document's date.</summary>
    private const int ClusterDays = 92;

    /// <summary>How many prose blocks of a text that is not a resolution (a web page quoting one) count as its header.</summary>
    private const int ProseHeaderBlocks = 5;

    public static DocumentDate? Resolve(DocumentSyntax document, RuleDataSet data, DateOnly? configuredDate, IReadOnlyList<DateMention> dates)
    {
        if (configuredDate is { } asOf)
        {
            return new DocumentDate(asOf, DocumentDateSource.Configuration, []);
        }

        var headerItems = HeaderItems(document).ToHashSet();
        var language = data.GetLanguage(document.Language);
        var source = document.Source;
        var header = dates
            .Where(d => headerItems.Contains(d.Item) && d.IsFullDate && d.IsValid && d.Start is not null && !InProcedureBox(source, d))
            .ToList();

        // A page that lists several texts (an index of the Official Journal or of a sitting) has no one date: titles of
        // different dates say so, and none of them is taken.
        var titles = header.Where(d => FollowsTitlePhrase(d, language)).ToList();
        if (titles.Select(d => d.Start).Distinct().Count() > 1)
        {
            return null;
        }

        if (titles.FirstOrDefault() is { } title)
        {
            return new DocumentDate(title.Start!.Value, DocumentDateSource.Title, [title.Text]);
        }

        if (header.FirstOrDefault(d => LineOf(source, d) is { } line && TablingLine().IsMatch(line)) is { } tabled)
        {
            return new DocumentDate(tabled.Start!.Value, DocumentDateSource.TablingDate, [tabled.Text]);
        }

        var sittings = header.Where(d => IsSittingLine(source, d)).ToList();
        if (sittings.Select(d => d.Start).Distinct().Count() == 1)
        {
            return new DocumentDate(sittings[0].Start!.Value, DocumentDateSource.Sitting, [sittings[0].Text]);
        }

        // Not the Official Journal's publication line ("OJ C 45E, 23.2.2006, p. 107", "Official Journal 045 E, 23/02/2006").
        if (sittings.Count == 0 && header.FirstOrDefault(d => IsHeaderDate(d) && !InPublicationLine(source, d, language)) is { } other)
        {
            return new DocumentDate(other.Start!.Value, DocumentDateSource.Header, [other.Text]);
        }

        // Nothing stated: the page's procedure box is the best estimate, its last sitting (the vote, or the debate).
        var box = dates.Where(d => d.IsFullDate && d.IsValid && d.Start is not null && InProcedureBox(source, d)).MaxBy(d => d.Start);
        if (box is not null)
        {
            return new DocumentDate(box.Start!.Value, DocumentDateSource.ProcedureBox, [box.Text]);
        }

        var reference = ReferenceYear(headerItems);
        var bound = reference is { } r ? new DateOnly(r.Year, 12, 31) : DateOnly.MaxValue;
        var stated = dates
            .Where(d => d.IsFullDate && d.Context is TenseContext.Past or TenseContext.Citation && d.Start is { } s && s <= bound && !InProcedureBox(source, d))
            .Select(d => (Date: d.Start!.Value, Mention: d))
            .OrderByDescending(d => d.Date)
            .ToList();
        foreach (var (date, mention) in stated)
        {
            // A lone date is not trusted: one cited declaration says little of when the text was written.
            var supported = stated.Any(o => o.Mention != mention && o.Date <= date && date.DayNumber - o.Date.DayNumber <= ClusterDays);
            if (supported)
            {
                return new DocumentDate(date, DocumentDateSource.LatestStatedDate, reference is { } bounded
                    ? [mention.Text, bounded.Reference]
                    : [mention.Text]);
            }
        }

        return reference is { } only
            ? new DocumentDate(bound, DocumentDateSource.ReferenceYear, [only.Reference])
            : null;
    }

    /// <summary>The header of a resolution, or the first blocks of prose (title, metadata line, dateline).</summary>
    private static IEnumerable<ItemSyntax> HeaderItems(DocumentSyntax document) =>
        document.Shape == DocumentShape.Resolution ? document.Header : document.Prose.Take(ProseHeaderBlocks);

    /// <summary>True where the words before the date, in its item, end with one of the language's title phrases.</summary>
    private static bool FollowsTitlePhrase(DateMention date, LanguageData language)
    {
        // The phrase is read in the few words before the date, not in all the text before it: a text of one long
        // line (a PDF copied without line breaks) has its whole body before each of its dates.
        var from = Math.Max(0, date.Range.Start - TitleReach);
        var before = Collapse(date.Item.Text.Value[from..date.Range.Start]);
        return language.TitleDatePhrases.Any(phrase => before.EndsWith(Collapse(phrase), StringComparison.OrdinalIgnoreCase));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// The date's line in the file, without its surrounding white space; null for a line longer than any header line
    /// (the checks of a header line are not made along a text of one long line, once per date).
    /// </summary>
    private static string? LineOf(SourceText source, DateMention date)
    {
        var line = LineSpanOf(source, date);
        return line.Length > HeaderLineReach ? null : source.ToString(line).Trim();
    }

    /// <summary>How many characters before a date its title phrase is looked for: more than the longest phrase, with its spaces.</summary>
    private const int TitleReach = 400;

    /// <summary>How many characters before a date a dateline's place names may take ("Brussels, ", "Den Haag, ").</summary>
    private const int DatelineReach = 400;

    /// <summary>The span of the line of the file a date stands on.</summary>
    private static Text.TextSpan LineSpanOf(SourceText source, DateMention date) =>
        source.GetLineSpan(source.GetLinePosition(date.SourceSpan.Start).Line);

    /// <summary>The longest line read as a header, procedure-box or publication line.</summary>
    private const int HeaderLineReach = 1000;

    /// <summary>A date of a doceo procedure box: the debate or vote line ("PV 08/09/2015 - 19", "CRE 08/09/2015 - 19").</summary>
    private static bool InProcedureBox(SourceText source, DateMention date) =>
        BeforeOnLine(source, date) is var before && before.Length <= HeaderLineReach && ProcedureBoxEntry().IsMatch(before);

    /// <summary>The text of the date's line before the date.</summary>
    private static ReadOnlySpan<char> BeforeOnLine(SourceText source, DateMention date)
    {
        var start = date.SourceSpan.Start;
        var lineStart = LineSpanOf(source, date).Start;
        return source.Text.AsSpan(lineStart, start - lineStart);
    }

    /// <summary>A date of the Official Journal's publication line: after "OJ C", "PB L" … or the Journal's title on its line.</summary>
    private static bool InPublicationLine(SourceText source, DateMention date, LanguageData language)
    {
        var before = BeforeOnLine(source, date);
        if (before.Length > HeaderLineReach)
        {
            return false;
        }

        if (PublicationReference().IsMatch(before))
        {
            return true;
        }

        foreach (var title in language.OfficialJournalTitles)
        {
            if (before.Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that starts with a weekday and its date, with nothing after it but the place ("- Strasbourg").</summary>
    private static bool IsSittingLine(SourceText source, DateMention date)
    {
        if (date.Weekday is null)
        {
            return false;
        }

        var line = LineSpanOf(source, date);
        if (line.Length > HeaderLineReach)
        {
            return false;
        }

        var after = source.Text.AsSpan(date.SourceSpan.End, line.End - date.SourceSpan.End);
        return BeforeOnLine(source, date).IsWhiteSpace() && SittingRest().IsMatch(after);
    }

    /// <summary>A header line, a short metadata line, or a dateline (place names, then the date).</summary>
    private static bool IsHeaderDate(DateMention date) =>
        date.Item.Kind == SyntaxKind.HeaderLine
        || date.Item.Text.Length <= 160
        || (date.Range.Start <= DatelineReach && Dateline().IsMatch(date.Item.Text.Value.AsSpan(0, date.Range.Start)));

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

    // A motion's own reference (B7-0165/2012, RC-B7-0135/2012) bounds its date by its year. A procedure (2004/2151(INI)),
    // a report (A7-0431/2013) or a Commission document (C7-0318/2011) comes before the text, often in an earlier year:
    // no bound. Web pages glue the reference to the next word ("B6-0566/2006Förslag"): no word boundary after it.
    [GeneratedRegex(@"\b(?:RC[-‑])?B[0-9]{1,2}[-‑][0-9]{4}/(?<year>[0-9]{4})(?![0-9])")]
    private static partial Regex Reference();

    /// <summary>
    /// A motion's tabling line: the date alone, or followed by its procedure in brackets (empty on some pages),
    /// or after the document's reference ("B9-0211/2022 5.4.2022").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:RC[-‑])?B\d{1,2}[-‑]\d{4}/\d{4}\s+)?[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\s*(?:[-–]\s*\((?:[0-9]{4}/[0-9]{4}\([A-Z]{3}\))?\)\s*)?$")]
    private static partial Regex TablingLine();

    [GeneratedRegex(@"^\s*(?:[-–—]\s*\S.*)?$")]
    private static partial Regex SittingRest();

    [GeneratedRegex(@"^\s*(?:PV|CRE)\s+$")]
    private static partial Regex ProcedureBoxEntry();

    // "OJ C 45E, " or EUR-Lex's other renderings of it ("SL C 133E, ") right before the date, or an OJ abbreviation on the line.
    [GeneratedRegex(@"\b(?:OJ|PB|JO|ABl\.)\s+[CLS]\b|\b\p{Lu}{2,4}\.?\s+[CLS]\s*[0-9]{1,4}\s*E?\s*,\s*$")]
    private static partial Regex PublicationReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
