using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3002: a date that does not exist (31 April, 29 February 2011, 32 March, month 13).</summary>
public sealed class DR3002ImpossibleDate : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3002",
        "Impossible date",
        "'{0}' does not exist: {1}.",
        "Dates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A day beyond the end of its month, 29 February in a year that is not a leap year, day 0 or month 13 is a typing error.",
        WellKnownTags.LanguageNeutral)
    {
        Precision = RulePrecision.VeryHigh,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            foreach (var date in document.SemanticModel.Dates.Where(d => !d.IsValid))
            {
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    [date.Text, date.Problem],
                    logicalLocation: date.Item.DisplayName));
            }
        });
}
