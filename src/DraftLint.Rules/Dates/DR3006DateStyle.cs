using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3006: a date not written as the EU Interinstitutional Style Guide writes it (no ordinals, day month year, no leading zero).</summary>
public sealed class DR3006DateStyle : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3006",
        "Date style",
        "'{0}' {1}; the EU style is '{2}'.",
        "Style",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "The Interinstitutional Style Guide writes dates as '3 February 2012': no ordinal ('3rd'), the day before the month, "
        + "no comma, no leading zero ('03'), also in numeric dates ('20.8.2008').");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            foreach (var date in document.SemanticModel.Dates)
            {
                // A date that cannot exist is DR3002's; its style is beside the point ('00 February' is not '0 February').
                if (!date.IsValid)
                {
                    continue;
                }

                var text = date.Item.Text;
                string? problem = null;
                CodeFix? fix = null;
                var styled = "";
                if (date.OrdinalRange is { } ordinal)
                {
                    problem = "uses an ordinal";
                    styled = Without(date, ordinal);
                    fix = new CodeFix("Remove the ordinal suffix", [new TextEdit(text.ToSource(ordinal), "")]);
                }
                else if (date.LeadingZeroRange is { } zero)
                {
                    problem = "has a leading zero";
                    styled = Without(date, zero);
                    fix = new CodeFix("Remove the leading zero", [new TextEdit(text.ToSource(zero), "")]);
                }
                else if (date.MonthFirst && date is { Day: int day, Year: int year })
                {
                    var monthText = date.Text.Split(' ', '.')[0];
                    problem = "puts the month before the day";
                    styled = $"{day} {monthText} {year}";
                    fix = CodeFix.Replace("Write the day before the month", date.SourceSpan, styled);
                }

                if (problem is not null && text.IsContiguous(date.Range))
                {
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, date.SourceSpan),
                        [date.Text, problem, styled],
                        fix: fix,
                        logicalLocation: date.Item.DisplayName));
                }
                else if (problem is not null)
                {
                    // Across a line break the fix's span would cover the break: report without a fix.
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, date.SourceSpan),
                        [date.Text, problem, styled],
                        fix: fix is { Edits: [var edit] } && edit.Span.Length <= 2 ? fix : null,
                        logicalLocation: date.Item.DisplayName));
                }
            }
        });

    private static string Without(DateMention date, Text.TextSpan part) =>
        date.Text.Remove(part.Start - date.Range.Start, part.Length);
}
