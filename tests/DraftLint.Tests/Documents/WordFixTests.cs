using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftLint.Diagnostics;
using DraftLint.Documents.Word;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Documents;

public sealed class WordFixTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Fixable findings of three rules: doubled punctuation (DR5011), a range written with a dash (DR3006) and a
    // missing final full stop (DR5001); one in bold text.
    private string Draft() => new WordDraft()
        .Paragraph("European Parliament resolution of 15 March 2012 on Kazakhstan")
        .Paragraph("The European Parliament,")
        .Paragraph("having regard to Rule 122(5) of its Rules of Procedure,", WordList.Citations)
        .Paragraph("whereas the elections were held on 15 January 2012;", WordList.Recitals)
        .Paragraph("Calls for the release of all political prisoners,, {*held from 2-13 December 2011*};", WordList.Paragraphs)
        .Paragraph("Instructs its President to forward this resolution to the Council and the Commission", WordList.Paragraphs)
        .Save(_folder.Path, "draft.docx");

    private const string Fixed =
        "European Parliament resolution of 15 March 2012 on Kazakhstan\n\nThe European Parliament,\n\n"
        + "– having regard to Rule 122(5) of its Rules of Procedure,\n\nA. whereas the elections were held on 15 January 2012;\n\n"
        + "1. Calls for the release of all political prisoners, held from 2 to 13 December 2011;\n\n"
        + "2. Instructs its President to forward this resolution to the Council and the Commission.";

    [Fact]
    public void Fixes_arrive_as_tracked_changes_by_DraftLint_that_read_as_the_fixed_text()
    {
        var path = Draft();

        var (exitCode, stdout, stderr) = CliRunner.Run(_folder.Path, "fix", "draft.docx");

        (exitCode, stderr).ShouldBe((0, ""));
        stdout.Trim().ShouldBe("Fixed 3 problems in 1 file");
        WordDocumentReader.Read(path, File.ReadAllBytes(path)).Text.ShouldBe(Fixed);
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        body.Descendants<DeletedRun>().Select(d => (d.Author?.Value, d.InnerText)).ShouldBe([("DraftLint", ","), ("DraftLint", "-")]);
        body.Descendants<InsertedRun>().Select(i => (i.Author?.Value, i.InnerText)).ShouldBe([("DraftLint", " to "), ("DraftLint", ".")]);
        body.Descendants<InsertedRun>().First().Descendants<Bold>().ShouldNotBeEmpty("an insertion has the formatting of the text it replaces");
        body.Descendants<Run>().Where(r => r.Descendants<Bold>().Any()).Select(r => r.InnerText).ShouldBe(["held from 2", "-", " to ", "13 December 2011"]);
    }

    [Fact]
    public void Paragraphs_no_fix_touches_are_left_exactly_as_they_were()
    {
        var path = Draft();
        string[] Before(string file)
        {
            using var document = WordprocessingDocument.Open(file, false);
            return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.OuterXml)];
        }

        var before = Before(path);
        CliRunner.Run(_folder.Path, "fix", "draft.docx");
        var after = Before(path);

        after.Length.ShouldBe(before.Length);
        after.Take(4).ShouldBe(before.Take(4));
        after[4].ShouldNotBe(before[4]);
    }

    [Fact]
    public void A_second_fix_finds_nothing_to_fix_and_leaves_the_file_alone()
    {
        var path = Draft();
        CliRunner.Run(_folder.Path, "fix", "draft.docx");
        var once = File.ReadAllBytes(path);

        var (exitCode, stdout, _) = CliRunner.Run(_folder.Path, "fix", "draft.docx");

        (exitCode, stdout.Trim()).ShouldBe((0, "Nothing to fix"));
        File.ReadAllBytes(path).ShouldBe(once);
        var (_, lint, _) = CliRunner.Run(_folder.Path, "draft.docx");
        lint.ShouldContain("draft.docx(paragraph 5): warning DR5012: 'Paragraph 5' still holds tracked changes by 'DraftLint': accept or reject the changes and resolve the comments before tabling.");
    }

    [Fact]
    public void A_dry_run_lists_the_tracked_changes_and_writes_nothing()
    {
        var path = Draft();
        var before = File.ReadAllBytes(path);

        var (exitCode, stdout, stderr) = CliRunner.Run(_folder.Path, "fix", "--dry-run", "draft.docx");

        exitCode.ShouldBe(0);
        stdout.ShouldBe(
            "draft.docx(paragraph 5): DR5011: would delete \u201c,\u201d as a tracked change\n"
            + "draft.docx(paragraph 5): DR3006: would replace \u201cfrom 2-13 December 2011\u201d with \u201cfrom 2 to 13 December 2011\u201d as a tracked change\n"
            + "draft.docx(paragraph 6): DR5001: would insert \u201c.\u201d as a tracked change\n");
        stderr.Trim().ShouldBe("Would fix 3 problems in 1 file");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void A_fix_of_what_Word_generates_is_not_written_and_says_why()
    {
        var bytes = new WordDraft().Paragraph("whereas;", WordList.Recitals).Build();
        var source = WordDocumentReader.Read("draft.docx", bytes);
        var rule = new DiagnosticDescriptor("DR9004", "Test fix", "Fix.", "Test", DiagnosticSeverity.Warning, true, "A descriptor for fix tests.");
        var label = Diagnostic.Create(rule, Location.Create(source, new TextSpan(0, 1)), [], fix: CodeFix.Replace("Relabel", new TextSpan(0, 1), "B"));

        var (written, outcomes) = WordFixWriter.Apply(bytes, source.Text, [label], new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        written.ShouldBeNull();
        outcomes.Single().Reason.ShouldBe("it changes what Word generates (a numbering label, a footnote's number, a tab or a line break), not text of the document");
    }

    [Fact]
    public void A_document_that_no_longer_reads_as_it_was_linted_is_not_written()
    {
        var bytes = new WordDraft().Paragraph("whereas;", WordList.Recitals).Build();

        var error = Should.Throw<IOException>(() => WordFixWriter.Apply(bytes, "A. whereas the old text;", [], DateTime.UtcNow));

        error.Message.ShouldBe("the document no longer reads as it did when it was linted");
    }

    [Fact]
    public void A_PDF_is_not_fixed_and_the_run_says_so()
    {
        var source = new SourceText("draft.pdf", "A. whereas,,", origin: new DocumentOrigin.Builder(SourceFormat.Pdf).Build([]));
        var rule = new DiagnosticDescriptor("DR9004", "Test fix", "Fix.", "Test", DiagnosticSeverity.Warning, true, "A descriptor for fix tests.");
        var finding = Diagnostic.Create(rule, Location.Create(source, new TextSpan(11, 1)), [], fix: CodeFix.Replace("Delete", new TextSpan(11, 1), ""));
        var result = new DraftLint.Analysis.LintRunResult([finding], [], []);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = DraftLint.Cli.FixCommand.Run(result, new HashSet<string>(), dryRun: false, force: false, stdout, stderr);

        exitCode.ShouldBe(0);
        stderr.ToString().Trim().ShouldBe("draft.pdf: 1 fix not written: a PDF is made from another document; fix that one.");
        stdout.ToString().Trim().ShouldBe("Nothing to fix; 1 fix cannot be written into its document (said above)");
    }

    [LibreOfficeFact]
    public void LibreOffice_reads_the_fixes_as_tracked_changes_and_accepted_they_give_the_fixed_text()
    {
        var path = Draft();
        CliRunner.Run(_folder.Path, "fix", "draft.docx");

        // LibreOffice opens the document and shows the changes (its text export keeps both the deleted and the
        // inserted text); saved again by LibreOffice, the changes are still revisions, which accepted give the text.
        var shown = File.ReadAllText(LibreOffice.Convert(path, "txt:Text"));
        shown.ShouldContain("political prisoners,, held from 2- to 13 December 2011;");
        var roundTrip = LibreOffice.Convert(path, "docx:MS Word 2007 XML");
        var reread = WordDocumentReader.Read(roundTrip, File.ReadAllBytes(roundTrip));
        // LibreOffice writes the citations' "–" bullet back in the Symbol font, which reads as a bullet.
        reread.Text.Replace("• ", "– ", StringComparison.Ordinal).ShouldBe(Fixed);
        reread.Origin!.Leftovers.Count(l => l.Author == "DraftLint").ShouldBe(4, "two deletions and two insertions");

        // Accepted in the file itself, LibreOffice's text is the fixed text.
        AcceptAll(path);
        var accepted = File.ReadAllText(LibreOffice.Convert(path, "txt:Text"));
        accepted.ShouldContain("Calls for the release of all political prisoners, held from 2 to 13 December 2011;");
        accepted.ShouldContain("to the Council and the Commission.");
        accepted.ShouldNotContain("2-13");
    }

    /// <summary>Accepts every tracked change, as Word's "Accept All Changes" does: deletions go, insertions stay.</summary>
    private static void AcceptAll(string path)
    {
        using var document = WordprocessingDocument.Open(path, true);
        var body = document.MainDocumentPart!.Document!.Body!;
        foreach (var deletion in body.Descendants<DeletedRun>().ToList())
        {
            deletion.Remove();
        }

        foreach (var insertion in body.Descendants<InsertedRun>().ToList())
        {
            foreach (var child in insertion.ChildElements.ToList())
            {
                child.Remove();
                insertion.InsertBeforeSelf(child);
            }

            insertion.Remove();
        }

        document.MainDocumentPart.Document.Save();
    }
}
