using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3002: a date that does not exist (31 April, 29 February 2011, 32 March, month 13).</summary>
public sealed class DR3002ImpossibleDate : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3002",
        "Impossible date",
        "'{0}' does not exist: '{1}' has '{2}' days.",
        "Dates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A day beyond the end of its month, 29 February in a year that is not a leap year, day 0 or month 13 is a typing error.",
        WellKnownTags.LanguageNeutral)
    {
        Precision = RulePrecision.VeryHigh,
        AlternativeMessageFormats =
        [
            (nameof(ImpossibleDateReason.NoSuchMonth), "'{0}' does not exist: there is no month '{1}'."),
            (nameof(ImpossibleDateReason.NotALeapYear), "'{0}' does not exist: '{1}' is not a leap year."),
            (nameof(ImpossibleDateReason.RangeEndBeyondMonth), "'{0}' does not exist: the range ends on day '{1}', and the month has '{2}' days."),
        ],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            foreach (var date in document.SemanticModel.Dates)
            {
                if (date.Problem is not { } problem)
                {
                    continue;
                }

                var (id, arguments) = problem.Reason switch
                {
                    ImpossibleDateReason.DayBeyondMonth => (DiagnosticDescriptor.DefaultMessageId, new object?[] { date.Text, problem.MonthName, problem.DaysInMonth }),
                    ImpossibleDateReason.RangeEndBeyondMonth => (nameof(ImpossibleDateReason.RangeEndBeyondMonth), [date.Text, problem.Value, problem.DaysInMonth]),
                    ImpossibleDateReason.NotALeapYear => (nameof(ImpossibleDateReason.NotALeapYear), [date.Text, problem.Value]),
                    _ => (nameof(ImpossibleDateReason.NoSuchMonth), [date.Text, problem.Value]),
                };
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    arguments,
                    logicalLocation: date.Item.DisplayName,
                    messageId: id));
            }
        });
}
