using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Fuzz;

/// <summary>
/// The inputs a fuzz campaign found to crash or fail the linter (issue 23; crashers/, each file stored with a .fuzz
/// suffix so that linting the repository does not read them): each now gives a clear finding or a clear DR0001/DR0002
/// message, the other files' results stand, and the exit code is 0, 1 or 2, never an internal error or a DR0003.
/// </summary>
public sealed class CrasherTests
{
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        // Digits of other scripts matched by \d are no numbers: no footnote marker, no date, no reference, no number of thousands.
        { "01-nd-digit-word-marker", "input.txt", ["No problems in 1 file"] },
        { "02-nd-digit-year-marker", "input.txt", ["No problems in 1 file"] },
        { "03-nd-digit-footnote-body", "input.txt", ["input.txt(3,8): warning DR5001: Recital 'A' ends with no punctuation; the convention is ';'.", "1 warning in 1 file"] },
        { "06-reference-nd-digit", "input.txt", ["No problems in 1 file"] },

        // Impossible values are findings: day 00 is DR3002's alone; an Official Journal date of year 0000 is DR4008's.
        { "04-dr3005-day-zero", "input.txt", ["input.txt(1,20): error DR3002: '00  February' does not exist: 'February' has '29' days.", "input.txt: document date 8 March 2012 (from the header, '8 March 2012')", "1 error in 1 file"] },
        { "05-reference-year-0000", "input.txt", ["input.txt(1,1): warning DR4008: 'OJ C 7,4.6.0000' has a date that does not exist.", "1 warning in 1 file"] },

