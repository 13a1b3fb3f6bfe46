using System.Diagnostics;
using System.Text.RegularExpressions;
using DraftLint.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace DraftLint.Tests.Cli;

/// <summary>The GitHub Action (action.yml and action/lint.sh) and the pre-commit hook (.pre-commit-hooks.yaml).</summary>
public sealed class IntegrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static YamlNode Load(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file))));
        return yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    [Fact]
    public void The_action_is_a_composite_that_installs_lints_uploads_and_then_fails_on_the_lint_exit_code()
    {
        var action = (YamlMappingNode)Load("action.yml");
        var runs = (YamlMappingNode)action["runs"];
        var steps = ((YamlSequenceNode)runs["steps"]).Children.Cast<YamlMappingNode>().ToList();

        Scalar(runs, "using").ShouldBe("composite");
        steps.Select(s => s.Children.ContainsKey("uses") ? Scalar(s, "uses") : Scalar(s, "name")).ShouldBe(
            ["actions/setup-dotnet@v4", "Install DraftLint", "Lint", "github/codeql-action/upload-sarif@v4", "Fail on error-level findings"]);
        Scalar(steps[2], "run").ShouldBe("bash \"$GITHUB_ACTION_PATH/action/lint.sh\"");
        Scalar(steps[3], "if").ShouldStartWith("always()");
        Scalar(steps[1], "run").ShouldContain("dotnet pack \"$GITHUB_ACTION_PATH/src/DraftLint.Cli\"");
        File.Exists(Path.Combine(TestPaths.RepositoryRoot, "src", "DraftLint.Cli", "DraftLint.Cli.csproj")).ShouldBeTrue();
        ((YamlMappingNode)action["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value)
            .ShouldBe(["paths", "baseline", "args", "sarif-file", "upload", "category", "annotations", "dotnet-version"]);
    }

    [Fact]
    public void The_lint_step_writes_the_log_and_the_annotations_and_hands_on_the_exit_code()
    {
        File.Copy(TestPaths.Seed("kazakhstan-2019-motion-B8-0205.en.txt"), Path.Combine(_folder.Path, "motion.en.txt"));
        File.WriteAllText(Path.Combine(_folder.Path, "bad.txt"), "The European Parliament,\n\nA. whereas on 30 February 2012;\n");
        var output = Path.Combine(_folder.Path, "github-output");

        var (exitCode, stdout) = RunLintStep(new()
        {
            ["INPUT_PATHS"] = "motion.en.txt bad.txt",
            ["INPUT_ARGS"] = "--as-of 2019-03-14",
            ["INPUT_SARIF_FILE"] = "out/draftlint.sarif",
            ["GITHUB_OUTPUT"] = output,
        });

        exitCode.ShouldBe(0, "the step itself succeeds, so that the upload runs");
        File.ReadAllText(output).ShouldBe("exit-code=1\n");
        var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "out", "draftlint.sarif"))).RootElement;
        log.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBeGreaterThan(1);
        stdout.ShouldContain("::error file=bad.txt,line=3,col=15,");
    }

    [Fact]
    public void Without_annotations_the_lint_step_only_writes_the_log()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "good.txt"), "The European Parliament,\n\nA. whereas on 28 February 2012;\n");
        var output = Path.Combine(_folder.Path, "github-output");

        var (_, stdout) = RunLintStep(new() { ["INPUT_ANNOTATIONS"] = "false", ["GITHUB_OUTPUT"] = output });

        stdout.ShouldBe("No problems in 1 file\n", "the summary of the SARIF run, and no annotation");
        File.ReadAllText(output).ShouldBe("exit-code=0\n");
        File.Exists(Path.Combine(_folder.Path, "draftlint.sarif")).ShouldBeTrue();
    }

    [Fact]
    public void The_pre_commit_hook_runs_draftlint_on_texts_Word_documents_and_PDFs()
    {
        var hook = (YamlMappingNode)((YamlSequenceNode)Load(".pre-commit-hooks.yaml")).Children.Single();

        (Scalar(hook, "id"), Scalar(hook, "entry"), Scalar(hook, "language")).ShouldBe(("draftlint", "draftlint", "system"));
        var files = new Regex(Scalar(hook, "files"));
        new[] { "drafts/a.en.txt", "draft.docx", "adopted.pdf" }.ShouldAllBe(f => files.IsMatch(f));
        new[] { "README.md", "draftlint.json", "draft.doc" }.ShouldAllBe(f => !files.IsMatch(f));
    }

    /// <summary>Runs action/lint.sh in the test folder with the built command line as "draftlint".</summary>
    private (int ExitCode, string Stdout) RunLintStep(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepositoryRoot, "action", "lint.sh")])
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DRAFTLINT"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "draftlint.dll")}";
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
