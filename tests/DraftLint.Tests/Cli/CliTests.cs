using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\n– having regard to X,\n\nA. whereas one;\n\nC. whereas three;\n\n1. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_seeds_lint_with_the_drafts_date_finding_and_exit_code_0()
    {
        var (exit, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "seeds");

        // The 2012 draft states no date of its own: its date error is a warning against an estimate.
        stdout.ShouldContain("seeds/kazakhstan-2012-motion-draft.en.txt(81,61): warning DR3001: 'December 2012' comes after the document's date");
        stdout.ShouldContain("seeds/kazakhstan-2012-text-adopted.nl.txt: document date 15 March 2012 (the date in the title, '15 maart 2012')");
        stdout.TrimEnd().Split('\n')[^1].ShouldBe("38 warnings and 39 notes in 5 files");
        exit.ShouldBe(0);
    }

    [Fact]
    public void The_drafts_date_finding_is_an_error_with_its_date_given()
    {
        var (exit, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "seeds/kazakhstan-2012-motion-draft.en.txt", "--as-of", "2012-03-08");

        stdout.ShouldContain("seeds/kazakhstan-2012-motion-draft.en.txt(81,61): error DR3001: 'December 2012' comes after the document's date, '8 March 2012'");
        exit.ShouldBe(1);
    }

    [Fact]
    public void Syntax_shows_the_document_date_lint_uses_with_as_of_and_configuration()
    {
        var (exit, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "syntax", "seeds/kazakhstan-2012-motion-draft.en.txt", "--as-of", "2012-03-15");

        stdout.ShouldContain("  document date: 15 March 2012 (set by --as-of or asOf in the configuration)\n");
        exit.ShouldBe(0);

        _folder.Write("draftlint.json", "{ \"asOf\": \"2012-03-08\" }");
        _folder.Write("a.txt", Broken);
        CliRunner.Run(_folder.Path, "syntax", "a.txt").Stdout.ShouldContain("  document date: 8 March 2012 (set by --as-of or asOf in the configuration)\n");
    }

    [Fact]
    public void Findings_are_printed_in_the_compilers_format_with_a_summary()
    {
        _folder.Write("drafts/a.txt", Broken);

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts");

        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "drafts/a.txt(7,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.",
            "1 warning in 1 file",
        ]);
        exit.ShouldBe(0);
    }

    [Fact]
    public void A_report_is_never_written_over_a_linted_text()
    {
        var draft = _folder.Write("drafts/a.txt", Broken);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "drafts", "--format", "sarif", "-o", "drafts/a.txt");

        stderr.ShouldContain("drafts/a.txt: error DR0001: the report would overwrite a file being linted; write it elsewhere.");
        stdout.ShouldBeEmpty();
        File.ReadAllText(draft).ShouldBe(Broken);
        exit.ShouldBe(2);
    }

    [Fact]
    public void An_error_level_finding_gives_exit_code_1()
    {
        _folder.Write("a.txt", Broken);

        CliRunner.Run(_folder.Path, "a.txt", "--severity", "DR1001=error").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_missing_file_gives_exit_code_2_and_the_other_files_are_still_linted()
    {
        _folder.Write("a.txt", Broken);

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "missing.txt", "a.txt");

        stdout.ShouldContain("missing.txt: error DR0001: no such file or folder");
        stdout.ShouldContain("a.txt(7,1): warning DR1001");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_binary_file_is_reported_without_a_stack_trace()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "bad.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0xC3, 0x28]);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "bad.txt");

        stdout.ShouldContain("bad.txt: error DR0001: cannot read the file: the file is not text");
        (stdout + stderr).ShouldNotContain("   at ");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_broken_draftlint_json_is_reported_with_its_line_and_exit_code_2()
    {
        _folder.Write("draftlint.json", "{\n  \"rules\": {\n    \"DR1001\": \"loud\"\n  }\n}");
        _folder.Write("a.txt", Broken);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "a.txt");

        (stdout + stderr).ShouldContain("draftlint.json(3,15): error DR0002: invalid severity 'loud'");
        (stdout + stderr).ShouldNotContain("   at ");
        exit.ShouldBe(2);
    }

    [Theory]
    [InlineData("--as-of", "15.3.2012", "--as-of '15.3.2012' is not a date")]
    [InlineData("--severity", "DR1001", "--severity 'DR1001' must be ID=error|warning|note|none")]
    [InlineData("--disable", "DR1999", "unknown rule id 'DR1999'")]
    [InlineData("--lang", "xx", "--lang 'xx' is not a known language")]
    [InlineData("--format", "xml", "xml")]
    [InlineData("--nonsense", "a.txt", "unknown option '--nonsense'")]
    public void Usage_errors_give_exit_code_2_and_say_what_is_wrong(string option, string value, string message)
    {
        _folder.Write("a.txt", Broken);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "a.txt", option, value);

        (stdout + stderr).ShouldContain(message);
        exit.ShouldBe(2);
    }

    [Fact]
    public void The_linter_never_changes_the_files_it_reads()
    {
        var path = _folder.Write("a.txt", Broken);
        var before = File.ReadAllBytes(path);

        CliRunner.Run(_folder.Path, "a.txt", "--format", "sarif", "--output", "out/report.sarif");

        File.ReadAllBytes(path).ShouldBe(before);
        File.Exists(Path.Combine(_folder.Path, "out", "report.sarif")).ShouldBeTrue();
    }

    [Fact]
    public void Json_output_carries_the_diagnostics_and_the_exit_code()
    {
        _folder.Write("a.txt", Broken);

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(stdout);

        json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("DR1001");
        json.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Quiet_shows_only_errors_and_max_warnings_fails_a_run_with_more()
    {
        _folder.Write("a.txt", Broken.Replace("A. whereas one;", "A. whereas on 31 April 2012;", StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "--quiet");
        var (failed, _, stderr) = CliRunner.Run(_folder.Path, "a.txt", "--max-warnings", "0", "--disable", "DR3002");

        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "a.txt(5,15): error DR3002: '31 April 2012' does not exist: 'April' has '30' days.",
            "1 error and 1 warning in 1 file",
        ]);
        exit.ShouldBe(1);
        stderr.ShouldBe("draftlint: 1 warning, more than --max-warnings 0 allows (exit code 1).\n");
        failed.ShouldBe(1);
        CliRunner.Run(_folder.Path, "a.txt", "--max-warnings", "1", "--disable", "DR3002").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Rules_lists_every_rule_and_version_prints_one()
    {
        CliRunner.Run(_folder.Path, "rules").Stdout.ShouldContain("DR1001  warning  Numbering gap");
        CliRunner.Run(_folder.Path, "--version").Stdout.Trim().ShouldBe("0.1.0");
    }
}