        // A configuration the reader cannot take is DR0002 with its line and column.
        { "07-config-invalid-utf8", "a.txt", ["draftlint.json(1,12): error DR0002: invalid JSON: a string that is not text (Cannot transcode invalid UTF-8 JSON text to UTF-16 string)", "Nothing linted; 1 file or configuration problem (exit code 2)"] },
        { "08-config-lone-surrogate", "a.txt", ["draftlint.json(1,12): error DR0002: invalid JSON: a string that is not text (Cannot read incomplete UTF-16 JSON text as string with missing low surrogate)", "Nothing linted; 1 file or configuration problem (exit code 2)"] },
        { "09-config-duplicate-key", "a.txt", ["draftlint.json(1,22): error DR0002: the key 'asOf' is written twice (first at line 1); write each key once", "Nothing linted; 1 file or configuration problem (exit code 2)"] },
        { "10-config-glob-dotdot", "a.txt", ["draftlint.json(1,24): error DR0002: '**/../../*' is not a glob DraftLint can match: \"..\" can be only added at the beginning of the pattern", "Nothing linted; 1 file or configuration problem (exit code 2)"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_crasher_gives_a_clear_finding_or_message(string name, string file, string[] expected)
    {
        using var folder = Unpack(name);

        var (exit, stdout, stderr) = CliRunner.Run(folder.Path, file);

        var output = (stdout + stderr).Replace(folder.Path + "/", "", StringComparison.Ordinal);
        output.ShouldNotContain("internal error");
        output.ShouldNotContain("DR0003");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
        exit.ShouldBe(expected[^1].Contains("exit code 2", StringComparison.Ordinal) ? 2 : expected.Any(e => e.Contains(": error DR", StringComparison.Ordinal)) ? 1 : 0);
    }

    [Fact]
    public void A_broken_configuration_in_one_folder_leaves_the_other_folders_results()
    {
        using var folder = Unpack("11-config-broken-hides-other-results");

        var (exit, stdout, stderr) = CliRunner.Run(folder.Path, "good", "bad");

        (stdout + stderr).ShouldContain("bad/draftlint.json(1,2): error DR0002: unknown key 'langue'");
        stdout.ShouldContain("good/a.txt(217,24): warning DR2001: 'Vinyavskiy' is also spelled 'Vinyavski' in this document; use one spelling.");
        stdout.TrimEnd().Split('\n')[^1].ShouldBe("7 warnings and 5 notes in 1 file; 1 file or configuration problem (exit code 2)");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_pipe_named_like_a_text_is_skipped_with_a_note_and_the_run_does_not_block()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("d/ok.txt", File.ReadAllText(TestPaths.Seed("kazakhstan-2012-oeil-summary.en.txt")));
        MakeFifo(Path.Combine(folder.Path, "d", "p.txt"));

        var (exit, stdout, _) = CliRunner.Run(folder.Path, "d");

        stdout.ShouldContain("d/p.txt: note DR0001: not a regular file (a pipe, a socket or a device): not linted\n");
        stdout.TrimEnd().Split('\n')[^1].ShouldBe("1 warning and 1 note in 1 file");
        exit.ShouldBe(0);
    }

    [Fact]
    public async Task A_pipe_named_on_the_command_line_is_read_from_start_to_end()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A pipe cannot be read at offsets ("Stream does not support seeking" ended the run): /dev/stdin, <(cat f).
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "in.txt");
        MakeFifo(pipe);

        var writer = Task.Run(() => File.WriteAllText(pipe, "The European Parliament,\n\nA. whereas the Parliament met;\n\nC. whereas it met again;\n"));
        var (exit, stdout, _) = CliRunner.Run(folder.Path, "in.txt");
        await writer.WaitAsync(TimeSpan.FromSeconds(10));

        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "in.txt(5,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.",
            "1 warning in 1 file",
        ]);
        exit.ShouldBe(0);
    }

    [Fact]
    public void Links_back_up_the_tree_are_walked_once_and_each_text_linted_once()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("d/a/x.txt", File.ReadAllText(TestPaths.Seed("kazakhstan-2012-oeil-summary.en.txt")));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "d", "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "d", "a", "self"), ".");

        var (exit, stdout, _) = CliRunner.Run(folder.Path, "d");

        stdout.TrimEnd().Split('\n')[^1].ShouldBe("1 warning and 1 note in 1 file");
        stdout.ShouldNotContain("d/a/up/");
        exit.ShouldBe(0);
    }

    [Fact]
    public void A_configuration_of_megabytes_is_refused_at_once_with_its_size()
    {
        using var folder = new TempFolder();
        folder.Write("drafts/a.txt", "The European Parliament,\n\nA. whereas on 30 February 2012;\n");
        folder.Write("drafts/draftlint.json", "{ \"names\": { \"ignore\": [" + string.Join(", ", Enumerable.Repeat("\"ab\"", 300_000)) + "] } }");
        folder.Write("other/b.txt", "The European Parliament,\n\nA. whereas on 31 April 2012;\n");

        var (exit, stdout, stderr) = CliRunner.Run(folder.Path, "drafts", "other");

        (stdout + stderr).ShouldBe(
            "drafts/draftlint.json: error DR0002: the configuration file is 1.7 MB; a draftlint.json may have at most 1 MB\n"
            + "other/b.txt(3,15): error DR3002: '31 April 2012' does not exist: 'April' has '30' days.\n"
            + "1 error in 1 file; 1 file or configuration problem (exit code 2)\n");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_backslash_in_a_file_name_is_part_of_the_name_on_Linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("drafts/back\\slash.txt", "The European Parliament,\n\nA. whereas on 30 February 2012;\n");

        var (exit, stdout, stderr) = CliRunner.Run(folder.Path, "drafts");

        (stdout + stderr).ShouldBe("drafts/back\\slash.txt(3,15): error DR3002: '30 February 2012' does not exist: 'February' has '29' days.\n1 error in 1 file\n");
        exit.ShouldBe(1);
    }

    /// <summary>
    /// A folder the user may not read: as root every folder can be read, so the command line runs as "nobody"
    /// (setpriv), where the built tool is reachable for that user.
    /// </summary>
    [Fact]
    public void A_folder_that_cannot_be_read_is_a_problem_of_the_run_and_the_others_are_linted()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("drafts/ok/a.txt", "The European Parliament,\n\nA. whereas on 30 February 2012;\n");
        folder.Write("drafts/locked/b.txt", "The European Parliament,\n\nA. whereas on 31 April 2012;\n");
        File.SetUnixFileMode(Path.Combine(folder.Path, "drafts", "locked"), UnixFileMode.None);
        try
        {
            int exit;
            string output;
            if (Environment.UserName == "root")
            {
                var tool = Path.Combine(AppContext.BaseDirectory, "draftlint.dll");
                foreach (var dir in new[] { folder.Path, Path.Combine(folder.Path, "drafts"), Path.Combine(folder.Path, "drafts", "ok") })
                {
                    File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
                }

                var start = new System.Diagnostics.ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", tool, "drafts"])
                {
                    WorkingDirectory = folder.Path,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var process = System.Diagnostics.Process.Start(start)!;
                output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                exit = process.ExitCode;
                if (exit != 2 && output.Contains("denied", StringComparison.OrdinalIgnoreCase) && !output.Contains("DR0001", StringComparison.Ordinal))
                {
                    // The user "nobody" cannot reach the built tool from this clone's folder: nothing to check here.
                    return;
                }
            }
            else
            {
                (exit, var stdout, var stderr) = CliRunner.Run(folder.Path, "drafts");
                output = stdout + stderr;
            }

            output.ShouldBe(
                "drafts/locked: error DR0001: cannot read the folder (permission denied): the texts in it are not linted\n"
                + "drafts/ok/a.txt(3,15): error DR3002: '30 February 2012' does not exist: 'February' has '29' days.\n"
                + "1 error in 1 file; 1 file or configuration problem (exit code 2)\n");
            exit.ShouldBe(2);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(folder.Path, "drafts", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
    }

    /// <summary>A crasher's files in a folder of their own, under their real names.</summary>
    private static TempFolder Unpack(string name)
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "tests", "DraftLint.Tests", "Fuzz", "crashers", name);
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(source, "*.fuzz", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(source, file)[..^".fuzz".Length]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }
}
