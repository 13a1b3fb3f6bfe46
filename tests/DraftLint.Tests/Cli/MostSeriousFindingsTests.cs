using System.Text.Json;
using DraftLint.Analysis;
using DraftLint.Cli;
using DraftLint.Cli.Output;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>
/// Issue 23: a SARIF run keeps only the findings its log can hold (GitHub's limit), chosen as the files finish, and
/// writes what the log would have chosen from all of them; the others still count in the summary and the exit code.
/// A run that writes no SARIF keeps no excerpts.
/// </summary>
public sealed class MostSeriousFindingsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_run_that_keeps_the_most_serious_as_it_goes_writes_the_log_chosen_from_all_its_findings(int jobs)
    {
        var root = TestPaths.Seeds;
        var all = Run(keep: null, jobs);
        var keys = new FindingKeys(root, wanted: true);
        var selection = new MostSeriousFindings(keys, limit: 20);
        var chosen = selection.Apply(Run(selection.Take, jobs));

        chosen.Diagnostics.Length.ShouldBe(20);
        chosen.Total.ShouldBe(all.Diagnostics.Length);
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Note })
        {
            chosen.Count(severity).ShouldBe(all.Count(severity));
        }

        chosen.Suppressed.ShouldBe(all.Suppressed);
        chosen.ExitCode.ShouldBe(all.ExitCode);
        Log(Report(chosen, root) with { Keys = keys }, 20).ShouldBe(Log(Report(all, root), 20));
    }

    [Fact]
    public void Omitted_errors_still_fail_the_run()
    {
        var result = new LintRunResult([], [], [new DocumentInfo("a.txt", "en", "resolution", null, null)]) { Omitted = new FindingCounts(Errors: 1, Warnings: 0, Notes: 3, Suppressed: 2) };

        result.ExitCode.ShouldBe(1);
        result.Total.ShouldBe(6);
        TextReportWriter.Summary(result).ShouldBe("1 error and 3 notes in 1 file (2 suppressed)");
    }

    [Fact]
    public void A_finding_detached_for_a_report_without_excerpts_keeps_none()
    {
        var text = new DraftLint.Text.SourceText("a.txt", "The European Parliament,\n\nA. whereas the the vote;\n");
        var diagnostic = Diagnostic.Create(DraftLint.Rules.BuiltInRules.Descriptors[0], Location.Create(text, new DraftLint.Text.TextSpan(37, 7)), [.. Enumerable.Repeat<object?>("x", 9)]);

        var kept = new FindingKeys(TestPaths.Seeds, wanted: false, excerpts: false).Take([diagnostic]).ShouldHaveSingleItem();

        kept.Location.Source.ShouldBeNull();
        kept.Location.LineSpan.ShouldBe(diagnostic.Location.LineSpan);
        Should.Throw<InvalidOperationException>(() => kept.Location.Excerpt).Message.ShouldBe("a.txt(3,12) was detached from its text without its excerpt.");
    }

    private static LintRunResult Run(Func<IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? keep, int jobs)
    {
        using var session = LintSession.Create(new CommandLineSettings());
        var inputs = SeedFiles.All.Order(StringComparer.Ordinal).Select(f => LintInput.FromFile(TestPaths.Seed(f))).ToList();
        return new AnalyzerDriver(session.Engine).Run(inputs, session.Configuration.ForFile, jobs, keep: keep);
    }

    private static RunReport Report(LintRunResult result, string root) =>
        new(result, DraftLint.Rules.BuiltInRules.Descriptors, d => d.DefaultSeverity, root, [], "draftlint") { Options = new ReportOptions { FingerprintRoot = root } };

    /// <summary>The log's results and notifications, which differ in nothing but the run's own times.</summary>
    private static string Log(RunReport report, int limit)
    {
        var writer = new StringWriter();
        new SarifReportWriter(limit).Write(report, writer);
        var run = JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("runs")[0];
        return run.GetProperty("results").GetRawText() + run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").GetRawText();
    }
}
