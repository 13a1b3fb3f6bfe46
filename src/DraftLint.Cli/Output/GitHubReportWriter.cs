using System.Globalization;
using System.Text;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Rules;

namespace DraftLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…,title=DR2001 …::message</c>) for runs that
/// annotate pull requests without uploading SARIF, values escaped as the runner unescapes them. A step shows at most
/// <see cref="MaxPerType"/> annotations of each type and drops the rest silently, so the most serious come first
/// across all files, the rest are printed as plain log lines, and one annotation says how many were not shown.
/// With <see cref="ReportOptions.StepSummaryPath"/> the whole report is appended as the job summary, which has no cap.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    /// <summary>The runner's cap per annotation type and step (_maxCountPerIssueType in actions/runner).</summary>
    public const int MaxPerType = 10;

    public void Write(RunReport report, TextWriter writer)
    {
        var result = report.Result;
        var shown = TextReportWriter.Reported(report).ToList();

        // Most serious first; within a level, problems of the run before findings, each in the run's order.
        var annotations = result.Notifications.Select(n => (Level: n.Level, Line: Annotation(n), Text: n.ToString()))
            .Concat(shown.Select(d => (Level: d.Severity, Line: Annotation(d), Text: TextReportWriter.Line(d))))
            .Select((a, index) => (a.Level, a.Line, a.Text, index))
            .OrderByDescending(a => a.Level)
            .ThenBy(a => a.index)
            .ToList();

        var perType = annotations.GroupBy(a => Command(a.Level)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // The annotation that says what was left out takes a place of the most serious type that overflows.
        var carrier = annotations.Select(a => Command(a.Level)).FirstOrDefault(c => perType[c] > MaxPerType);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        var hidden = new List<string>();
        var hiddenCounts = new Dictionary<DiagnosticSeverity, int>();
        foreach (var (level, line, text, _) in annotations)
        {
            var command = Command(level);
            var room = command == carrier ? MaxPerType - 1 : MaxPerType;
            if ((written[command] = written.GetValueOrDefault(command) + 1) <= room)
            {
                writer.WriteLine(line);
            }
            else
            {
                hidden.Add(text);
                hiddenCounts[level] = hiddenCounts.GetValueOrDefault(level) + 1;
            }
        }

        if (carrier is not null)
        {
            var counts = hiddenCounts.OrderByDescending(c => c.Key).Select(c => Wording.Quantity(c.Value, LevelWord(c.Key)));
            var where = report.Options.StepSummaryPath is null ? "they are listed in the log below" : "the job summary and the log list them";
            var message = $"{Wording.Quantity(hidden.Count, "more finding")} not shown as annotations ({string.Join(", ", counts)}): GitHub shows {MaxPerType} of each type per step; {where}";
            writer.WriteLine($"::{carrier} title={Property("DraftLint")}::{Data(message)}");
            foreach (var text in hidden)
            {
                writer.WriteLine(text);
            }
        }

        writer.WriteLine(TextReportWriter.Summary(result));

        if (report.Options.StepSummaryPath is { } path)
        {
            try
            {
                File.AppendAllText(path, StepSummary(report, shown), new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The annotations and the log stand; the summary is an extra.
                writer.WriteLine($"::warning title=DraftLint::{Data($"cannot write the job summary to {path}: {ex.Message}")}");
            }
        }
    }

    private static string Annotation(ToolNotification notification)
    {
        // Properties follow the command after one space, separated by commas (the runner's ActionCommand.TryParseV2).
        var file = notification.FilePath is null ? "" : $"file={Property(notification.FilePath)}," + (notification.Line is int l ? $"line={l}," : "") + (notification.Column is int c ? $"col={c}," : "");
        return $"::{Command(notification.Level)} {file}title={notification.Id}::{Data(notification.Message)}";
    }

    private static string Annotation(Diagnostic diagnostic)
    {
        // A Word document or PDF has no lines GitHub could show: the annotation names the file, and its title the place.
        if (diagnostic.Location.Place is { } place)
        {
            return $"::{Command(diagnostic.Severity)} file={Property(diagnostic.Location.FilePath)},"
                + $"title={Property($"{diagnostic.Id} {diagnostic.Descriptor.Title} ({place})")}::{Data(diagnostic.Message)}";
        }

        var span = diagnostic.Location.LineSpan;
        return $"::{Command(diagnostic.Severity)} file={Property(diagnostic.Location.FilePath)},line={span.Start.Line},col={span.Start.Column},"
            + $"endLine={span.End.Line},endColumn={span.End.Column},title={Property($"{diagnostic.Id} {diagnostic.Descriptor.Title}")}::{Data(diagnostic.Message)}";
    }

    /// <summary>The job summary in GitHub-flavoured markdown: the summary line, the run's problems, counts per rule, and a table per file.</summary>
    public static string StepSummary(RunReport report, IReadOnlyList<Diagnostic> findings)
    {
        var result = report.Result;
        var md = new StringBuilder();
        md.Append("## DraftLint\n\n").Append(Cell(TextReportWriter.Summary(result))).Append("\n\n");
        if (report.Baseline is not null)
        {
            md.Append("Only the findings that are new against the baseline are listed.\n\n");
        }

        if (result.Notifications.Length > 0)
        {
            md.Append("| Problem | Where | Message |\n| --- | --- | --- |\n");
            foreach (var n in result.Notifications)
            {
                var where = n.FilePath is null ? "" : n.Line is int l ? $"{n.FilePath}:{l}" : n.FilePath;
                md.Append(CultureInfo.InvariantCulture, $"| {LevelWord(n.Level)} {n.Id} | {Cell(where)} | {Cell(n.Message)} |\n");
            }

            md.Append('\n');
        }

        if (findings.Count == 0)
        {
            return md.ToString();
        }

        md.Append("| Rule | Errors | Warnings | Notes |\n| --- | ---: | ---: | ---: |\n");
        foreach (var rule in findings.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {rule.Key} {Cell(rule.First().Descriptor.Title)} | {rule.Count(d => d.Severity == DiagnosticSeverity.Error)} | {rule.Count(d => d.Severity == DiagnosticSeverity.Warning)} | {rule.Count(d => d.Severity == DiagnosticSeverity.Note)} |\n");
        }

        var documents = result.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        foreach (var file in findings.GroupBy(d => d.Location.FilePath, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n### {Cell(file.Key)}\n\n");
            if (documents.TryGetValue(file.Key, out var document))
            {
                md.Append(CultureInfo.InvariantCulture, $"Language {document.Language}; document date {Cell(document.DocumentDateDescription ?? "not known")}.\n\n");
            }

            md.Append("| Line | Level | Rule | Message |\n| ---: | --- | --- | --- |\n");
            foreach (var d in file)
            {
                var where = d.Location.Place is { } place ? place.ToString() : $"{d.Location.LineSpan.Start.Line}:{d.Location.LineSpan.Start.Column}";
                md.Append(CultureInfo.InvariantCulture, $"| {where} | {LevelWord(d.Severity)} | {d.Id} | {Cell(d.Message)} |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>Text in a markdown table cell: a pipe would end the cell, a line break the row.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string LevelWord(DiagnosticSeverity severity) => severity.ToName();

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
