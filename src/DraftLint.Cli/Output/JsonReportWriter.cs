using System.Text.Json;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>A plain JSON report for scripts: documents, diagnostics and notifications with positions.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public void Write(RunReport report, TextWriter writer)
    {
        var result = report.Result;
        var document = new
        {
            tool = new { name = "draftlint", version = ToolInfo.Version },
            documents = result.Documents,
            diagnostics = result.Diagnostics.Select(d => new
            {
                id = d.Id,
                severity = d.Severity.ToName(),
                file = d.Location.FilePath,
                line = d.Location.LineSpan.Start.Line,
                column = d.Location.LineSpan.Start.Column,
                endLine = d.Location.LineSpan.End.Line,
                endColumn = d.Location.LineSpan.End.Column,
                message = d.Message,
                logicalLocation = d.LogicalLocation,
                suppressed = d.Suppression?.Justification,
                related = d.AdditionalLocations.Select(l => new { file = l.FilePath, line = l.LineSpan.Start.Line, column = l.LineSpan.Start.Column, message = l.Message }),
                fix = d.Fix is null ? null : new
                {
                    title = d.Fix.Title,
                    edits = d.Fix.Edits.Select(e => new { offset = e.Span.Start, length = e.Span.Length, newText = e.NewText }),
                },
            }),
            notifications = result.Notifications.Select(n => new { id = n.Id, level = n.Level.ToName(), file = n.FilePath, line = n.Line, column = n.Column, message = n.Message }),
            summary = TextReportWriter.Summary(result),
            exitCode = result.ExitCode,
        };
        writer.WriteLine(JsonSerializer.Serialize(document, Options));
    }
}
