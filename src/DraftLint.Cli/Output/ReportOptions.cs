namespace DraftLint.Cli.Output;

/// <summary>What the command line asked of the report, beyond the run itself: the one options model the writers read.</summary>
internal sealed record ReportOptions
{
    /// <summary>
    /// The SARIF run's category (<c>automationDetails.id</c> "category/"); null writes no automationDetails, so that the
    /// upload-sarif action's own <c>category</c> input applies (it is ignored where the log has automationDetails).
    /// </summary>
    public string? Category { get; init; }

    /// <summary>Whether SARIF keeps the baseline's findings that are gone, as absent results (code scanning would open them again).</summary>
    public bool IncludeAbsent { get; init; }

    /// <summary>The folder fingerprints' paths are relative to (<see cref="Fingerprints.Root"/>); null: the run's working folder.</summary>
    public string? FingerprintRoot { get; init; }

    /// <summary>The git repository the run's working folder is in, for SARIF's versionControlProvenance; null outside one.</summary>
    public GitProvenance? VersionControl { get; init; }

    /// <summary>--quiet: the text and github reports show only error-level findings (the summary still counts all).</summary>
    public bool Quiet { get; init; }

    /// <summary>--max-warnings: more warnings than this (new ones, with a baseline) make the run exit with 1.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>Where --format github appends the job summary (the file $GITHUB_STEP_SUMMARY names); null writes none.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>--no-color: the terminal report without colour.</summary>
    public bool NoColor { get; init; }

    /// <summary>The report goes to a terminal a person reads: the text report is grouped by file (TerminalReportWriter).</summary>
    public bool Terminal { get; init; }

    /// <summary>--pretty: SARIF and JSON reports indented for reading; compact by default (a third of the size).</summary>
    public bool Pretty { get; init; }
}
