using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.References;

/// <summary>DR4004: a Rules of Procedure number that, at the document's date, belongs to another term's edition.</summary>
public sealed class DR4004RulesOfProcedureNumber : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4004",
        "Rule number from another term",
        "Rule '{0}' is the rule for '{1}' in the Rules of Procedure of the '{2}' term; on '{3}', in the '{4}' term, that is '{5}'.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The Rules of Procedure are renumbered between terms: a motion winding up a debate on statements cites Rule 110 in the 7th term, 123 in the 8th, 132 in the 9th "
        + "and 136 in the 10th. rules/rules-of-procedure.json gives each term's numbers; a citation of a number that belongs to another term's edition is reported "
        + "with the number in force at the document's date. Numbers the table does not know are not reported.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            if (document.SemanticModel.DocumentDate is not { } own)
            {
                return;
            }

            var table = document.Data.Get<RulesOfProcedureData>("rules-of-procedure.json");
            var current = table.Terms.FirstOrDefault(t => t.From <= own.Date && own.Date <= t.To);
            if (current is null)
            {
                return;
            }

            foreach (var reference in document.SemanticModel.References.Where(r => r.Kind == ReferenceKind.RuleOfProcedure))
            {
                if (Matches(current, reference) is not null)
                {
                    continue;
                }

                var other = table.Terms.Where(t => t != current).Select(t => (Term: t, Rule: Matches(t, reference))).FirstOrDefault(m => m.Rule is not null);
                if (other.Rule is not { } rule)
                {
                    continue;
                }

                // Only where the table gives the number in force: the table holds a few rules of each edition, and a number
                // it does not give for the document's term may well be another rule of that term (B7-0482/2013's "Rule
                // 115(5)" is the 7th term's oral questions, not the 6th term's urgencies).
                var inForce = current.Rules.FirstOrDefault(r => r.Procedure == rule.Procedure);
                if (inForce is null)
                {
                    continue;
                }

                var replacement = $"Rule {inForce.Rule}" + (reference.Paragraph is { } p && inForce.Paragraphs.Length > 0 ? $"({Corresponding(rule, inForce, p)})" : "");
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, reference.SourceSpan),
                    [Written(reference), rule.Procedure, Wording.Ordinal(other.Term.Term), DocumentDate.Format(own.Date), Wording.Ordinal(current.Term), replacement],
                    logicalLocation: reference.DisplayName));
            }
        });

    private static RuleNumber? Matches(RulesOfProcedureTerm term, ReferenceMention reference) =>
        term.Rules.FirstOrDefault(r => r.Rule == reference.Number && (reference.Paragraph is null || r.Paragraphs.Length == 0 || r.Paragraphs.Contains(reference.Paragraph)));

    /// <summary>The paragraph in force that plays the part the cited one played (the joint-motion paragraph for the joint-motion paragraph).</summary>
    private static string Corresponding(RuleNumber cited, RuleNumber inForce, string paragraph)
    {
        var index = Array.IndexOf(cited.Paragraphs, paragraph);
        return index >= 0 && index < inForce.Paragraphs.Length ? inForce.Paragraphs[index] : inForce.Paragraphs[^1];
    }

    private static string Written(ReferenceMention reference) =>
        reference.Paragraph is { } p ? $"{reference.Number}({p})" : reference.Number!;
}
