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

    /// <summary>
    /// A motion is tabled before the debate it winds up and cites the statements made at it ("having regard to the
    /// statement of the VP/HR of 26 October 2016" in a motion of 24 October): a citation up to this many days after the
    /// tabling date is the sitting's own.
    /// </summary>
    public const int DebateWeekDays = 10;

    private const string PastEvent = "past-event";
    private const string CitedDocument = "cited-document";

    /// <summary>One message per kind of dated thing and per way the document's date was found.</summary>
    private static readonly MessageSet Messages = new(
        DateWording.WithEvidence(PastEvent, "'{0}' comes after the document's date, '{1}' ({evidence}); a past event cannot be later than the text.", 2)
            .Concat(DateWording.WithEvidence(CitedDocument, "'{0}' comes after the document's date, '{1}' ({evidence}); a cited document cannot be later than the text.", 2)));

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3001",
        "Date after the document's date",
        Messages.Default,
        "Dates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A date in a past or perfect statement ('were arrested since', 'was signed on', 'sinds', 'werd … op') or in a citation "
        + "cannot lie after the document's own date. Forward-looking statements ('plans a rally on', 'due in', 'will', 'zal') are not checked. "
        + "The finding is an error only where the text states its date (title, tabling date, sitting line, header) or the configuration sets it; "
        + "checked against an estimate (the latest date the text states, a reference's year) it is at most a warning.")
    {
        AlternativeMessageFormats = Messages.Alternatives,
    };

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
            var citationLimit = own.Source == DocumentDateSource.TablingDate ? limit.AddDays(DebateWeekDays) : limit;
            foreach (var date in semantic.Dates)
            {
                // The header (title, procedure box, publication lines) tells of the document, not of events.
                if (date.Context is not (TenseContext.Past or TenseContext.Citation) || date.Start is not { } start
                    || start <= (date.Context == TenseContext.Citation ? citationLimit : limit) || date.Item.Kind == Syntax.SyntaxKind.HeaderLine)
                {
                    continue;
                }

                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, date.SourceSpan),
                    DateWording.EvidenceArguments(own, date.Text, DocumentDate.Format(own.Date)),
                    logicalLocation: date.Item.DisplayName,
                    maximumSeverity: own.IsEstimate ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
                    messageId: Messages.IdOf(DateWording.EvidenceId(date.Context == TenseContext.Citation ? CitedDocument : PastEvent, own))));
            }
        });
}
