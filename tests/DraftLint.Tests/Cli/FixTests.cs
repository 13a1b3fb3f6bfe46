using System.Collections.Immutable;
using System.Text;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Cli;

public sealed class FixTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly DiagnosticDescriptor Rule = new("DR9003", "Test fix", "Fix.", "Test", DiagnosticSeverity.Note, true, "A descriptor for fix tests.");

    private static Diagnostic WithFix(SourceText source, params TextEdit[] edits) =>
        Diagnostic.Create(Rule, Location.Create(source, edits[0].Span), [], fix: new CodeFix("fix", [.. edits]));

    [Fact]
    public void Fixes_apply_against_the_original_text_and_overlapping_ones_wait()
    {
        var source = new SourceText("a.txt", "on 3rd February and on 28 January");
        var ordinal = WithFix(source, new TextEdit(new TextSpan(4, 2), ""));
        var year = WithFix(source, new TextEdit(new TextSpan(33, 0), " 2012"));
        var overlapping = WithFix(source, new TextEdit(new TextSpan(3, 3), "3"));

        var result = FixApplier.Apply(source.Text, [year, ordinal, overlapping]);

        result.Text.ShouldBe("on 3 February and on 28 January 2012");
        result.Applied.ShouldBe([overlapping, year], "fixes are taken in order of their first edit");
        result.Skipped.ShouldBe([ordinal]);
    }

    [Theory]
    [InlineData(0, 2, 2, 0, false)]
    [InlineData(0, 2, 1, 0, true)]
    [InlineData(3, 0, 3, 0, true)]
    [InlineData(0, 3, 1, 3, true)]
    public void Overlap_is_sharing_a_character_or_an_insertion_point(int aStart, int aLength, int bStart, int bLength, bool overlaps) =>
        FixApplier.Overlaps(new TextSpan(aStart, aLength), new TextSpan(bStart, bLength)).ShouldBe(overlaps);

    [Fact]
    public void Fixing_the_seeds_leaves_nothing_fixable_and_a_second_run_changes_nothing()
    {
        foreach (var seed in SeedFiles.All)
        {
            File.Copy(TestPaths.Seed(seed), Path.Combine(_folder.Path, seed));
        }

        var (first, out1, _) = CliRunner.Run(_folder.Path, "fix", ".");
        var afterFirst = SeedFiles.All.ToDictionary(s => s, s => File.ReadAllBytes(Path.Combine(_folder.Path, s)));
        var (second, out2, _) = CliRunner.Run(_folder.Path, "fix", ".");

        first.ShouldBe(0);
        out1.ShouldStartWith("Fixed ");
        out2.Trim().ShouldBe("Nothing to fix");
        second.ShouldBe(0);
        SeedFiles.All.ShouldAllBe(s => File.ReadAllBytes(Path.Combine(_folder.Path, s)).SequenceEqual(afterFirst[s]));

        var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), RuleVerifier.Data);
        var result = driver.Run([.. SeedFiles.All.Select(s => LintInput.FromFile(Path.Combine(_folder.Path, s)))], _ => new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>()));
        result.Diagnostics.Where(d => d.Fix is not null).ShouldBeEmpty();
    }

    [Fact]
    public void Encoding_byte_order_mark_and_line_endings_are_kept()
    {
        var path = Path.Combine(_folder.Path, "a.txt");
        var text = "The European Parliament,\r\n\r\nA. whereas on 3rd February 2012 people were arrested;\r\n";
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        CliRunner.Run(_folder.Path, "fix", "a.txt", "--rule", "DR3006").ExitCode.ShouldBe(0);

        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe(text.Replace("3rd", "3", StringComparison.Ordinal));
        Directory.EnumerateFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    private const string Ordinal = "The European Parliament,\n\nA. whereas on 3rd February 2012 people were arrested;\n";
    private const string Fixed = "The European Parliament,\n\nA. whereas on 3 February 2012 people were arrested;\n";

    [Fact]
    public void Fix_exits_with_1_where_error_level_findings_remain()
    {
        _folder.Write("a.txt", "European Parliament resolution of 15 March 2012 on Kazakhstan\n\nThe European Parliament,\n\nA. whereas on 31 April 2011 and on 3rd February 2012 people were arrested;\n");

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "fix", "a.txt");

        exit.ShouldBe(1);
        stdout.ShouldBe("Fixed 1 problem in 1 file\n1 error-level finding has no fix and remains; run draftlint to see it\n");
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_fixed()
    {
        var target = _folder.Write("texts/a.txt", Ordinal);
        var link = Path.Combine(_folder.Path, "link.txt");
        File.CreateSymbolicLink(link, target);

        CliRunner.Run(_folder.Path, "fix", "link.txt", "--rule", "DR3006").ExitCode.ShouldBe(0);

        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldBe(Fixed);
    }

    [Fact]
    public void Every_name_of_a_hard_linked_file_sees_the_fix()
    {
        var first = _folder.Write("a.txt", Ordinal);
        var second = Path.Combine(_folder.Path, "b.txt");
        if (!OperatingSystem.IsLinux() || Link(first, second) != 0)
        {
            return;
        }

        CliRunner.Run(_folder.Path, "fix", "a.txt", "--rule", "DR3006").ExitCode.ShouldBe(0);

        File.ReadAllText(first).ShouldBe(Fixed);
        File.ReadAllText(second).ShouldBe(Fixed);
    }

    [Fact]
    public void A_read_only_file_is_fixed_only_with_force()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _folder.Write("a.txt", Ordinal);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "fix", "a.txt");
        exit.ShouldBe(2);
        stderr.ShouldContain("a.txt: error DR0001: the file is read-only; not fixed (draftlint fix --force writes it).");
        stdout.Trim().ShouldBe("Nothing to fix");
        File.ReadAllText(path).ShouldBe(Ordinal);

        CliRunner.Run(_folder.Path, "fix", "a.txt", "--force").ExitCode.ShouldBe(0);
        File.ReadAllText(path).ShouldBe(Fixed);
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.GroupRead);
    }

    [Fact]
    public void A_file_whose_name_is_near_the_longest_a_name_may_be_is_fixed()
    {
        var name = new string('d', 240) + ".txt";
        var path = _folder.Write(name, Ordinal);

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "fix", name, "--rule", "DR3006");

        exit.ShouldBe(0);
        stdout.Trim().ShouldBe("Fixed 1 problem in 1 file");
        File.ReadAllText(path).ShouldBe(Fixed);
    }

    /// <summary>Makes a second name for a file with ln(1); its exit code.</summary>
    private static int Link(string existing, string name)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, name]);
        ln.WaitForExit();
        return ln.ExitCode;
    }

    [Fact]
    public void Rule_filters_and_dry_run_leave_the_file_alone_and_print_a_diff()
    {
        var path = _folder.Write("a.txt", "The European Parliament,\n\nA. whereas on 3rd February 2012 and on 28 January people were arrested;\n");
        var before = File.ReadAllBytes(path);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "fix", "a.txt", "--rule", "DR3006", "--dry-run");

        exit.ShouldBe(0);
        stdout.ShouldBe("--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n The European Parliament,\n \n-A. whereas on 3rd February 2012 and on 28 January people were arrested;\n+A. whereas on 3 February 2012 and on 28 January people were arrested;\n");
        stderr.ShouldContain("Would fix 1 problem in 1 file");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void The_dry_run_diff_is_a_patch_git_apply_accepts_and_applying_it_is_the_fix()
    {
        // A file without a final line break, a CRLF file and a plain one; the fixes touch their last lines.
        var texts = new Dictionary<string, string>
        {
            ["no newline.txt"] = "The European Parliament,\n\nA. whereas 3000 people;\n\n1. Calls for 5000 observers.",
            ["crlf.txt"] = "The European Parliament,\r\n\r\nA. whereas 3000 people;\r\n\r\n1. Calls for 5000 observers.\r\n",
            ["lf.txt"] = "The European Parliament,\n\nA. whereas 3000 people;\n\n1. Calls for 5000 observers.\n",
        };
        foreach (var (name, text) in texts)
        {
            _folder.Write($"dry/{name}", text);
            _folder.Write($"real/{name}", text);
        }

        var (_, patch, stderr) = CliRunner.Run(Path.Combine(_folder.Path, "dry"), "fix", ".", "--dry-run");
        stderr.ShouldBe("Would fix 6 problems in 3 files\n");
        patch.ShouldContain("-1. Calls for 5000 observers.\n\\ No newline at end of file\n+1. Calls for 5\u00A0000 observers.\n\\ No newline at end of file\n");

        Git(Path.Combine(_folder.Path, "dry"), patch, "apply", "--check").ShouldBe((0, ""));
        Git(Path.Combine(_folder.Path, "dry"), patch, "apply").ShouldBe((0, ""));
        CliRunner.Run(Path.Combine(_folder.Path, "real"), "fix", ".");
        foreach (var name in texts.Keys)
        {
            File.ReadAllBytes(Path.Combine(_folder.Path, "dry", name)).ShouldBe(File.ReadAllBytes(Path.Combine(_folder.Path, "real", name)), name);
        }
    }

    private static (int ExitCode, string Stderr) Git(string folder, string stdin, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("-");
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit(60_000).ShouldBeTrue();
        return (process.ExitCode, stderr.Result);
    }

    [Fact]
    public void A_file_changed_on_disk_since_it_was_read_is_not_overwritten()
    {
        var path = _folder.Write("a.txt", "The European Parliament,\n\nA. whereas on 3rd February 2012 people were arrested;\n");
        var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), RuleVerifier.Data);
        var result = driver.Run([LintInput.FromFile(path)], _ => new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>()));
        File.WriteAllText(path, "edited meanwhile\n");
        var stderr = new StringWriter();

        var exit = DraftLint.Cli.FixCommand.Run(result, ImmutableHashSet<string>.Empty, dryRun: false, force: false, new StringWriter(), stderr);

        exit.ShouldBe(2);
        stderr.ToString().ShouldContain("the file changed on disk since it was read; not overwritten");
        File.ReadAllText(path).ShouldBe("edited meanwhile\n");
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error() =>
        CliRunner.Run(_folder.Path, "fix", ".", "--rule", "DR9999").ExitCode.ShouldBe(2);
}
