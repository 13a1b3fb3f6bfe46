using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>The text report at a terminal: grouped by file, in columns, coloured unless asked not to.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public TerminalOutputTests()
    {
        _folder.Write("a.txt", "European Parliament resolution of 15 March 2012 on Kazakhstan\n\nThe European Parliament,\n\nA. whereas on 30 February 2012 the law was signed;\n\nC. whereas it is so,, and so;\n");
        _folder.Write("b.txt", "The European Parliament,\n\nA. whereas on 28 February 2012 the law was signed;\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void At_a_terminal_findings_are_grouped_under_their_file_with_its_language_and_date()
    {
        var (exitCode, stdout, _) = CliRunner.RunAtTerminal(_folder.Path, "a.txt", "b.txt", "--no-color");

        exitCode.ShouldBe(1);
        stdout.ShouldBe("""

            a.txt  en, 15 March 2012 (the date in the title, '15 March 2012')
              5:15  error    DR3002  '30 February 2012' does not exist: 'February' has '29' days.
              7:1   warning  DR1001  Recital 'C' follows recital 'A': 'B' is missing.
              7:20  warning  DR5011  ',,' doubles the punctuation; write ','.

            1 error and 2 warnings in 2 files

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Colour_marks_the_levels_unless_NO_COLOR_or_no_color_says_otherwise()
    {
        var (_, coloured, _) = CliRunner.RunAtTerminal(_folder.Path, "a.txt");
        var (_, plain, _) = CliRunner.RunAtTerminal(_folder.Path, "a.txt", "--no-color");

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb")
        {
            coloured.ShouldContain("\u001b[31merror  \u001b[0m");
            coloured.ShouldContain("\u001b[33mwarning\u001b[0m");
        }

        plain.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void Not_at_a_terminal_the_compiler_lines_are_kept_for_problem_matchers()
    {
        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a.txt");

        stdout.ShouldStartWith("a.txt(5,15): error DR3002: '30 February 2012' does not exist: 'February' has '29' days.\n");
    }
}
