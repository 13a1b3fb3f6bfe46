using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules.Dates;
using DraftLint.Semantics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4001: a provisional text-adopted reference (P7_TA-PROV) in a document dated after the text became final.</summary>
public sealed class DR4001ProvisionalReference : DiagnosticAnalyzer
{
    private const string AdoptedOn = "adopted-on";
    private const string AdoptedIn = "adopted-in";

    /// <summary>One message per kind of adoption date (a day, or only the reference's year) and per way the document's date was found.</summary>
    private static readonly MessageSet Messages = new(
        DateWording.WithEvidence(AdoptedOn, "'{0}' is the provisional reference of a text adopted on '{1}'; the document is dated '{2}' ({evidence}): cite the final '{3}'.", 4)
            .Concat(DateWording.WithEvidence(AdoptedIn, "'{0}' is the provisional reference of a text adopted in '{1}'; the document is dated '{2}' ({evidence}): cite the final '{3}'.", 4)));

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4001",
        "Provisional reference",
        Messages.Default,
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A text adopted is first published provisionally (P7_TA-PROV(2011)0588) and becomes final some weeks after the vote (P7_TA(2011)0588). "
        + "A document dated after the vote (plus provisionalGraceDays in rules/references.json), or in a later year, cites the final form; the fix removes '-PROV'.",
        WellKnownTags.LanguageNeutral)
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

            var grace = document.Data.Get<ReferenceData>("references.json").ProvisionalGraceDays;
            foreach (var reference in semantic.References.Where(r => r is { Kind: ReferenceKind.TextAdopted, Provisional: true }))
            {
                var adopted = AdoptionDate(semantic, reference);
                var stale = adopted is { } date ? own.Date > date.AddDays(grace) : reference.Year < own.Date.Year;
                if (!stale)
                {
                    continue;
                }

                var value = reference.Value;
                var prov = value.IndexOf("-PROV", StringComparison.Ordinal);
                var final = value.Remove(prov, "-PROV".Length);
                var provSpan = reference.Text.ToSource(new TextSpan(reference.Range.Start + prov, "-PROV".Length));
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, reference.SourceSpan),
                    DateWording.EvidenceArguments(own, value, adopted is { } d ? DocumentDate.Format(d) : reference.Year, DocumentDate.Format(own.Date), final),
                    reference.CitedBy is { } citation ? [Location.Create(document.Document.Source, citation.Span, "the citation")] : null,
                    CodeFix.Replace($"Cite the final '{final}'", provSpan, ""),
                    reference.DisplayName,
                    messageId: Messages.IdOf(DateWording.EvidenceId(adopted is null ? AdoptedIn : AdoptedOn, own))));
            }
        });

    /// <summary>The date of the cited text: the first full date of its year in the citation that points at it (or that holds it).</summary>
    private static DateOnly? AdoptionDate(SemanticModel semantic, ReferenceMention reference)
    {
        var citation = reference.CitedBy ?? reference.Node as ItemSyntax;
        return semantic.Dates
            .Where(d => d.Item == citation && d.IsFullDate && d.Year == reference.Year)
            .Select(d => d.Start)
            .FirstOrDefault();
    }
}
