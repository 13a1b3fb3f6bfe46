using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>
/// What `draftlint versions` shows: the pairs of language versions in a run as they are compared (the version compared
/// with first) and how their items were aligned, so that a
/// reviewer sees which items the DR6 rules compared. It reports nothing; run it alone, and read <see cref="Lines"/>.
/// </summary>
public sealed class VersionAlignmentView : DiagnosticAnalyzer
{
    private readonly List<string> _lines = [];

    // The alignment is DR6001's: the view takes part in a file where DR6001 does (the engine asks an analyzer's rules
    // whether a file is theirs), and reports nothing under it.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [DR6001ItemMissingInVersion.Descriptor];

    /// <summary>The alignment of every pair, after the run: a header per pair, then one line per step.</summary>
    public IReadOnlyList<string> Lines => _lines;

    public override void Initialize(AnalysisContext context) =>
        context.RegisterCrossDocumentAction(LanguageVersions.Summarise, run =>
        {
            foreach (var pair in VersionsAnalyzer.Comparisons(run).SelectMany(text => text))
            {
                var (first, second) = (pair.First, pair.Second);
                if (pair.AreStages)
                {
                    _lines.Add($"{first.Path} ({first.Language}, '{first.Summary.StageText}') and {second.Path} ({second.Language}, '{second.Summary.StageText}'): different stages, not aligned");
                    continue;
                }

                _lines.Add($"{first.Path} ({first.Language}) and {second.Path} ({second.Language})");
                foreach (var (kind, steps) in pair.Alignments)
                {
                    foreach (var step in steps)
                    {
                        var left = step.First is { } a ? $"{a.DisplayName} ({Line(run, first.Path, a)})" : "—";
                        var right = step.Second is { } b ? $"{b.DisplayName} ({Line(run, second.Path, b)})" : "—";
                        var note = step.First is null || step.Second is null ? "   missing in one version" : "";
                        _lines.Add($"  {left,-28} {right,-28}{note}".TrimEnd());
                    }
                }
            }
        });

    private static string Line(CrossDocumentAnalysisContext<VersionSummary> run, string path, VersionItem item) =>
        $"line {run.Locate(path, item.Span).LineSpan.Start.Line}";
}
