using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using Humanizer;

namespace DraftLint.Cli.Output;

/// <summary>
/// The compiler's format, one finding a line — <c>path(line,col): warning DR1001: message</c>, notes as "info" —
/// which VS Code's $msCompile problem matcher and CI log parsers pick up, then a summary line.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    public void Write(RunReport report, TextWriter writer)
    {
        var result = report.Result;
        foreach (var notification in result.Notifications)
        {
            writer.WriteLine(notification.ToString());
        }

        // With a baseline, only what is new is printed: the rest was there before.
        foreach (var diagnostic in Reported(report))
        {
            writer.WriteLine(Line(diagnostic));
        }

        foreach (var document in result.Documents.Where(d => d.DocumentDate is not null && result.Documents.Length <= 20))
        {
            writer.WriteLine($"{document.Path}: document date {document.DocumentDateDescription}");
        }

        writer.WriteLine(Summary(result));
        if (report.Baseline is { } baseline)
        {
            writer.WriteLine(BaselineSummary(baseline));
        }
    }

    /// <summary>"Against the baseline: 2 new, 70 unchanged, 1 updated, 3 absent".</summary>
    public static string BaselineSummary(Baseline baseline) =>
        $"Against the baseline: {baseline.Count(Microsoft.CodeAnalysis.Sarif.BaselineState.New)} new, {baseline.Count(Microsoft.CodeAnalysis.Sarif.BaselineState.Unchanged)} unchanged, {baseline.Count(Microsoft.CodeAnalysis.Sarif.BaselineState.Updated)} updated, {baseline.Absent.Count} absent";

    /// <summary>
    /// The findings the text and github reports list: not suppressed, new against a baseline, and with --quiet only
    /// the error-level ones.
    /// </summary>
    public static IEnumerable<Diagnostic> Reported(RunReport report) =>
        report.Result.Diagnostics.Where(d => d.Suppression is null
            && (report.Baseline is not { } baseline || baseline.States[d] == Microsoft.CodeAnalysis.Sarif.BaselineState.New)
            && (!report.Options.Quiet || d.Severity == DiagnosticSeverity.Error));

    /// <summary>
    /// A finding in the compiler's format: <c>path(line,col): warning DR1001: message</c>. In a Word document or a
    /// PDF the place is the paragraph, page or footnote (<c>draft.docx(paragraph 14): …</c>): a line of the text
    /// DraftLint rendered from it is nowhere a drafter can go.
    /// </summary>
    public static string Line(Diagnostic diagnostic) =>
        $"{diagnostic.Location.FilePath}({Position(diagnostic.Location)}): {Level(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";

    /// <summary>"12,5" in a text file; "paragraph 14", "page 3", "footnote 2" in a document.</summary>
    public static string Position(Location location)
    {
        if (location.Place is { } place)
        {
            return place.ToString();
        }

        var start = location.LineSpan.Start;
        return $"{start.Line},{start.Column}";
    }

    /// <summary>The compiler's word for a level: notes print as "info", which VS Code's $msCompile matcher and CI log parsers read.</summary>
    public static string Level(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Note ? "info" : severity.ToName();

    /// <summary>"3 errors, 12 warnings and 1 note in 5 files", or "No problems in 5 files".</summary>
    public static string Summary(LintRunResult result)
    {
        var parts = new List<string>();
        foreach (var (severity, word) in new[] { (DiagnosticSeverity.Error, "error"), (DiagnosticSeverity.Warning, "warning"), (DiagnosticSeverity.Note, "note") })
        {
            var count = result.Count(severity);
            if (count > 0)
            {
                parts.Add(Wording.Quantity(count, word));
            }
        }

        var problems = result.Notifications.Count(n => n.Level == DiagnosticSeverity.Error);
        var files = Wording.Quantity(result.FilesAnalyzed, "file");

        // "No problems" only where there were none: a run with a file or configuration problem found "no findings".
        var findings = result.FilesAnalyzed == 0 ? (problems == 0 ? $"No text to lint (folders are searched for {string.Join(", ", InputFiles.Extensions)} files)" : "Nothing linted")
            : parts.Count > 0 ? $"{Wording.SentenceCase(parts.Humanize("and"))} in {files}"
            : problems == 0 ? $"No problems in {files}"
            : $"No findings in {files}";
        if (result.Suppressed > 0)
        {
            findings += $" ({result.Suppressed} suppressed)";
        }

        return problems == 0 ? findings : $"{findings}; {Wording.Quantity(problems, "file or configuration problem")} (exit code 2)";
    }
}
