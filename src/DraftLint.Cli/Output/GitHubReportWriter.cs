using DraftLint.Diagnostics;
using Microsoft.CodeAnalysis.Sarif;

namespace DraftLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding (<c>::warning file=…,line=…,col=…,title=DR2001 …::message</c>),
/// for runs that annotate pull requests without uploading SARIF. Values are escaped as the runner expects.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    public void Write(RunReport report, TextWriter writer)
    {
        var result = report.Result;
        foreach (var notification in result.Notifications)
        {
            // Properties follow the command after one space, separated by commas (the runner's ActionCommand.TryParseV2).
            var file = notification.FilePath is null ? "" : $"file={Property(notification.FilePath)}," + (notification.Line is int l ? $"line={l}," : "") + (notification.Column is int c ? $"col={c}," : "");
            writer.WriteLine($"::{Command(notification.Level)} {file}title={notification.Id}::{Data(notification.Message)}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Suppression is not null || (report.Baseline is { } baseline && baseline.States[diagnostic] != BaselineState.New))
            {
                continue;
            }

            var span = diagnostic.Location.LineSpan;
            writer.WriteLine(
                $"::{Command(diagnostic.Severity)} file={Property(diagnostic.Location.FilePath)},line={span.Start.Line},col={span.Start.Column},"
                + $"endLine={span.End.Line},endColumn={span.End.Column},title={Property($"{diagnostic.Id} {diagnostic.Descriptor.Title}")}::{Data(diagnostic.Message)}");
        }

        writer.WriteLine(TextReportWriter.Summary(result));
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a message: %, CR and LF.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as data, and ':' and ','.</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
