using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3004: a range that runs backwards or is empty ("22-21 June", "2015-2014", "21-21 June").</summary>
public sealed class DR3004InvertedRange : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3004",
        "Inverted or empty date range",
        "'{0}' runs backwards: '{1}' comes before '{2}'.",
        "Dates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A range of days or years runs from the earlier to the later one; a range whose ends are equal is a single date written twice.")
    {
        AlternativeMessageFormats = [(EmptyRange, "'{0}' starts and ends on '{1}': write it once.")],
    };

    private const string EmptyRange = "empty";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            foreach (var date in document.SemanticModel.Dates)
            {
                var (first, last) = date.Form switch
                {
                    DateForm.DayRange => (date.Day, date.EndDay),
                    DateForm.YearRange => (date.Year, date.EndYear),
                    _ => (null, null),
                };
                if (first is not int from || last is not int to || to > from)
                {
                    continue;
                }

                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    to == from ? [date.Text, from] : [date.Text, to, from],
                    logicalLocation: date.Item.DisplayName,
                    messageId: to == from ? EmptyRange : DiagnosticDescriptor.DefaultMessageId));
            }
        });
}
