using System.Text.Json;
using DraftLint.Tests.Cli.Consumers;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>
/// The SARIF log as VS Code's SARIF viewer resolves it (Consumers/SarifViewer.cs): every result, related location and
/// fix opens its own file, and every region selects exactly the text the finding is about, whatever the file's name.
/// </summary>
public sealed class VsCodeViewerTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\n– having regard to X,\n\nA. whereas one;\n\nC. whereas three;\n\nC. whereas ‘four’;\n\n1. Instructs its President.\n";

    // Names a URI must encode (space, non-ASCII, '#', '%'), names it need not (',' '(' ')' '\'' '&' '+'), and a ':'.
    private static readonly string[] AwkwardNames =
    [
        "report,final(2).en.txt", "O'Brien & co+1.en.txt", "with space.en.txt", "café résumé.en.txt", "a#b.txt", "100%.txt", "x:y.txt",
        "sub folder/ü.txt", "sub,folder/plain.txt",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void EveryLocationResolvesToItsFileAndText(JsonElement log, string root, int expectedResults)
    {
        var run = log.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(expectedResults);
        foreach (var result in results)
        {
            var locations = result.GetProperty("locations").EnumerateArray()
                .Concat(result.TryGetProperty("relatedLocations", out var related) ? related.EnumerateArray() : []);
            foreach (var location in locations)
            {
                var physical = location.GetProperty("physicalLocation");
                var file = SarifViewer.Resolve(run, physical.GetProperty("artifactLocation"));
                file.ShouldNotBeNull($"{physical.GetProperty("artifactLocation")} does not resolve");
                Path.GetFullPath(file).ShouldStartWith(root);
                var region = physical.GetProperty("region");
                SarifViewer.Selected(File.ReadAllText(file), region).ShouldBe(region.GetProperty("snippet").GetProperty("text").GetString(), $"{result.GetProperty("ruleId")} in {file}");
            }

            foreach (var change in result.TryGetProperty("fixes", out var fixes) ? fixes.EnumerateArray().SelectMany(f => f.GetProperty("artifactChanges").EnumerateArray()) : [])
            {
                SarifViewer.Resolve(run, change.GetProperty("artifactLocation")).ShouldNotBeNull("the fix's file resolves, or the viewer skips the fix");
            }
        }
    }

    [Fact]
    public void Results_in_files_with_awkward_names_open_their_file_and_text()
    {
        foreach (var name in AwkwardNames)
        {
            _folder.Write(name, Broken);
        }

        var (_, stdout, _) = CliRunner.Run(_folder.Path, ".", "--format", "sarif");
        var log = JsonDocument.Parse(stdout).RootElement;

        var perFile = JsonDocument.Parse(CliRunner.Run(_folder.Path, "report,final(2).en.txt", "--format", "sarif").Stdout).RootElement
            .GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        EveryLocationResolvesToItsFileAndText(log, _folder.Path, perFile * AwkwardNames.Length);
    }

    [Fact]
    public void Names_that_need_no_encoding_stay_relative_and_as_they_are()
    {
        _folder.Write("report,final(2).en.txt", Broken);
        _folder.Write("x:y.txt", Broken);
        _folder.Write("with space.txt", Broken);

        var run = JsonDocument.Parse(CliRunner.Run(_folder.Path, ".", "--format", "sarif").Stdout).RootElement.GetProperty("runs")[0];
        var uris = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct().ToList();

        uris.ShouldBe(["report,final(2).en.txt", new Uri(Path.Combine(_folder.Path, "with space.txt")).AbsoluteUri, "./x:y.txt"], ignoreOrder: true);
    }

    [Fact]
    public void The_seeds_results_all_open_their_file_and_text()
    {
        var (_, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "seeds", "--format", "sarif");

        EveryLocationResolvesToItsFileAndText(JsonDocument.Parse(stdout).RootElement, TestPaths.Seeds, 77);
    }

    [Fact]
    public void Related_locations_are_linked_from_message_text_where_the_viewer_follows_links()
    {
        _folder.Write("a.txt", Broken);

        var result = JsonDocument.Parse(CliRunner.Run(_folder.Path, "a.txt", "--format", "sarif").Stdout).RootElement.GetProperty("runs")[0]
            .GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DR1002");

        result.GetProperty("message").GetProperty("text").GetString().ShouldBe("Recital 'C' repeats the label of an earlier recital; the next label here is 'D' (see [the first use of the label](1)).");
        result.GetProperty("message").TryGetProperty("markdown", out _).ShouldBeFalse();
        result.GetProperty("relatedLocations")[0].GetProperty("id").GetInt32().ShouldBe(1);
    }
}
