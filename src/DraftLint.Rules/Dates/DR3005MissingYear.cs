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
        "'{0}' has no year, and its sentence gives none; {1}.",
        "Dates",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "A resolution is read for years after its vote: 'on 28 January' must say which January. A date that shares the year "
        + "of a later date in the same list ('on 3 November and 22 December 2011') or stands in a sentence that states a year is not reported. "
        + "The fix adds the year of the document's date (the year before, for a past event that would otherwise come after the document).");

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
                var advice = year is int y ? $"add one ({y}, from the document's date)" : "add one";
                var end = date.Item.Text.ToSource(date.Range).End;
                var fix = year is int inferred
                    ? CodeFix.Replace($"Add the year {inferred}", new TextSpan(end, 0), " " + inferred.ToString(CultureInfo.InvariantCulture))
                    : null;
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    [date.Text, advice],
                    fix: fix,
                    logicalLocation: date.Item.DisplayName));
            }
        });

    // A loop, not a lambda: a lambda would capture the date and allocate for every date of the document.
    private static bool SentenceHasYear(ImmutableArray<DateMention> dates, DateMention date)
    {
        foreach (var other in dates)
        {
            if (other != date && other.Sentence == date.Sentence && other.Item == date.Item && other.HasYear && !other.YearFromList)
            {
                return true;
            }
        }

        return false;
    }
}
