using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Syntax;

namespace DraftLint.Rules.References;

/// <summary>DR4002: a text-adopted reference whose year contradicts the date its citation gives ("resolution of 15 December 2011" with P7_TA(2012)…).</summary>
public sealed class DR4002ReferenceYearMismatch : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4002",
        "Reference year contradicts the cited date",
        "'{0}' has the year '{1}', but its citation dates the text '{2}'.",
        "References",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Texts adopted are numbered per year: the year in P7_TA(2011)0588 is the year of the vote. A citation that dates the text "
        + "('its resolution of 15 December 2011') in another year than its reference (in the citation or in the footnote its marker points at) has one of the two wrong.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var semantic = document.SemanticModel;
            foreach (var reference in semantic.References.Where(r => r.Kind == ReferenceKind.TextAdopted && r.Year is not null))
            {
                var citation = reference.CitedBy ?? reference.Node as ItemSyntax;
                var dates = semantic.Dates.Where(d => d.Item == citation && d.IsFullDate).ToList();
                if (dates.Count == 0 || dates.Any(d => d.Year == reference.Year))
                {
                    continue;
                }

                var cited = dates[0];
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, reference.SourceSpan),
                    [reference.Value, reference.Year, cited.Text],
                    [Location.Create(document.Document.Source, cited.SourceSpan, "the date the citation gives")],
                    logicalLocation: reference.DisplayName));
            }
        });
}
