using System.Collections.Immutable;
using System.Globalization;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Text;

namespace DraftLint.Rules.Dates;

/// <summary>DR3005: a day and month without a year, where the sentence does not make the year plain.</summary>
public sealed class DR3005MissingYear : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3005",
        "Date without a year",
        "'{0}' has no year, and its sentence does not make it plain; add one ('{1}', from the document's date).",
        "Dates",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "A resolution is read for years after its vote: 'on 28 January' must say which January. A date that shares the year "
        + "of a later date in the same list ('on 3 November and 22 December 2011') or stands in a sentence whose dates make its year plain is not reported; "
        + "a year the sentence states is not plain where reading the date in it would put the dates out of order ('the statements of 17 December 2011 "
        + "and of 17 January': 17 January 2011 would come first, so the year is 2012). "
        + "The fix adds the year of the document's date (the year before, for a past event that would otherwise come after the document).")
    {
        AlternativeMessageFormats = [(NoDocumentDate, "'{0}' has no year, and its sentence does not make it plain; add one.")],
    };

    private const string NoDocumentDate = "no-document-date";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var semantic = document.SemanticModel;
            foreach (var date in semantic.Dates)
            {
                // A date that cannot exist (00 February) is DR3002's: asking for its year would add noise to an error.
                if (date.Form is not (DateForm.DayMonth or DateForm.DayRange) || date.HasYear || !date.IsValid)
                {
                    continue;
                }

                if (SentenceHasYear(semantic.Dates, date))
                {
                    continue;
                }

                var year = DateWording.InferYear(date, semantic.DocumentDate);
                var end = date.Item.Text.ToSource(date.Range).End;
                var fix = year is int inferred
                    ? CodeFix.Replace($"Add the year {inferred}", new TextSpan(end, 0), " " + inferred.ToString(CultureInfo.InvariantCulture))
                    : null;
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    year is int y ? [date.Text, y] : [date.Text],
                    fix: fix,
                    logicalLocation: date.Item.DisplayName,
                    messageId: year is null ? NoDocumentDate : DiagnosticDescriptor.DefaultMessageId));
            }
        });

    // A loop, not a lambda: a lambda would capture the date and allocate for every date of the document.
    private static bool SentenceHasYear(ImmutableArray<DateMention> dates, DateMention date)
    {
        foreach (var other in dates)
        {
            if (other != date && other.Sentence == date.Sentence && other.Item == date.Item && other.HasYear && !other.YearFromList
                && GivesYearTo(other, date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a dated mention of the sentence gives its year to a dateless one: a year alone ("in 2012") does; a date
    /// with a month does where reading the dateless one in its year keeps the text's order ("of 17 December 2011 … of
    /// 17 January" does not: 17 January 2011 would come before the date written first).
    /// </summary>
    private static bool GivesYearTo(DateMention dated, DateMention dateless)
    {
        if (dated.Month is not int month || dated.Start is not { } start || dated.End is not { } end)
        {
            return true;
        }

        var day = dateless.Day ?? 1;
        var year = dated.Year!.Value;
        if (dateless.Month is not int m || m < 1 || m > 12 || day > DateTime.DaysInMonth(year, m))
        {
            return true;
        }

        var read = new DateOnly(year, m, day);
        return dated.Range.Start < dateless.Range.Start ? read >= new DateOnly(start.Year, month, 1) : read <= end;
    }
}
