using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.References;

/// <summary>DR4005: a reference that is not in its form: "Rule 135 (5)", an unknown procedure type, number 0000.</summary>
public sealed class DR4005MalformedReference : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4005",
        "Malformed reference",
        "'{0}' {1}.",
        "References",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "References follow fixed forms: Rule 135(5) with no space before the paragraph, procedure type codes from a closed list (COD, RSP, INI …, in "
        + "rules/references.json), document and text numbers from 0001. Where the form is clear, the fix writes it.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var data = document.Data.Get<ReferenceData>("references.json");
            foreach (var reference in document.SemanticModel.References)
            {
                CodeFix? fix = null;
                string? problem = null;
                if (reference.StraySpace is { } space)
                {
                    problem = $"has a space before the paragraph; write '{reference.Number}({reference.Paragraph})'";
                    fix = CodeFix.Replace("Remove the space", reference.Text.ToSource(space), "");
                }
                else if (reference.Kind == ReferenceKind.Procedure && !data.ProcedureTypes.Contains(reference.Type))
                {
                    problem = $"has the procedure type '{reference.Type}', which is not one of {string.Join(", ", data.ProcedureTypes)}";
                }
                else if (reference.Number is "0000")
                {
                    problem = "has the number 0000, which no document or text has";
                }

                if (problem is not null)
                {
                    ReferenceProblem.Report(document, Descriptor, reference, problem, fix);
                }
            }
        });
}
