using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3003: a weekday that does not match its date ("Monday 16 December 2011" was a Friday).</summary>
public sealed class DR3003WeekdayMismatch : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3003",
        "Weekday does not match the date",
        "'{0}': '{1}' was a '{2}', not a '{3}'.",
        "Dates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Where a weekday is written with a date, one of the two is wrong when they disagree. The fix corrects the weekday; check the date too.",
        WellKnownTags.LanguageNeutral)
    {
        Precision = RulePrecision.VeryHigh,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var weekdays = document.Data.GetLanguage(document.Document.Language).Weekdays;
            foreach (var date in document.SemanticModel.Dates)
            {
                if (date.Weekday is not int written || date.Day is null || date.Start is not { } day || date.WeekdayRange is not { } range)
                {
                    continue;
                }

                var actual = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
                if (actual == written)
                {
                    continue;
                }

                var writtenText = date.Item.Text.Value.Substring(range.Start, range.Length);
                var correct = weekdays[actual - 1][0];
                correct = char.IsUpper(writtenText[0]) ? Wording.SentenceCase(correct) : correct;
                var source = date.Item.Text.ToSource(range);
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    [date.Text, date.Text[(range.End - date.Range.Start)..].TrimStart(',', ' '), correct, writtenText],
                    fix: CodeFix.Replace($"Change '{writtenText}' to '{correct}'", source, correct),
                    logicalLocation: date.Item.DisplayName));
            }
        });
}
