using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>Everything a report writer needs to know about a run.</summary>
internal sealed record RunReport(LintRunResult Result, IReadOnlyList<DiagnosticDescriptor> Rules, Func<DiagnosticDescriptor, DiagnosticSeverity> BaseSeverity, string RootDirectory, IReadOnlyList<string> ConfigurationFiles, string CommandLine)
{
    /// <summary>The comparison with --baseline, where one was given.</summary>
    public Baseline? Baseline { get; init; }

    public ReportOptions Options { get; init; } = new();

    /// <summary>The findings' fingerprints and line hashes, taken as the run went; null where the findings still hold their texts.</summary>
    public FindingKeys? Keys { get; init; }

    /// <summary>The keys, taken now from the findings' texts where the run did not take them.</summary>
    public FindingKeys GetKeys() => Keys ?? FindingKeys.Of(Result.Diagnostics, Options.FingerprintRoot ?? RootDirectory);
}

/// <summary>Writes a run in one output format.</summary>
internal interface IReportWriter
{
    void Write(RunReport report, TextWriter writer);
}
