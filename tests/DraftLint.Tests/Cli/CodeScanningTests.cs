using System.Text.Json.Nodes;
using DraftLint.Tests.Cli.Consumers;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>The SARIF log as GitHub's upload-sarif action and code scanning take it (their logic reimplemented in Consumers/).</summary>
public sealed class CodeScanningTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\nA. whereas one;\n\nC. whereas three;\n\n1. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public CodeScanningTests() => _folder.Write("drafts/a.txt", Broken);

    public void Dispose() => _folder.Dispose();

    private JsonNode Log(params string[] extra) =>
        JsonNode.Parse(CliRunner.Run(_folder.Path, ["drafts", "--format", "sarif", .. extra]).Stdout)!;

    [Fact]
    public void Every_rule_tells_code_scanning_its_precision_and_problem_severity()
    {
        var rules = Log()["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().ToDictionary(r => (string)r!["id"]!, r => r!["properties"]!);

        ((string?)rules["DR3002"]!["precision"], (string?)rules["DR3002"]!["problem.severity"]).ShouldBe(("very-high", "error"));
        ((string?)rules["DR2001"]!["precision"], (string?)rules["DR2001"]!["problem.severity"]).ShouldBe(("medium", "warning"));
        ((string?)rules["DR3005"]!["precision"], (string?)rules["DR3005"]!["problem.severity"]).ShouldBe(("high", "recommendation"));
    }

    [Fact]
    public void Without_category_the_log_has_no_automation_details_and_the_actions_category_input_applies()
    {
        var log = Log();
        log["runs"]![0]!["automationDetails"].ShouldBeNull();

        var uploaded = UploadSarifAction.PopulateRunAutomationDetails(log, "draftlint");

        UploadSarifAction.CategoryOf(uploaded["runs"]![0]!).ShouldBe("draftlint/");
    }

    [Fact]
    public void Two_uploads_of_a_matrix_with_their_own_category_inputs_stay_apart()
    {
        var english = UploadSarifAction.PopulateRunAutomationDetails(Log("--lang", "en"), "draftlint-en");
        var dutch = UploadSarifAction.PopulateRunAutomationDetails(Log("--lang", "nl"), "draftlint-nl");

        UploadSarifAction.CategoryOf(english["runs"]![0]!).ShouldNotBe(UploadSarifAction.CategoryOf(dutch["runs"]![0]!));
    }

    [Fact]
    public void Every_result_carries_the_primaryLocationLineHash_the_upload_action_computes()
    {
        _folder.Write("drafts/crlf.txt", Broken.Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(_folder.Path, "drafts", "bom.txt"), [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("  " + Broken)]);
        var seeds = JsonNode.Parse(CliRunner.Run(TestPaths.RepositoryRoot, "seeds", "--format", "sarif").Stdout)!;

        foreach (var (log, checkout, count) in new[] { (Log(), _folder.Path, 3), (seeds, TestPaths.RepositoryRoot, 77) })
        {
            var results = log["runs"]![0]!["results"]!.AsArray();
            results.Count.ShouldBe(count);
            foreach (var result in results)
            {
                var expected = UploadSarifAction.LineHash(result!, checkout);
                expected.ShouldNotBeNull();
                result!["partialFingerprints"]!["primaryLocationLineHash"]!.GetValue<string>().ShouldBe(expected);
            }
        }
    }

    [Fact]
    public void With_category_the_log_carries_it_as_the_action_would_write_it_and_the_input_does_not_replace_it()
    {
        var log = Log("--category", "drafts-en");

        log["runs"]![0]!["automationDetails"]!.ToJsonString().ShouldBe("""{"id":"drafts-en/"}""");
        UploadSarifAction.CategoryOf(UploadSarifAction.PopulateRunAutomationDetails(log, "other")["runs"]![0]!).ShouldBe("drafts-en/");
    }
}
