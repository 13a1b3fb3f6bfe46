using System.Text.Json;
using System.Text.RegularExpressions;
using DraftLint.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace DraftLint.Tests.Cli;

/// <summary>The workflow and the task in the docs are valid, and the commands they name exist in the CLI.</summary>
public sealed class WorkflowDocsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Block(string doc, string language) =>
        CodeBlock(language).Match(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", doc))).Groups["body"].Value;

    /// <summary>Parses a draftlint command line with the CLI's own parser: no error means every option exists.</summary>
    private static void ShouldParse(IEnumerable<string> args) =>
        DraftLint.Cli.Cli.Build(new StringWriter(), new StringWriter()).Parse([.. args]).Errors.Select(e => e.Message).ShouldBeEmpty();

    [Fact]
    public void The_GitHub_workflow_is_valid_YAML_and_its_draftlint_commands_parse()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Block("ci.md", "yaml")));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["lint"])["steps"];
        var runs = steps.Children.OfType<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run"))
            .SelectMany(s => ((YamlScalarNode)s["run"]).Value!.Split('\n'))
            .Select(l => l.Trim())
            .ToList();
        var upload = steps.Children.OfType<YamlMappingNode>().Single(s => s.Children.ContainsKey("uses") && ((YamlScalarNode)s["uses"]).Value!.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal));

        ((YamlScalarNode)upload["uses"]).Value.ShouldBe("github/codeql-action/upload-sarif@v4");
        ((YamlScalarNode)((YamlMappingNode)upload["with"])["category"]).Value.ShouldBe("draftlint");
        runs.ShouldContain(l => l.StartsWith("dotnet pack .draftlint-src/src/DraftLint.Cli", StringComparison.Ordinal));
        File.Exists(Path.Combine(TestPaths.RepositoryRoot, "src", "DraftLint.Cli", "DraftLint.Cli.csproj")).ShouldBeTrue();
        var commands = runs.Where(l => l.StartsWith("draftlint ", StringComparison.Ordinal)).ToList();
        commands.ShouldNotBeEmpty();
        foreach (var command in commands.Concat(["draftlint baseline drafts -o .draftlint/baseline.sarif", "draftlint drafts --format github"]))
        {
            ShouldParse(command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        }
    }

    [Fact]
    public void The_VS_Code_task_is_valid_JSON_and_its_problem_matcher_reads_the_text_output()
    {
        using var json = JsonDocument.Parse(Block("vscode.md", "json"), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var task = json.RootElement.GetProperty("tasks")[0];
        task.GetProperty("command").GetString().ShouldBe("draftlint");
        ShouldParse(task.GetProperty("args").EnumerateArray().Select(a => a.GetString()!));
        var pattern = task.GetProperty("problemMatcher").GetProperty("pattern");
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);

        // Every finding line of a run on the seeds is read, with the right line and column.
        var (_, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "seeds");
        var findings = stdout.Split('\n').Where(l => l.Contains(": error DR", StringComparison.Ordinal) || l.Contains(": warning DR", StringComparison.Ordinal) || l.Contains(": info DR", StringComparison.Ordinal)).ToList();
        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(l => regex.IsMatch(l));
        var first = regex.Match(findings.Single(l => l.Contains("DR3001", StringComparison.Ordinal)));
        (first.Groups[pattern.GetProperty("file").GetInt32()].Value, first.Groups[pattern.GetProperty("line").GetInt32()].Value, first.Groups[pattern.GetProperty("column").GetInt32()].Value, first.Groups[pattern.GetProperty("severity").GetInt32()].Value)
            .ShouldBe(("seeds/kazakhstan-2012-motion-draft.en.txt", "81", "61", "warning"));
    }

    [Fact]
    public void SARIF_regions_count_UTF16_columns_as_the_editor_does()
    {
        const string line = "A. whereas Zjanaozen – ‘destructief’ 𝐀 was said on 3rd February 2012;";
        _folder.Write("a.txt", "The European Parliament,\n\n" + line + "\n");

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "--format", "sarif");
        var region = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "DR3006").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        var column = line.IndexOf("3rd", StringComparison.Ordinal) + 1;
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .ShouldBe((3, column, column + "3rd February 2012".Length));
    }

    [Fact]
    public void GitHub_annotations_escape_what_the_runner_reads_as_syntax()
    {
        DraftLint.Cli.Output.GitHubReportWriter.Data("50% of\r\nthem").ShouldBe("50%25 of%0D%0Athem");
        DraftLint.Cli.Output.GitHubReportWriter.Property("a:b,c").ShouldBe("a%3Ab%2Cc");

        _folder.Write("a.txt", "The European Parliament,\n\nA. whereas on 3rd February 2012 people were arrested;\n");
        var (_, stdout, _) = CliRunner.Run(_folder.Path, "a.txt", "--format", "github");

        stdout.ShouldStartWith("::notice file=a.txt,line=3,col=15,endLine=3,endColumn=32,title=DR3006 Date style::'3rd February 2012' uses an ordinal; the EU style is '3 February 2012'.");
    }

    private static Regex CodeBlock(string language) => new($"```{language}\\n(?<body>[\\s\\S]*?)```");
}
