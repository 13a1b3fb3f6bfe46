using System.Text.Json;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>Baselines and suppressions: the CI workflow on an existing repository of drafts.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string Draft = "The European Parliament,\n\n– having regard to its resolution of 15 December 2011,\n\nA. whereas on 3rd February 2012 people were arrested;\n\nC. whereas things happened;\n\n1. Stresses this;\n\n2. Calls for that;\n\n3. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<(string Rule, string State)> States(string sarifPath) =>
        [.. JsonDocument.Parse(File.ReadAllText(sarifPath)).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("baselineState").GetString()!))];

    [Fact]
    public void A_baseline_run_on_an_unchanged_tree_reports_nothing_new_and_exits_0()
    {
        _folder.Write("drafts/a.txt", Draft);
        CliRunner.Run(_folder.Path, "baseline", "drafts", "-o", "base.sarif").ExitCode.ShouldBe(0);

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif", "--severity", "DR1001=error");
        CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif", "--format", "sarif", "-o", "now.sarif");

        exit.ShouldBe(0);
        stdout.ShouldContain("Against the baseline: 0 new,");
        States(Path.Combine(_folder.Path, "now.sarif")).ShouldAllBe(s => s.State == "unchanged");
    }

    [Fact]
    public void Editing_one_paragraph_yields_exactly_its_new_results_and_lines_moving_change_nothing()
    {
        _folder.Write("drafts/a.txt", Draft);
        CliRunner.Run(_folder.Path, "baseline", "drafts", "-o", "base.sarif");

        // Three lines added above (everything moves), and paragraph 2 edited to hold an impossible date.
        _folder.Write("drafts/a.txt", "Draft for the March session\n\n\n" + Draft.Replace("2. Calls for that;", "2. Calls for a meeting on 31 April 2012;", StringComparison.Ordinal));
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif");
        CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif", "--format", "sarif", "-o", "now.sarif");

        exit.ShouldBe(1, "a new error-level finding");
        stdout.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": note ", StringComparison.Ordinal))
            .ShouldBe(["drafts/a.txt(14,27): error DR3002: '31 April 2012' does not exist: 'April' has '30' days."]);
        States(Path.Combine(_folder.Path, "now.sarif")).Where(s => s.State != "unchanged").ShouldBe([("DR3002", "new")]);
    }

    [Fact]
    public void A_fixed_finding_comes_back_as_absent_only_when_asked()
    {
        _folder.Write("drafts/a.txt", Draft);
        CliRunner.Run(_folder.Path, "baseline", "drafts", "-o", "base.sarif");
        _folder.Write("drafts/a.txt", Draft.Replace("3rd", "3", StringComparison.Ordinal));

        CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif", "--format", "sarif", "-o", "now.sarif");
        CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif", "--format", "sarif", "-o", "all.sarif", "--include-absent");

        // Code scanning reads no baselineState: an absent result uploaded would be an open alert again.
        States(Path.Combine(_folder.Path, "now.sarif")).ShouldAllBe(s => s.State == "unchanged");
        States(Path.Combine(_folder.Path, "all.sarif")).Where(s => s.State != "unchanged").ShouldBe([("DR3006", "absent")]);
    }

    [Fact]
    public void A_baseline_of_the_repository_matches_from_any_folder_and_says_what_it_wrote()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, ".git"));
        _folder.Write("drafts/a.txt", Draft);

        var (_, recorded, _) = CliRunner.Run(_folder.Path, "baseline", "drafts", "-o", ".draftlint/baseline.sarif");
        var (exit, stdout, _) = CliRunner.Run(Path.Combine(_folder.Path, "drafts"), ".", "--baseline", "../.draftlint/baseline.sarif", "--severity", "DR1001=error");

        recorded.ShouldBe($"Recorded 2 findings in .draftlint/baseline.sarif, matched by paths relative to {_folder.Path}\n");
        stdout.ShouldEndWith("Against the baseline: 0 new, 2 unchanged, 0 updated, 0 absent\n");
        exit.ShouldBe(0);
    }

    [Fact]
    public void Lines_inserted_above_change_no_finding_nor_its_message()
    {
        const string Repeated = "The European Parliament,\n\nA. whereas one;\n\nA. whereas two;\n\n1. Instructs its President.\n";
        _folder.Write("drafts/a.txt", Repeated);
        CliRunner.Run(_folder.Path, "baseline", "drafts", "-o", "base.sarif");
        _folder.Write("drafts/a.txt", "\n\n" + Repeated);

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--baseline", "base.sarif");

        stdout.ShouldEndWith("Against the baseline: 0 new, 1 unchanged, 0 updated, 0 absent\n");
    }

    [Fact]
    public void Suppressions_appear_in_SARIF_with_their_justification_and_do_not_count()
    {
        _folder.Write("drafts/a.txt", Draft);
        _folder.Write("draftlint.json", """
            {
              "rules": { "DR1001": "error" },
              "suppressions": [ { "rule": "DR1001", "files": "drafts/*.txt", "text": "C.", "justification": "Recital B was withdrawn in committee; renumbering waits for the plenary version." } ]
            }
            """);

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts");
        CliRunner.Run(_folder.Path, "drafts", "--format", "sarif", "-o", "out.sarif");
        var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "out.sarif"))).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "DR1001");

        exit.ShouldBe(0, "the only error is suppressed");
        stdout.ShouldNotContain("DR1001");
        stdout.ShouldContain("(1 suppressed)");
        var suppression = result.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().ShouldBe("external");
        suppression.GetProperty("justification").GetString().ShouldBe("Recital B was withdrawn in committee; renumbering waits for the plenary version.");
    }

    [Theory]
    [InlineData("""{ "suppressions": [ { "rule": "DR1001" } ] }""", "a suppression needs a 'justification'")]
    [InlineData("""{ "suppressions": [ { "rule": "DR1099", "justification": "x" } ] }""", "unknown rule id 'DR1099'")]
    [InlineData("""{ "suppressions": [ { "rule": "DR1001", "justification": "x", "why": "y" } ] }""", "unknown key 'why'")]
    public void A_malformed_suppression_is_a_configuration_error(string json, string message)
    {
        _folder.Write("drafts/a.txt", Draft);
        _folder.Write("draftlint.json", json);

        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "drafts");

        exit.ShouldBe(2);
        (stdout + stderr).ShouldContain(message);
    }
}
