using System.Diagnostics;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>Texts from a pipe: draftlint - (with --stdin-filename), /dev/stdin and a process substitution, run as a real process.</summary>
public sealed class StandardInputTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\nA. whereas one;\n\nC. whereas three;\n\n1. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs the built draftlint in the temporary folder with <paramref name="stdin"/> written to its standard input through a pipe.</summary>
    private (int ExitCode, string Stdout, string Stderr) Run(string program, IEnumerable<string> args, string stdin)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.Path,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit(60_000).ShouldBeTrue("draftlint did not finish in a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Draftlint => Path.Combine(AppContext.BaseDirectory, "draftlint");

    [Fact]
    public void A_dash_reads_the_text_from_a_pipe()
    {
        var (exit, stdout, stderr) = Run(Draftlint, ["-"], Broken);

        stdout.ShouldBe("<stdin>(5,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.\n1 warning in 1 file\n");
        stderr.ShouldBeEmpty();
        exit.ShouldBe(0);
    }

    [Fact]
    public void Stdin_filename_names_the_text_and_finds_its_configuration()
    {
        _folder.Write("drafts/draftlint.json", "{ \"rules\": { \"DR1001\": \"error\" } }");

        var (exit, stdout, _) = Run(Draftlint, ["-", "--stdin-filename", "drafts/new.txt", "--format", "github"], Broken);

        stdout.ShouldBe("::error file=drafts/new.txt,line=5,col=1,endLine=5,endColumn=3,title=DR1001 Numbering gap::Recital 'C' follows recital 'A': 'B' is missing.\n1 error in 1 file\n");
        exit.ShouldBe(1);
    }

    [Fact]
    public void Dev_stdin_and_a_process_substitution_are_read_though_they_cannot_seek()
    {
        Run(Draftlint, ["/dev/stdin"], Broken).Stdout.ShouldBe("/dev/stdin(5,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.\n1 warning in 1 file\n");

        _folder.Write("a.txt", Broken);
        var (exit, stdout, stderr) = Run("bash", ["-c", $"'{Draftlint}' <(cat a.txt)"], "");
        stdout.ShouldMatch(@"^/dev/fd/\d+\(5,1\): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.\n1 warning in 1 file\n$");
        stderr.ShouldBeEmpty();
        exit.ShouldBe(0);
    }

    [Fact]
    public void Bytes_that_are_not_text_on_stdin_are_a_clear_error()
    {
        var (exit, stdout, stderr) = Run(Draftlint, ["-"], "\0\u0001");

        stdout.ShouldStartWith("<stdin>: error DR0001: cannot read the file: the file is not text");
        stderr.ShouldNotContain("   at ");
        exit.ShouldBe(2);
    }

    [Fact]
    public void Stdin_filename_without_a_dash_is_a_usage_error()
    {
        _folder.Write("a.txt", Broken);

        var (exit, _, stderr) = CliRunner.Run(_folder.Path, "a.txt", "--stdin-filename", "x.txt");

        stderr.ShouldBe("draftlint: error: --stdin-filename names the text on standard input: give '-' among the paths.\n");
        exit.ShouldBe(2);
    }
}
