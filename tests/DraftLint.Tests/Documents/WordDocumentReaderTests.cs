using DraftLint.Documents.Word;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Documents;

public sealed class WordDocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SourceText Read(WordDraft draft) => WordDocumentReader.Read("draft.docx", draft.Build());

    [Fact]
    public void Automatic_numbering_is_rendered_as_Word_shows_it()
    {
        var text = Read(new WordDraft()
            .Paragraph("European Parliament resolution on Kazakhstan")
            .Paragraph("The European Parliament,")
            .Paragraph("having regard to Rule 144 of its Rules of Procedure,", WordList.Citations)
            .Empty()
            .Paragraph("whereas one;", WordList.Recitals)
            .Paragraph("whereas two;", WordList.Recitals)
            .Paragraph("Calls for something;", WordList.Paragraphs)
            .Paragraph("Instructs its President to forward this resolution.", WordList.Paragraphs));

        text.Text.ShouldBe(
            "European Parliament resolution on Kazakhstan\n\nThe European Parliament,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\n"
            + "A. whereas one;\n\nB. whereas two;\n\n1. Calls for something;\n\n2. Instructs its President to forward this resolution.");
        text.Origin!.Format.ShouldBe(SourceFormat.Word);
        text.Origin.PlaceOf(text.Text.IndexOf("B. whereas", StringComparison.Ordinal)).ShouldBe(new DocumentPlace(6, null, null), "the empty paragraph counts");
    }

    [Fact]
    public void Letters_after_Z_are_doubled_as_Word_doubles_them()
    {
        var draft = new WordDraft();
        for (var i = 0; i < 28; i++)
        {
            draft.Paragraph("whereas;", WordList.Recitals);
        }

        var lines = Read(draft).Text.Split("\n\n");

        lines[25].ShouldBe("Z. whereas;");
        lines[26].ShouldBe("AA. whereas;");
        lines[27].ShouldBe("BB. whereas;", "Word's upper letters repeat the letter (AA, BB), they do not count on (AB)");
    }

    [Fact]
    public void A_list_restarted_at_another_value_shows_that_value_and_the_next_paragraphs_continue_from_it()
    {
        var text = Read(new WordDraft()
            .Paragraph("whereas one;", WordList.Recitals)
            .Paragraph("whereas two;", WordList.Recitals)
            .NumberedFrom(4, "whereas four;", WordList.Recitals)
            .Paragraph("whereas five;", WordList.Recitals));

        text.Text.ShouldBe("A. whereas one;\n\nB. whereas two;\n\nD. whereas four;\n\nE. whereas five;");
    }

    [Fact]
    public void Footnotes_and_endnotes_are_numbered_in_one_sequence_with_their_bodies_after_the_text()
    {
        var text = Read(new WordDraft()
            .Paragraph("having regard to its resolution of 15 December 2011[^P7_TA(2011)0588],", WordList.Citations)
            .Paragraph("having regard to its resolution of 16 February 2012[~P7_TA(2012)0058],", WordList.Citations));

        text.Text.ShouldBe(
            "– having regard to its resolution of 15 December 20111,\n\n– having regard to its resolution of 16 February 20122,\n\n"
            + "1 P7_TA(2011)0588\n\n2 P7_TA(2012)0058");
        text.Origin!.PlaceOf(text.Text.IndexOf("P7_TA(2012)", StringComparison.Ordinal)).ShouldBe(new DocumentPlace(null, null, 2));
    }

    [Fact]
    public void Tracked_changes_read_as_accepted_and_are_kept_with_their_authors()
    {
        var text = Read(new WordDraft()
            .Paragraph("whereas the {-old -}{+new +}law was {!signed!};", WordList.Recitals)
            .ParagraphJoinedToNext("whereas the law", WordList.Recitals)
            .Paragraph(" entered into force;", WordList.Recitals));

        text.Text.ShouldBe("A. whereas the new law was signed;\n\nB. whereas the law entered into force;");
        text.Origin!.Leftovers.Select(l => (l.Kind, text.ToString(l.Span), l.Author)).ShouldBe(
        [
            (LeftoverKind.Deletion, "", "Jane Drafter"),
            (LeftoverKind.Insertion, "new ", "Jane Drafter"),
            (LeftoverKind.Comment, "signed", "A Reviewer"),
            (LeftoverKind.Deletion, "", "Jane Drafter"),
        ]);
    }

    [Fact]
    public void Fields_show_their_results_hidden_text_is_left_out_and_tables_are_read_row_by_row()
    {
        var text = Read(new WordDraft()
            .Paragraph("whereas on {=DATE \\@ \"d MMMM yyyy\"|15 March 2012=} the {?secret ?}law was signed;", WordList.Recitals)
            .Table(["Votes in favour", "412"], ["Votes against", "27"]));

        text.Text.ShouldBe("A. whereas on 15 March 2012 the law was signed;\n\nVotes in favour\n\n412\n\nVotes against\n\n27");
    }

    [Fact]
    public void A_Word_draft_gives_the_findings_of_the_same_text_typed_as_a_file()
    {
        var docx = new WordDraft()
            .Paragraph("European Parliament resolution of 15 March 2012 on Kazakhstan")
            .Paragraph("The European Parliament,")
            .Paragraph("having regard to its resolution of 15 December 2011 on Central Asia[^P7_TA-PROV(2011)0588],", WordList.Citations)
            .Paragraph("having regard to Rule 122(5) of its Rules of Procedure,", WordList.Citations)
            .Paragraph("whereas on 30 February 2012 the {-old -}{+new +}law was signed;", WordList.Recitals)
            .Paragraph("whereas the {!Vinyavski!} case remains open;", WordList.Recitals)
            .NumberedFrom(4, "whereas Mr Vinyavskiy was arrested,, since December 2012;", WordList.Recitals)
            .Table(["Votes in favour: 412;"])
            .Paragraph("Calls for the release of all political prisoners from 2-13 December 2011;", WordList.Paragraphs)
            .Paragraph("Instructs its President to forward this resolution to the Council and the Commission.", WordList.Paragraphs)
            .Save(_folder.Path, "draft.docx");
        File.WriteAllText(Path.Combine(_folder.Path, "draft.txt"), """
            European Parliament resolution of 15 March 2012 on Kazakhstan

            The European Parliament,

            – having regard to its resolution of 15 December 2011 on Central Asia1,

            – having regard to Rule 122(5) of its Rules of Procedure,

            A. whereas on 30 February 2012 the new law was signed;

            B. whereas the Vinyavski case remains open;

            D. whereas Mr Vinyavskiy was arrested,, since December 2012;

            Votes in favour: 412;

            1. Calls for the release of all political prisoners from 2-13 December 2011;

            2. Instructs its President to forward this resolution to the Council and the Commission.

            1 P7_TA-PROV(2011)0588
            """);

        // Each on its own: linted together, the two would be two documents spelling a name two ways (DR2002).
        string[] Findings(string file)
        {
            var (exitCode, stdout, _) = CliRunner.Run(_folder.Path, file, "--format", "json");
            exitCode.ShouldBe(1);
            return
            [
                .. System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("diagnostics").EnumerateArray()
                    .Where(d => d.GetProperty("id").GetString() != "DR5012")
                    .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("message").GetString()}")
                    .Order(StringComparer.Ordinal),
            ];
        }

        var fromWord = Findings("draft.docx");
        fromWord.ShouldBe(Findings("draft.txt"));
        fromWord.Length.ShouldBeGreaterThanOrEqualTo(6, "a missing recital, a date that does not exist, one after the text's, two spellings, doubled punctuation and a range");
        fromWord.ShouldContain("DR1001 Recital 'D' follows recital 'B': 'C' is missing.", "a gap in Word's automatic numbering is found");
    }

    [Fact]
    public void Findings_in_a_Word_draft_name_the_paragraph_in_text_and_JSON_and_SARIF_embeds_the_text_it_points_into()
    {
        new WordDraft()
            .Paragraph("The European Parliament,")
            .Paragraph("whereas the {!law!} was signed on 30 February 2012;", WordList.Recitals)
            .Save(_folder.Path, "draft.docx");

        var (_, text, _) = CliRunner.Run(_folder.Path, "draft.docx");
        var (_, json, _) = CliRunner.Run(_folder.Path, "draft.docx", "--format", "json");
        var (_, sarif, _) = CliRunner.Run(_folder.Path, "draft.docx", "--format", "sarif");

        text.ShouldStartWith(
            "draft.docx(paragraph 2): warning DR5012: 'Paragraph 2' still holds comments by 'A Reviewer': accept or reject the changes and resolve the comments before tabling.\n"
            + "draft.docx(paragraph 2): error DR3002: '30 February 2012' does not exist: 'February' has '29' days.\n");
        var date = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("diagnostics")[1];
        date.GetProperty("id").GetString().ShouldBe("DR3002");
        date.GetProperty("paragraph").GetInt32().ShouldBe(2);
        (date.GetProperty("line").GetInt32(), date.GetProperty("column").GetInt32()).ShouldBe((3, 34), "line and column are the rendered text's");
        var run = System.Text.Json.JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        var artifact = run.GetProperty("artifacts")[0];
        artifact.GetProperty("location").GetProperty("uri").GetString().ShouldBe("draft.docx");
        artifact.GetProperty("contents").GetProperty("text").GetString().ShouldBe("The European Parliament,\n\nA. whereas the law was signed on 30 February 2012;");
        var result = run.GetProperty("results")[1];
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32().ShouldBe(0);
        result.GetProperty("properties").GetProperty("paragraph").GetInt32().ShouldBe(2);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "the Word document is protected with a password, or is a Word 97-2003 document (.doc) renamed .docx: save it as a .docx without a password to lint it")]
    [InlineData(new byte[] { (byte)'T', (byte)'h', (byte)'e', (byte)' ' }, "not a Word document: a .docx is a ZIP package and this file is not one")]
    public void A_file_that_is_no_docx_is_a_clear_error_and_the_other_files_are_still_linted(byte[] bytes, string problem)
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "bad.docx"), bytes);
        File.WriteAllText(Path.Combine(_folder.Path, "good.txt"), "The European Parliament,\n\nA. whereas on 30 February 2012;\n");

        var (exitCode, stdout, stderr) = CliRunner.Run(_folder.Path, ".");

        exitCode.ShouldBe(2);
        (stdout + stderr).ShouldContain($"bad.docx: error DR0001: cannot read the file: {problem}");
        stdout.ShouldContain("good.txt(3,15): error DR3002");
        (stdout + stderr).ShouldNotContain("   at ");
    }

    [Fact]
    public void A_damaged_package_is_a_clear_error()
    {
        var bytes = new WordDraft().Paragraph("whereas;", WordList.Recitals).Build();
        File.WriteAllBytes(Path.Combine(_folder.Path, "cut.docx"), bytes[..(bytes.Length / 2)]);
        using (var zip = new System.IO.Compression.ZipArchive(File.Create(Path.Combine(_folder.Path, "empty.docx")), System.IO.Compression.ZipArchiveMode.Create))
        {
            zip.CreateEntry("readme.txt");
        }

        var (exitCode, stdout, stderr) = CliRunner.Run(_folder.Path, "cut.docx", "empty.docx");

        exitCode.ShouldBe(2);
        var output = stdout + stderr;
        output.ShouldContain("cut.docx: error DR0001: cannot read the file: the Word document is damaged or is not a .docx (");
        output.ShouldContain("empty.docx: error DR0001: cannot read the file: not a Word document: the package has no main document with a body (word/document.xml)");
        output.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_Word_97_2003_document_named_on_the_command_line_is_refused_with_what_to_do()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

        var (exitCode, stdout, stderr) = CliRunner.Run(_folder.Path, "old.doc");

        exitCode.ShouldBe(2);
        (stdout + stderr).ShouldContain("old.doc: error DR0001: cannot read the file: a Word 97-2003 document (.doc) is not read: save it as a Word document (.docx) to lint it");
    }

    [Fact]
    public void Word_keeps_an_owner_file_beside_an_open_document_that_a_folder_walk_skips()
    {
        new WordDraft().Paragraph("The European Parliament,").Save(_folder.Path, "draft.docx");
        File.WriteAllBytes(Path.Combine(_folder.Path, "~$draft.docx"), [0x0A, 0x4A, 0x61, 0x6E, 0x65]);

        var (exitCode, stdout, _) = CliRunner.Run(_folder.Path, ".");

        exitCode.ShouldBe(0);
        stdout.ShouldContain("No problems in 1 file");
    }
}
