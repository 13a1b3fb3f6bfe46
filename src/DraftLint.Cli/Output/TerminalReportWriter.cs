using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>
/// The text report for a person at a terminal: findings grouped under their file, whose header line gives the
/// document's language and date, in columns, with colour unless asked not to (--no-color, NO_COLOR). Where the output
/// goes to a file, a pipe or a CI log, the compiler's one-line format (<see cref="TextReportWriter"/>) is written
/// instead, which problem matchers read.
/// </summary>
internal sealed class TerminalReportWriter(bool colour) : IReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    /// <summary>Colour is for terminals that show it: not with NO_COLOR set (https://no-color.org) or TERM=dumb.</summary>
    public static bool ColourWanted(bool noColorOption) =>
        !noColorOption
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public void Write(RunReport report, TextWriter writer)
    {
        var result = report.Result;
        foreach (var notification in result.Notifications)
        {
            writer.WriteLine(Paint(notification.ToString(), notification.Level == DiagnosticSeverity.Error ? Red : Yellow));
        }

        var documents = result.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        foreach (var file in TextReportWriter.Reported(report).GroupBy(d => d.Location.FilePath, StringComparer.Ordinal))
        {
            var findings = file.ToList();
            var about = documents.TryGetValue(file.Key, out var document)
                ? $"  {Paint($"{document.Language}, {document.DocumentDateDescription ?? "date not known"}", Dim)}"
                : "";
            writer.WriteLine();
            writer.WriteLine($"{Paint(file.Key, Bold)}{about}");
            var places = findings.Select(d => TextReportWriter.Position(d.Location).Replace(',', ':')).ToList();
            var width = places.Max(p => p.Length);
            for (var i = 0; i < findings.Count; i++)
            {
                var d = findings[i];
                var level = TextReportWriter.Level(d.Severity);
                writer.WriteLine($"  {Paint(places[i].PadRight(width), Dim)}  {Paint(level.PadRight(7), LevelColour(d.Severity))}  {Paint(d.Id, Dim)}  {d.Message}");
            }
        }

        writer.WriteLine();
        var summary = TextReportWriter.Summary(result);
        writer.WriteLine(Paint(summary, result.Count(DiagnosticSeverity.Error) > 0 || result.Notifications.Any(n => n.Level == DiagnosticSeverity.Error) ? Red + Bold : Bold));
        if (report.Baseline is { } baseline)
        {
            writer.WriteLine(TextReportWriter.BaselineSummary(baseline));
        }
    }

    private static string LevelColour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Red,
        DiagnosticSeverity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string text, string style) => colour ? style + text + Reset : text;
}
