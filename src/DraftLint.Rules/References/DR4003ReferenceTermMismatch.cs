using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules.Dates;
using DraftLint.Semantics;

namespace DraftLint.Rules.References;

/// <summary>DR4003: a reference whose parliamentary term contradicts its year or the document's date (B8-…/2012; P9_TA in 2012).</summary>
public sealed class DR4003ReferenceTermMismatch : DiagnosticAnalyzer
{
    private const string BeganAfter = "began-after";

    /// <summary>
    /// One message per shape of the term's years (ended, or still running) and per number of terms the year lies in (a
    /// year of an election lies in two), and, for a term that began after the document, per way the document's date was found.
    /// </summary>
    private static readonly MessageSet Messages = new(DigitMessages()
        .Concat(DateWording.WithEvidence(BeganAfter, "'{0}' belongs to the '{1}' term, which began on '{2}', after the document's date '{3}' ({evidence}).", 4)));

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4003",
        "Reference term contradicts its year",
        Messages.Default,
        "References",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "The digit after P, T, TA-, A, B or C is the parliamentary term (7 for 2009–2014, 8 for 2014–2019, 9 for 2019–2024, 10 from 2024; see rules/references.json). "
        + "A reference whose year lies outside its term, or whose term began after the document's date, is wrong.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = Messages.Alternatives,
    };

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

                if (year < range.From.Year || year > range.To.Year)
                {
                    var actual = data.Terms.Where(t => t.From.Year <= year && year <= t.To.Year).Select(t => Wording.Ordinal(t.Term)).ToList();
                    var open = range.To.Year >= 9999;
                    var id = "digit" + (open ? "-open" : "") + actual.Count switch { 0 => "-none", 1 => "", _ => "-two" };
                    object?[] years = open ? [range.From.Year] : [range.From.Year, range.To.Year];
                    ReferenceProblem.Report(document, Descriptor, reference, Messages.IdOf(id), [term, .. years, year, .. actual.Take(2)]);
                }
                else if (own is { IsEstimate: false } && range.From > own.Date)
                {
                    ReferenceProblem.Report(
                        document,
                        Descriptor,
                        reference,
                        Messages.IdOf(DateWording.EvidenceId(BeganAfter, own)),
                        DateWording.EvidenceArguments(own, Wording.Ordinal(term), DocumentDate.Format(range.From), DocumentDate.Format(own.Date)));
                }
            }
        });

    /// <summary>
    /// The messages of a term digit that contradicts the year: one per shape of the term's years (ended, or still
    /// running) and per number of terms the year lies in (the year of an election lies in two).
    /// </summary>
    private static IEnumerable<(string Id, string Format)> DigitMessages()
    {
        foreach (var (range, years, next) in new[] { ("", "ran from '{2}' to '{3}'", 4), ("-open", "began in '{2}'", 3) })
        {
            var (year, first, second) = ($"'{{{next}}}'", $"'{{{next + 1}}}'", $"'{{{next + 2}}}'");
            yield return ("digit" + range, $"'{{0}}' carries the term digit '{{1}}', but that term {years}; {year} was in the {first} term.");
            yield return ("digit" + range + "-two", $"'{{0}}' carries the term digit '{{1}}', but that term {years}; {year} was in the {first} or the {second} term.");
            yield return ("digit" + range + "-none", $"'{{0}}' carries the term digit '{{1}}', but that term {years}; {year} is in no term that rules/references.json gives.");
        }
    }
}
