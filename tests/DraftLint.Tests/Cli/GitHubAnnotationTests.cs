using DraftLint.Analysis;
using DraftLint.Cli.Output;
using DraftLint.Tests.Cli.Consumers;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>--format github as the Actions runner shows it: at most ten annotations of each type per step.</summary>
public sealed class GitHubAnnotationTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\nA. whereas one | two;\n\nC. whereas three;\n\n1. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void On_the_seeds_the_step_shows_the_most_serious_first_and_one_annotation_says_how_many_were_not_shown()
    {
        var (exit, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "seeds", "--format", "github");
        var shown = ActionsRunner.Shown(stdout);
        var all = stdout.Split('\n').Select(ActionsRunner.Parse).OfType<ActionsRunner.Command>().ToList();

        all.Count.ShouldBe(shown.Count, "nothing is written that the runner would drop");
        shown.Count(a => a.Name == "warning").ShouldBe(10);
        shown.Count(a => a.Name == "notice").ShouldBe(10);
        shown.Select(a => a.Name).ShouldBe([.. Enumerable.Repeat("warning", 9), .. Enumerable.Repeat("notice", 10), "warning"], "warnings before notices");
        shown[^1].Properties.ShouldBe(new Dictionary<string, string> { ["title"] = "DraftLint" });
        shown[^1].Data.ShouldBe("58 more findings not shown as annotations (29 warnings, 29 notes): GitHub shows 10 of each type per step; they are listed in the log below");

        // The 58 are in the log as compiler-style lines, and the summary closes it.
        var lines = stdout.TrimEnd('\n').Split('\n');
        lines.Count(l => l.StartsWith("seeds/", StringComparison.Ordinal)).ShouldBe(58);
        lines[^1].ShouldBe("38 warnings and 39 notes in 5 files");
        exit.ShouldBe(0);
    }

    [Fact]
    public void Ten_annotations_of_a_type_or_fewer_are_all_shown_with_no_count()
    {
        _folder.Write("a.txt", Broken);

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "--format", "github");

        stdout.ShouldBe("::warning file=a.txt,line=5,col=1,endLine=5,endColumn=3,title=DR1001 Numbering gap::Recital 'C' follows recital 'A': 'B' is missing.\n1 warning in 1 file\n");
    }

    [Fact]
    public void Values_are_escaped_so_that_the_runner_reads_them_back()
    {
        _folder.Write("a, b: c.txt", Broken);

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a, b: c.txt", "--format", "github");

        ActionsRunner.Shown(stdout).ShouldHaveSingleItem().Properties["file"].ShouldBe("a, b: c.txt");
    }

    [Fact]
    public void The_job_summary_has_the_summary_line_counts_per_rule_and_a_table_per_file()
    {
        var driver = new AnalyzerDriver(DraftLint.Rules.BuiltInRules.CreateAll(), RuleVerifier.Data);
        var result = driver.Run([LintInput.FromText("drafts/a|b.txt", Broken)], _ => new DraftLint.Configuration.FileConfiguration(null, null, new Dictionary<string, DraftLint.Diagnostics.DiagnosticSeverity>()));
        var summary = Path.Combine(_folder.Path, "summary.md");
        File.WriteAllText(summary, "earlier step\n");
        var report = new RunReport(result, DraftLint.Rules.BuiltInRules.Descriptors, d => d.DefaultSeverity, _folder.Path, [], "draftlint") { Options = new ReportOptions { StepSummaryPath = summary } };

        new GitHubReportWriter().Write(report, new StringWriter());

        File.ReadAllText(summary).ShouldBe(
            "earlier step\n"
            + "## DraftLint\n\n1 warning in 1 file\n\n"
            + "| Rule | Errors | Warnings | Notes |\n| --- | ---: | ---: | ---: |\n"
            + "| DR1001 Numbering gap | 0 | 1 | 0 |\n"
            + "\n### drafts/a\\|b.txt\n\n"
            + $"Language en; document date {result.Documents[0].DocumentDateDescription ?? "not known"}.\n\n"
            + "| Line | Level | Rule | Message |\n| ---: | --- | --- | --- |\n"
            + "| 5:1 | warning | DR1001 | Recital 'C' follows recital 'A': 'B' is missing. |\n");
    }
}
