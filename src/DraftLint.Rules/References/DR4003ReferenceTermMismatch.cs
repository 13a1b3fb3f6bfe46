using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.References;

/// <summary>DR4003: a reference whose parliamentary term contradicts its year or the document's date (B8-…/2012; P9_TA in 2012).</summary>
public sealed class DR4003ReferenceTermMismatch : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4003",
        "Reference term contradicts its year",
        "'{0}' {1}.",
        "References",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The digit after P, T, TA-, A, B or C is the parliamentary term (7 for 2009–2014, 8 for 2014–2019, 9 for 2019–2024, 10 from 2024; see rules/references.json). "
        + "A reference whose year lies outside its term, or whose term began after the document's date, is wrong.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var data = document.Data.Get<ReferenceData>("references.json");
            var own = document.SemanticModel.DocumentDate;
            foreach (var reference in document.SemanticModel.References.Where(r => r.Kind is ReferenceKind.TextAdopted or ReferenceKind.Document))
            {
                if (reference.Term is not int term || reference.Year is not int year || data.Terms.FirstOrDefault(t => t.Term == term) is not { } range)
                {
                    continue;
                }

                string? problem = null;
                if (year < range.From.Year || year > range.To.Year)
                {
                    var actual = data.Terms.Where(t => t.From.Year <= year && year <= t.To.Year).Select(t => Wording.Ordinal(t.Term)).ToList();
                    problem = $"carries the term digit {term}, but the {Wording.Ordinal(term)} term ran {Years(range)}; {year} was in the {string.Join(" or the ", actual)} term";
                }
                else if (own is { IsEstimate: false } && range.From > own.Date)
                {
                    problem = $"belongs to the {Wording.Ordinal(term)} term, which began on {DocumentDate.Format(range.From)}, after the document's date {DocumentDate.Format(own.Date)} ({own.Evidence})";
                }

                if (problem is not null)
                {
                    ReferenceProblem.Report(document, Descriptor, reference, problem);
                }
            }
        });

    private static string Years(TermRange range) =>
        range.To.Year >= 9999 ? $"from {range.From.Year}" : $"from {range.From.Year} to {range.To.Year}";
}
