using System.Text.Json;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Print_config_shows_what_a_file_gets_from_every_layer()
    {
        _folder.Write("draftlint.json", """
            {
              "asOf": "2012-03-15",
              "rules": { "DR1001": "error", "DR4009": { "timeoutSeconds": 5 } },
              "overrides": [ { "files": "**/*.nl.txt", "language": "nl", "rules": { "DR2001": "none" } } ],
              "suppressions": [ { "rule": "DR3001", "files": "old/*.txt", "justification": "archived as adopted" } ],
              "names": { "canonical": [ { "name": "Vinyavskiy", "variants": [ "Vinyavski" ] } ] },
              "versions": { "reference": "en", "sets": [ [ "drafts/a.en.txt", "drafts/a.nl.txt" ] ] }
            }
            """);

        var (exitCode, stdout, _) = CliRunner.Run(_folder.Path, "print-config", "drafts/a.nl.txt", "--severity", "DR5009=note");

        exitCode.ShouldBe(0);
        var config = JsonDocument.Parse(stdout).RootElement;
        config.GetProperty("file").GetString().ShouldBe("drafts/a.nl.txt");
        config.GetProperty("configurationFiles").EnumerateArray().Select(f => Path.GetFileName(f.GetString())).ShouldBe(["defaults.json", "draftlint.json"]);
        (config.GetProperty("language").GetString(), config.GetProperty("asOf").GetString()).ShouldBe(("nl", "2012-03-15"));
        var rules = config.GetProperty("rules");
        rules.GetProperty("DR1001").GetString().ShouldBe("error");
        rules.GetProperty("DR2001").GetString().ShouldBe("none");
        rules.GetProperty("DR5009").GetString().ShouldBe("note", "the command line is the last layer");
        rules.GetProperty("DR4009").GetProperty("timeoutSeconds").GetInt32().ShouldBe(5);
        config.GetProperty("suppressions").GetArrayLength().ShouldBe(0, "the suppression's glob does not match this file");
        config.GetProperty("names").GetProperty("canonical")[0].GetProperty("name").GetString().ShouldBe("Vinyavskiy");
        config.GetProperty("versions").GetProperty("reference").GetString().ShouldBe("en");
        config.GetProperty("versions").GetProperty("set").EnumerateArray().Select(f => f.GetString()).ShouldBe(["drafts/a.en.txt", "drafts/a.nl.txt"]);
    }

    [Fact]
    public void Init_writes_a_commented_configuration_the_linter_reads_and_never_overwrites_one()
    {
        var (first, stdout, _) = CliRunner.Run(_folder.Path, "init");
        var written = File.ReadAllText(Path.Combine(_folder.Path, "draftlint.json"));
        _folder.Write("a.txt", "The European Parliament,\n\nA. whereas on 28 February 2012;\n");
        var (lint, lintOutput, lintErrors) = CliRunner.Run(_folder.Path, "a.txt");
        var (second, _, stderr) = CliRunner.Run(_folder.Path, "init");

        (first, stdout.Trim()).ShouldBe((0, "Wrote draftlint.json: it applies to the texts in this folder and below; draftlint print-config FILE shows what a file gets."));
        written.ShouldContain("\"$schema\": \"https://raw.githubusercontent.com/draftlint/draftlint/main/docs/draftlint.schema.json\"");
        written.ShouldContain("// The language of the texts");
        (lint, lintOutput + lintErrors).ShouldBe((0, "No problems in 1 file\n"));
        second.ShouldBe(2);
        stderr.Trim().ShouldBe("draftlint.json: error DR0002: there is a configuration here already; not overwritten (draftlint print-config FILE shows what it gives).");
        File.ReadAllText(Path.Combine(_folder.Path, "draftlint.json")).ShouldBe(written);
    }

    [Fact]
    public void The_schema_ships_beside_the_tool()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "docs", "draftlint.schema.json")).ShouldBeTrue();
    }

    [Fact]
    public void Versions_says_when_a_run_has_no_language_versions()
    {
        var (exitCode, stdout, _) = CliRunner.Run(TestPaths.RepositoryRoot, "versions", "seeds");

        exitCode.ShouldBe(0);
        stdout.ShouldBe("No language versions among 5 files: versions have names that differ only by the language (x.en.txt, x.nl.txt) or the same own reference.\n", "the Dutch text adopted and the English draft are two stages");
    }
}
