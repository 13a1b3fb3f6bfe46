using DraftLint.Analysis;
using DraftLint.Syntax;

namespace DraftLint.Cli;

/// <summary>`draftlint syntax FILE`: prints the document tree the rules see, to check how a text was read.</summary>
internal static class SyntaxDump
{
    /// <summary>Analyses the file as lint does (same engine, same configuration layers) and prints what the engine read.</summary>
    public static int Write(FileInfo file, Configuration.CommandLineSettings settings, TextWriter stdout, TextWriter stderr)
    {
        Text.SourceText source;
        try
        {
            source = Documents.DocumentInputs.FromFile(file.FullName).Load();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            stderr.WriteLine($"{file}: error {ToolNotification.UnreadableFile}: cannot read the file: {ex.Message}");
            return 2;
        }

        using var session = LintSession.Create(settings);
        var analysis = session.Engine.Analyze(source, session.Configuration.ForFile(file.FullName));
        var document = analysis.Syntax;
        stdout.WriteLine($"{InputFiles.Display(file.FullName)}: {document.Shape.ToString().ToLowerInvariant()}, language {document.Language}");
        stdout.WriteLine($"  {document.Header.Length} header, {document.Citations.Length} citations, {document.Recitals.Length} recitals, {document.Paragraphs.Length} paragraphs, {document.Prose.Length} prose blocks, {document.Footnotes.Length} footnotes");
        foreach (var item in document.Items)
        {
            Print(item, "  ", stdout);
        }

        foreach (var footnote in document.Footnotes)
        {
            var marker = footnote.MarkerSpan is { } m ? $" marker at {source.GetLinePosition(m.Start)}" : "";
            stdout.WriteLine($"  ({source.GetLinePosition(footnote.Span.Start)}) footnote {footnote.Number?.ToString() ?? "(number lost)"}{marker}: {footnote.Text.Value}");
        }

        var semantic = analysis.SemanticModel;
        stdout.WriteLine($"  document date: {semantic.DocumentDate?.Describe() ?? "unknown"}");
        foreach (var date in semantic.Dates)
        {
            var year = date.Year is int y ? (date.YearFromList ? $"{y} (from its list)" : $"{y}") : "no year";
            stdout.WriteLine($"  ({source.GetLinePosition(date.SourceSpan.Start)}) date '{date.Text}': {date.Form}, {year}, {date.Context.ToString().ToLowerInvariant()} in {date.Item.DisplayName}");
        }

        return 0;
    }

    private static void Print(ItemSyntax item, string indent, TextWriter stdout)
    {
        var text = item.Text.Value;
        var shown = text.Length > 90 ? text[..87] + "..." : text;
        stdout.WriteLine($"{indent}({item.Text.Source.GetLinePosition(item.Span.Start)}) {item.DisplayName}: {shown}");
        foreach (var sub in item.SubPoints)
        {
            Print(sub, indent + "  ", stdout);
        }
    }
}
