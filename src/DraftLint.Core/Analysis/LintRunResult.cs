using System.Collections.Immutable;
using DraftLint.Diagnostics;

namespace DraftLint.Analysis;

/// <summary>What one document's analysis learned besides diagnostics, for the run's summary and SARIF properties.</summary>
/// <param name="Path">The path used in reports.</param>
/// <param name="Language">The language code the document was read in.</param>
/// <param name="Shape">"resolution" or "prose".</param>
/// <param name="DocumentDate">The document's own date (yyyy-MM-dd), or null where nothing tells it.</param>
/// <param name="DocumentDateSource">Where the date came from, as a kind ("title", "tablingDate", "latestStatedDate" …).</param>
/// <param name="DocumentDateDescription">The date and its evidence in words, as the text report prints it.</param>
public sealed record DocumentInfo(string Path, string Language, string Shape, string? DocumentDate, string? DocumentDateSource, string? DocumentDateDescription = null);

/// <summary>The outcome of a run: diagnostics in deterministic order, notifications, and what was analysed.</summary>
public sealed record LintRunResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<ToolNotification> Notifications,
    ImmutableArray<DocumentInfo> Documents)
{
    public int FilesAnalyzed => Documents.Length;

    /// <summary>Findings of a severity that count (not suppressed).</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity && d.Suppression is null);

    public int Suppressed => Diagnostics.Count(d => d.Suppression is not null);

    /// <summary>0: no error-level finding; 1: at least one; 2: an input, configuration or engine problem.</summary>
    public int ExitCode =>
        Notifications.Any(n => n.Level == DiagnosticSeverity.Error) ? 2
        : Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Suppression is null) ? 1
        : 0;
}
