using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3001: a past event, or a cited document, dated after the document itself.</summary>
public sealed class DR3001DateAfterDocumentDate : DiagnosticAnalyzer
{
    /// <summary>
    /// Where the document's date is only the latest date the text states, a date this many days later is
    /// still possible (the text was written later than its last event); beyond it, it is not.
    /// </summary>
    public const int EstimateToleranceDays = 60;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3001",
        "Date after the document's date",
        "'{0}' is {1} after the document's date, {2} ({3}); {4} cannot be later than the text.",
        "Dates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A date in a past or perfect statement ('were arrested since', 'was signed on', 'sinds', 'werd … op') or in a citation "
        + "cannot lie after the document's own date. Forward-looking statements ('plans a rally on', 'due in', 'will', 'zal') are not checked.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var semantic = document.SemanticModel;
            if (semantic.DocumentDate is not { } own)
            {
                return;
            }

            var limit = own.Source == DocumentDateSource.LatestStatedDate ? own.Date.AddDays(EstimateToleranceDays) : own.Date;
            foreach (var date in semantic.Dates)
            {
                if (date.Context is not (TenseContext.Past or TenseContext.Citation) || date.Start is not { } start || start <= limit)
                {
                    continue;
                }

                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    [date.Text, DateWording.Distance(own.Date, start, date.Day is not null), DocumentDate.Format(own.Date), own.Evidence, date.Context == TenseContext.Citation ? "a cited document" : "a past event"],
                    logicalLocation: date.Item.DisplayName));
            }
        });
}
