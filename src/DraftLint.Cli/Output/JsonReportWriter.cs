using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>
/// A plain JSON report for scripts: documents, diagnostics and notifications with positions. In a Word document or a
/// PDF, line and column are those of the text DraftLint rendered from it, and paragraph, page or footnote say where
/// the finding is in the document itself. Serialised straight to the output as the diagnostics are read (compact, or
/// indented with --pretty), never held whole as one string.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonReportContext Indented = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true });

    public void Write(RunReport report, TextWriter writer)
    {
        var result = report.Result;
        var document = new JsonReport(
            new JsonTool("draftlint", ToolInfo.Version),
            result.Documents,
            result.Diagnostics.Select(d => new JsonDiagnostic(
                d.Id,
                d.Severity.ToName(),
                d.Location.FilePath,
                d.Location.LineSpan.Start.Line,
                d.Location.LineSpan.Start.Column,
                d.Location.LineSpan.End.Line,
                d.Location.LineSpan.End.Column,
                d.Message,
                d.LogicalLocation,
                d.Suppression?.Justification,
                [.. d.AdditionalLocations.Select(l => new JsonRelated(l.FilePath, l.LineSpan.Start.Line, l.LineSpan.Start.Column, l.Message))],
                d.Fix is null ? null : new JsonFix(d.Fix.Title, [.. d.Fix.Edits.Select(e => new JsonEdit(e.Span.Start, e.Span.Length, e.NewText))]),
                d.Location.Place?.Paragraph,
                d.Location.Place?.Page,
                d.Location.Place?.Note)),
            [.. result.Notifications.Select(n => new JsonNotification(n.Id, n.Level.ToName(), n.FilePath, n.Line, n.Column, n.Message))],
            TextReportWriter.Summary(result),
            result.ExitCode);
        using (var stream = new TextWriterStream(writer))
        {
            JsonSerializer.Serialize(stream, document, (report.Options.Pretty ? Indented : JsonReportContext.Default).JsonReport);
        }

        writer.WriteLine();
    }
}

// The report's shape, in the order its properties are written. Records rather than anonymous types so that the
// serializer is source-generated (no reflection at run time, and a native build can write the report).
internal sealed record JsonReport(
    JsonTool Tool,
    ImmutableArray<DocumentInfo> Documents,
    IEnumerable<JsonDiagnostic> Diagnostics,
    ImmutableArray<JsonNotification> Notifications,
    string Summary,
    int ExitCode);

internal sealed record JsonTool(string Name, string Version);

internal sealed record JsonDiagnostic(
    string Id,
    string Severity,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message,
    string? LogicalLocation,
    string? Suppressed,
    ImmutableArray<JsonRelated> Related,
    JsonFix? Fix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Paragraph,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Footnote);

internal sealed record JsonRelated(string File, int Line, int Column, string? Message);

internal sealed record JsonFix(string Title, ImmutableArray<JsonEdit> Edits);

internal sealed record JsonEdit(int Offset, int Length, string NewText);

internal sealed record JsonNotification(string Id, string Level, string? File, int? Line, int? Column, string Message);

// Metadata only, no fast path: the fast path writes the whole report into one buffer before the stream sees any of it.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
