using System.Diagnostics;
using System.Text.Json;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>The SARIF log: its shape as VS Code and GitHub read it, and a clean bill from the SARIF Multitool.</summary>
public sealed class SarifTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\n– having regard to Zjanaozen – ‘destructief’,\n\nA. whereas one;\n\nC. whereas ‘three’;\n\nC. whereas Zjanaozen – ‘destructief’;\n\n1. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private JsonElement Lint(params string[] extra)
    {
        _folder.Write("drafts/a.txt", Broken);
        var (_, stdout, _) = CliRunner.Run(_folder.Path, ["drafts", "--format", "sarif", .. extra]);
        return JsonDocument.Parse(stdout).RootElement;
    }

    [Fact]
    public void The_log_has_rules_results_and_relative_locations()
    {
        var log = Lint("--severity", "DR1002=error");
        var run = log.GetProperty("runs")[0];

        log.GetProperty("version").GetString().ShouldBe("2.1.0");
        run.GetProperty("columnKind").GetString().ShouldBe("utf16CodeUnits");
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString().ShouldEndWith("/");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldContain("DR1001");
        rules.ShouldAllBe(r => r.GetProperty("helpUri").GetString()!.EndsWith(".md", StringComparison.Ordinal));
        rules.Single(r => r.GetProperty("id").GetString() == "DR1002").GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("error");

        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString())).ShouldBe([("DR1001", "warning"), ("DR1002", "error")]);
        var result = results[1];
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("drafts/a.txt");
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(9);
        location.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString().ShouldBe("C.");
        result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString().ShouldBe("recital C");
        result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(7);
        result.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("](1)");
        result.GetProperty("partialFingerprints").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public void Warning_results_carry_their_level_explicitly() =>
        Lint().GetProperty("runs")[0].GetProperty("results").EnumerateArray().ShouldAllBe(r => r.GetProperty("level").GetString() == "warning");

    [Fact]
    public void Fingerprints_survive_edits_elsewhere_in_the_file()
    {
        var before = Fingerprints(Broken);
        var after = Fingerprints("Draft for the plenary\n\n\n" + Broken.Replace("A. whereas one;", "A. whereas one, rewritten at length;", StringComparison.Ordinal));

        after.ShouldBe(before);
    }

    private List<string> Fingerprints(string text)
    {
        _folder.Write("f.txt", text);
        var (_, stdout, _) = CliRunner.Run(_folder.Path, "f.txt", "--format", "sarif");
        return [.. JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("draftlintFingerprint/v1").GetString()!)];
    }

    [Fact]
    public void Unreadable_files_become_tool_execution_notifications()
    {
        _folder.Write("a.txt", Broken);
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "gone.txt", "--format", "sarif");
        var invocation = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        exit.ShouldBe(2);
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("descriptor").GetProperty("id").GetString().ShouldBe("DR0001");
    }

    [Fact]
    public void Beyond_GitHubs_limit_the_least_serious_results_are_left_out_with_a_notification()
    {
        var driver = new DraftLint.Analysis.AnalyzerDriver(DraftLint.Rules.BuiltInRules.CreateAll(), RuleVerifier.Data);
        var result = driver.Run([DraftLint.Analysis.LintInput.FromText("a.txt", Broken)], _ => new DraftLint.Configuration.FileConfiguration(null, null, new Dictionary<string, DraftLint.Diagnostics.DiagnosticSeverity> { ["DR1002"] = DraftLint.Diagnostics.DiagnosticSeverity.Error }));
        result.Diagnostics.Length.ShouldBeGreaterThan(1);
        var report = new DraftLint.Cli.Output.RunReport(result, DraftLint.Rules.BuiltInRules.Descriptors, d => d.DefaultSeverity, _folder.Path, [], "draftlint a.txt");
        var writer = new StringWriter();

        new DraftLint.Cli.Output.SarifReportWriter(maxResults: 1).Write(report, writer);
        var run = JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("runs")[0];

        run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ShouldBe(["DR1002"], "the error is kept");
        run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("descriptor").GetProperty("id").GetString().ShouldBe("DR0005");
    }

    [Theory]
    [InlineData("findings")]
    [InlineData("seeds")]
    [InlineData("notifications")]
    [InlineData("awkward-names")]
    [InlineData("failed-configuration")]
    [InlineData("long-line")]
    public void The_log_passes_the_SARIF_Multitool_with_no_error_and_no_warning(string scenario)
    {
        File.Exists(TestPaths.SarifMultitool).ShouldBeTrue($"The SARIF Multitool is not installed at {TestPaths.SarifMultitool}; run: npm install --prefix .tools @microsoft/sarif-multitool-linux");
        var log = Path.Combine(_folder.Path, "log.sarif");
        _folder.Write("a.txt", Broken);
        foreach (var name in new[] { "n/report,final(2).en.txt", "n/with space.en.txt", "n/café.en.txt", "n/x:y.txt", "n/a#b.txt" })
        {
            _folder.Write(name, Broken);
        }

        _folder.Write("broken.json", "{ \"bogus\": 1 }");
        if (scenario == "long-line")
        {
            // Context regions cut to a few hundred characters of a line of a megabyte (ReportSizeTests).
            _folder.Write("long.txt", ReportSizeTests.LongLineDraft());
        }

        var args = scenario switch
        {
            "seeds" => new[] { TestPaths.Seeds },
            "long-line" => ["long.txt"],
            "notifications" => ["a.txt", "missing.txt"],
            "awkward-names" => ["n"],
            "failed-configuration" => ["a.txt", "--config", "broken.json"],
            _ => ["a.txt", "--severity", "DR1002=error"],
        };
        CliRunner.Run(_folder.Path, [.. args, "--format", "sarif", "--output", log]);

        var (exit, output) = Validate(log);

        output.ShouldNotContain(": error ");
        output.ShouldNotContain(": warning ");
        exit.ShouldBe(0, output);
    }

    /// <summary>
    /// The notes the Multitool may give at note level, each for a reason outside the log: SARIF2006, the rules' help
    /// pages are not reachable from here (no network, or not yet published); SARIF2003, no version control provenance,
    /// where the run is not in a git repository. Any other note fails the test: SARIF2002 (a result without message id
    /// and arguments), SARIF2012 (a rule name that is not Pascal case) and SARIF2015 (a placeholder out of quotes) among them.
    /// </summary>
    [Theory]
    [InlineData("seeds")]
    [InlineData("failed-configuration")]
    public void At_note_level_the_Multitool_gives_only_the_notes_of_the_network_and_of_a_folder_outside_a_repository(string scenario)
    {
        var log = Path.Combine(_folder.Path, "log.sarif");
        _folder.Write("a.txt", Broken);
        _folder.Write("broken.json", "{ \"bogus\": 1 }");
        // The seeds as README.md lints them, from the repository's root (a git repository); the failed run in a
        // temporary folder, outside any.
        var (folder, args) = scenario == "seeds" ? (TestPaths.RepositoryRoot, new[] { "seeds" }) : (_folder.Path, ["a.txt", "--config", "broken.json"]);
        CliRunner.Run(folder, [.. args, "--format", "sarif", "--output", log]).ExitCode.ShouldBe(scenario == "seeds" ? 0 : 2);

        var (exit, output) = Validate(log, "Error;Warning;Note");
        var notes = System.Text.RegularExpressions.Regex.Matches(output, @": note (\w+):(.*)").Select(m => (Id: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        var allowed = scenario == "seeds" ? new[] { "SARIF2006" } : ["SARIF2006", "SARIF2003"];

        output.ShouldNotContain(": error ");
        output.ShouldNotContain(": warning ");
        notes.Where(n => !allowed.Contains(n.Id)).Select(n => n.Id + ":" + n.Text).ShouldBeEmpty();
        exit.ShouldBe(0, output);
    }

    private (int ExitCode, string Output) Validate(string log, string levels = "Error;Warning")
    {
        var start = new ProcessStartInfo(TestPaths.SarifMultitool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.Path,
        };
        foreach (var arg in new[] { "validate", log, "-o", Path.Combine(_folder.Path, "validation.sarif"), "--log", "ForceOverwrite", "--rule-kind", "Sarif;Gh", "--level", levels })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("the Multitool did not finish in two minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
