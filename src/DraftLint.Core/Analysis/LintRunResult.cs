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

    /// <summary>
    /// The findings the run counted but did not keep, where its report shows only the most serious (a SARIF log keeps
    /// GitHub's 25,000): they count in the summary and the exit code as the kept ones do.
    /// </summary>
    public FindingCounts Omitted { get; init; }

    /// <summary>Findings of a severity that count (not suppressed), the omitted ones with them.</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity && d.Suppression is null) + Omitted.Of(severity);

    public int Suppressed => Diagnostics.Count(d => d.Suppression is not null) + Omitted.Suppressed;

    /// <summary>Every finding of the run, kept or omitted.</summary>
    public int Total => Diagnostics.Length + Omitted.Total;

    /// <summary>0: no error-level finding; 1: at least one; 2: an input, configuration or engine problem.</summary>
    public int ExitCode =>
        Notifications.Any(n => n.Level == DiagnosticSeverity.Error) ? 2
        : Count(DiagnosticSeverity.Error) > 0 ? 1
        : 0;
}

/// <summary>Findings counted by severity (those not suppressed) and the suppressed ones.</summary>
public readonly record struct FindingCounts(int Errors, int Warnings, int Notes, int Suppressed)
{
    public int Total => Errors + Warnings + Notes + Suppressed;

    public int Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Errors,
        DiagnosticSeverity.Warning => Warnings,
        DiagnosticSeverity.Note => Notes,
        _ => 0,
    };

    /// <summary>These counts with <paramref name="diagnostic"/> counted.</summary>
    public FindingCounts With(Diagnostic diagnostic) => diagnostic switch
    {
        { Suppression: not null } => this with { Suppressed = Suppressed + 1 },
        { Severity: DiagnosticSeverity.Error } => this with { Errors = Errors + 1 },
        { Severity: DiagnosticSeverity.Warning } => this with { Warnings = Warnings + 1 },
        _ => this with { Notes = Notes + 1 },
    };
}
