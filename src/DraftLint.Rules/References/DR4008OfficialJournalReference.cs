using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.References;

/// <summary>DR4008: an Official Journal reference in a form its date rules out (a C … E volume after April 2014; page form after October 2023, or act form before).</summary>
public sealed class DR4008OfficialJournalReference : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4008",
        "Official Journal reference form",
        "'{0}' has a date that does not exist.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Official Journal references ('OJ L 222, 20.8.2008, p. 1', Dutch 'PB') follow the Journal's history (rules/references.json): the C … E series ended on "
        + "1 April 2014, and since 1 October 2023 the Journal is published act by act without page numbers ('OJ C, C/2023/467, 1.12.2023'). "
        + "A form its date rules out, or a date that does not exist, is reported.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats =
        [
            (SeriesE, "'{0}' is in the C … E series, which ended on '{1}'."),
            (ActByAct, "'{0}' cites an issue and a page, but since '{1}' the Official Journal is published act by act: cite it as '{2}'."),
            (IssueAndPage, "'{0}' cites an act number, but before '{1}' the Official Journal was cited by issue and page."),
            (NoPage, "'{0}' has no page ('p. 1')."),
        ],
    };

    private const string SeriesE = "series-e";
    private const string ActByAct = "act-by-act";
    private const string IssueAndPage = "issue-and-page";
    private const string NoPage = "no-page";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var data = document.Data.Get<ReferenceData>("references.json");
            foreach (var reference in document.SemanticModel.References.Where(r => r.Kind == ReferenceKind.OfficialJournal))
            {
                (string Id, object?[] Arguments)? problem = null;
                if (reference.Date is not { } date)
                {
                    problem = (DiagnosticDescriptor.DefaultMessageId, []);
                }
                else if (reference.SeriesE && date >= data.OjSeriesEEnded)
                {
                    problem = (SeriesE, [DocumentDate.Format(data.OjSeriesEEnded)]);
                }
                else if (reference.Act is null && date >= data.OjActByActFrom)
                {
                    problem = (ActByAct, [DocumentDate.Format(data.OjActByActFrom), $"{reference.Value.Split(' ')[0]} {reference.Type}, {reference.Type}/{date.Year}/…, {date.Day}.{date.Month}.{date.Year}"]);
                }
                else if (reference.Act is not null && date < data.OjActByActFrom)
                {
                    problem = (IssueAndPage, [DocumentDate.Format(data.OjActByActFrom)]);
                }
                else if (reference.Act is null && reference.Page is null)
                {
                    problem = (NoPage, []);
                }

                if (problem is var (id, arguments))
                {
                    ReferenceProblem.Report(document, Descriptor, reference, id, arguments);
                }
            }
        });
}
