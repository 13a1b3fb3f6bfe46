using System.Text.Json;
using DraftLint.Tests.Cli.Consumers;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>
/// A run with a configuration or input problem still reports in the format asked for, with the problem in it and the
/// findings of what could be linted: a CI step that uploads the SARIF log or reads the annotations has something to show.
/// </summary>
public sealed class FailedRunTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\nA. whereas one;\n\nC. whereas three;\n\n1. Instructs its President.\n";

    private const string UnknownKey = "unknown key 'bogus'; expected one of: $schema, asOf, language, rules, overrides, names, suppressions, versions";

    private readonly TempFolder _folder = new();

    public FailedRunTests()
    {
        _folder.Write("drafts/a.txt", Broken);
        _folder.Write("broken.json", "{ \"bogus\": 1 }");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_broken_config_file_is_in_the_text_report_with_its_line_and_nothing_is_said_to_be_clean()
    {
        var (exit, stdout, stderr) = CliRunner.Run(_folder.Path, "drafts", "--config", "broken.json");

        stdout.ShouldBe($"broken.json(1,3): error DR0002: {UnknownKey}\nNothing linted; 1 file or configuration problem (exit code 2)\n");
        stderr.ShouldBeEmpty();
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_broken_config_file_is_a_SARIF_log_of_an_unsuccessful_run_with_the_notification_at_its_place()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--config", "broken.json", "--format", "sarif");
        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");

        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
        notification.GetProperty("descriptor").GetProperty("id").GetString().ShouldBe("DR0002");
        notification.GetProperty("level").GetString().ShouldBe("error");
        notification.GetProperty("message").GetProperty("text").GetString().ShouldBe(UnknownKey + ".");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("broken.json");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(1);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(3);
        run.GetProperty("results").GetArrayLength().ShouldBe(0);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().ShouldBe(DraftLint.Rules.BuiltInRules.Descriptors.Length);
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_broken_config_file_is_an_error_annotation_on_the_file_as_the_runner_reads_it()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--config", "broken.json", "--format", "github");
        var annotation = ActionsRunner.Shown(stdout).ShouldHaveSingleItem();

        annotation.Name.ShouldBe("error");
        annotation.Properties.ShouldBe(new Dictionary<string, string> { ["file"] = "broken.json", ["line"] = "1", ["col"] = "3", ["title"] = "DR0002" });
        annotation.Data.ShouldBe(UnknownKey);
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_broken_config_file_is_in_the_JSON_report()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--config", "broken.json", "--format", "json");
        var json = JsonDocument.Parse(stdout).RootElement;
        var notification = json.GetProperty("notifications").EnumerateArray().Single();

        (notification.GetProperty("id").GetString(), notification.GetProperty("file").GetString(), notification.GetProperty("line").GetInt32()).ShouldBe(("DR0002", "broken.json", 1));
        json.GetProperty("exitCode").GetInt32().ShouldBe(2);
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_broken_draftlint_json_beside_some_texts_fails_those_and_the_others_are_linted_and_annotated()
    {
        _folder.Write("other/draftlint.json", "{\n  \"rules\": {\n    \"DR1001\": \"loud\"\n  }\n}");
        _folder.Write("other/b.txt", Broken);

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, ".", "--format", "github");

        ActionsRunner.Shown(stdout).Select(a => (a.Name, a.Properties["file"], a.Properties.GetValueOrDefault("line"), a.Properties["title"])).ShouldBe([
            ("error", "other/draftlint.json", "3", "DR0002"),
            ("warning", "drafts/a.txt", "5", "DR1001 Numbering gap"),
        ]);
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_config_file_that_does_not_exist_is_named_in_the_report()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--config", "missing.json");

        stdout.ShouldBe("missing.json: error DR0002: the configuration file (--config) does not exist\nNothing linted; 1 file or configuration problem (exit code 2)\n");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_baseline_that_does_not_exist_is_said_in_words_and_the_texts_are_still_linted()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--baseline", ".draftlint/baseline.sarif");

        stdout.ShouldBe(
            ".draftlint/baseline.sarif: error DR0001: cannot read the baseline: the file does not exist (record one with draftlint baseline)\n"
            + "drafts/a.txt(5,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.\n"
            + "1 warning in 1 file; 1 file or configuration problem (exit code 2)\n");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_baseline_that_does_not_exist_is_in_the_SARIF_log_with_the_results()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--baseline", "missing.sarif", "--format", "sarif");
        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];

        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString()
            .ShouldBe("cannot read the baseline: the file does not exist (record one with draftlint baseline).");
        run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ShouldBe(["DR1001"]);
        exit.ShouldBe(2);
    }

    [Fact]
    public void An_unknown_rule_on_the_command_line_is_a_notification_without_a_file()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "drafts", "--disable", "DR1999", "--format", "github");

        stdout.ShouldBe("::error title=DR0002::on the command line: unknown rule id 'DR1999'\nNothing linted; 1 file or configuration problem (exit code 2)\n");
        exit.ShouldBe(2);
    }

    [Fact]
    public void A_folder_without_texts_says_so()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "empty");

        stdout.ShouldBe("No text to lint (folders are searched for .txt, .docx, .pdf files)\n");
        exit.ShouldBe(0);
    }

    [Fact]
    public void A_missing_file_is_not_called_a_clean_run()
    {
        var (exit, stdout, _) = CliRunner.Run(_folder.Path, "missing.txt");

        stdout.ShouldBe("missing.txt: error DR0001: no such file or folder\nNothing linted; 1 file or configuration problem (exit code 2)\n");
        exit.ShouldBe(2);
    }
}
