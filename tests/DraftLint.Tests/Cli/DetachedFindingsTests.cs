using System.Text.Json;
using DraftLint.Analysis;
using DraftLint.Cli;
using DraftLint.Cli.Output;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Documents.Word;
using DraftLint.Tests.Documents;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>
/// Issue 23: a run lets each file's text go once it has what its reports need of it (fingerprints, GitHub's line
/// hashes, snippets, context, the fixes' lines), and writes the same reports as from the texts themselves.
/// </summary>
public sealed class DetachedFindingsTests
{
    [Fact]
    public void A_run_keeps_no_text_of_its_findings_and_writes_the_log_it_wrote_from_the_texts()
    {
        // The seeds have cross-document findings (DR2002) besides each document's own, and fixes.
        var root = TestPaths.Seeds;
        var keys = new FindingKeys(root, wanted: true);
        var detached = Run(keys.Take);
        var attached = Run(keep: null);

        detached.Diagnostics.Length.ShouldBe(attached.Diagnostics.Length);
        detached.Diagnostics.ShouldContain(d => d.Id == "DR2002");
        detached.Diagnostics.ShouldContain(d => d.Fix != null);
        detached.Diagnostics.SelectMany(d => d.AdditionalLocations.Add(d.Location)).ShouldAllBe(l => l.Source == null);

        Results(Report(detached, root) with { Keys = keys }).ShouldBe(Results(Report(attached, root)));
    }

    [Fact]
    public void A_Word_document_keeps_its_text_for_its_places_and_the_embedded_contents()
    {
        var text = WordDocumentReader.Read("draft.docx", new WordDraft().Paragraph("The European Parliament,").Paragraph("A. whereas the the vote;").Build());
        var diagnostic = Diagnostic.Create(DraftLint.Rules.BuiltInRules.Descriptors[0], Location.Create(text, new DraftLint.Text.TextSpan(text.Text.IndexOf("the the", StringComparison.Ordinal), 7)), [.. Enumerable.Repeat<object?>("x", 9)]);

        var kept = diagnostic.Detach();

        kept.Location.Source.ShouldBeSameAs(text);
        kept.Location.Place.ShouldBe(diagnostic.Location.Place);
        kept.Location.Place.ShouldNotBeNull().Paragraph.ShouldBe(2);
    }

    [Fact]
    public void A_detached_location_keeps_its_snippet_context_and_the_lines_of_its_fix()
    {
        var text = new DraftLint.Text.SourceText("a.txt", "The European Parliament,\n\nA. whereas the the vote;\n\n1. Instructs.\n");
        var start = text.Text.IndexOf("the the", StringComparison.Ordinal);
        var fix = CodeFix.Replace("Delete the doubled word", new DraftLint.Text.TextSpan(start, 4), "");
        var diagnostic = Diagnostic.Create(DraftLint.Rules.BuiltInRules.Descriptors[0], Location.Create(text, new DraftLint.Text.TextSpan(start, 7)), [.. Enumerable.Repeat<object?>("x", 9)], fix: fix);

        var kept = diagnostic.Detach();

        kept.Location.Source.ShouldBeNull();
        kept.Location.FilePath.ShouldBe("a.txt");
        (kept.Location.LineSpan.Start.Line, kept.Location.LineSpan.Start.Column).ShouldBe((3, 12));
        kept.Location.Excerpt.Snippet.ShouldBe("the the");
        kept.Location.Excerpt.ContextText.ShouldBe("\nA. whereas the the vote;\n");
        kept.Location.Excerpt.ContextLineSpan.ShouldBe(new DraftLint.Text.LinePositionSpan(new(2, 1), new(4, 1)));
        var edit = kept.Fix.ShouldNotBeNull().Edits.ShouldHaveSingleItem();
        (edit.LineSpan.Start, edit.LineSpan.End).ShouldBe((new DraftLint.Text.LinePosition(3, 12), new DraftLint.Text.LinePosition(3, 16)));
    }

    private static LintRunResult Run(Func<IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? keep)
    {
        using var session = LintSession.Create(new CommandLineSettings());
        var inputs = SeedFiles.All.Order(StringComparer.Ordinal).Select(f => LintInput.FromFile(TestPaths.Seed(f))).ToList();
        return new AnalyzerDriver(session.Engine).Run(inputs, session.Configuration.ForFile, keep: keep);
    }

    private static RunReport Report(LintRunResult result, string root) =>
        new(result, DraftLint.Rules.BuiltInRules.Descriptors, d => d.DefaultSeverity, root, [], "draftlint") { Options = new ReportOptions { FingerprintRoot = root } };

    private static string Sarif(RunReport report)
    {
        var writer = new StringWriter();
        new SarifReportWriter().Write(report, writer);
        return writer.ToString();
    }

    private static string Results(RunReport report) =>
        JsonDocument.Parse(Sarif(report)).RootElement.GetProperty("runs")[0].GetProperty("results").GetRawText();
}
