using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Configuration;

public sealed class ConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static LintConfiguration Create(CommandLineSettings? commandLine = null) =>
        new(
            Path.Combine(RuleVerifier.Data.Directory, "defaults.json"),
            BuiltInRules.Descriptors,
            RuleVerifier.Data.Languages.Keys.ToHashSet(),
            commandLine ?? new CommandLineSettings());

    private static DiagnosticDescriptor Rule(string id) => BuiltInRules.Descriptors.Single(d => d.Id == id);

    [Fact]
    public void Layers_apply_in_order_defaults_then_nearest_file_then_config_then_command_line()
    {
        _folder.Write("draftlint.json", """{ "rules": { "DR1001": "error", "DR1002": "note", "DR1003": "note" } }""");
        var text = _folder.Write("texts/a.txt", "x");
        var extra = _folder.Write("extra.json", """{ "rules": { "DR1002": { "severity": "error" } } }""");

        var configuration = Create(new CommandLineSettings { ConfigFile = extra, Severities = [new("DR1003", DiagnosticSeverity.Warning)] }).ForFile(text);

        configuration.GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.Error);
        configuration.GetSeverity(Rule("DR1002")).ShouldBe(DiagnosticSeverity.Error);
        configuration.GetSeverity(Rule("DR1003")).ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Disable_on_the_command_line_wins()
    {
        var text = _folder.Write("a.txt", "x");

        Create(new CommandLineSettings { Disabled = ["DR1001"] }).ForFile(text).GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.None);
    }

    [Fact]
    public void Glob_overrides_apply_only_to_matching_files()
    {
        _folder.Write("draftlint.json", """
            {
              "rules": { "DR1001": "warning" },
              "overrides": [ { "files": "**/*.nl.txt", "language": "nl", "asOf": "2012-03-15", "rules": { "DR1001": "none" } } ]
            }
            """);
        var dutch = _folder.Write("texts/a.nl.txt", "x");
        var english = _folder.Write("texts/a.en.txt", "x");
        var configuration = Create();

        configuration.ForFile(dutch).GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.None);
        configuration.ForFile(dutch).Language.ShouldBe("nl");
        configuration.ForFile(dutch).AsOf.ShouldBe(new DateOnly(2012, 3, 15));
        configuration.ForFile(english).GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.Warning);
        configuration.ForFile(english).Language.ShouldBeNull();
    }

    [Fact]
    public void Files_with_the_same_layers_overrides_and_suppressions_share_one_configuration()
    {
        _folder.Write("texts/draftlint.json", """
            {
              "overrides": [ { "files": "**/*.nl.txt", "rules": { "DR1001": "none" } } ],
              "suppressions": [ { "rule": "DR1002", "files": "**/b.*", "justification": "checked" } ]
            }
            """);
        _folder.Write("other/draftlint.json", """{ "rules": { "DR1001": "error" } }""");
        var configuration = Create();
        var first = configuration.ForFile(_folder.Write("texts/a.en.txt", "x"));

        configuration.ForFile(_folder.Write("texts/c.en.txt", "x")).ShouldBeSameAs(first);
        configuration.ForFile(_folder.Write("texts/sub/d.en.txt", "x")).ShouldBeSameAs(first);
        configuration.ForFile(_folder.Write("texts/a.nl.txt", "x")).GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.None);
        configuration.ForFile(_folder.Write("texts/b.en.txt", "x")).Suppressions.ShouldHaveSingleItem().RuleId.ShouldBe("DR1002");
        first.Suppressions.ShouldBeEmpty();
        configuration.ForFile(_folder.Write("other/a.en.txt", "x")).GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.Error);
        first.GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"DR1001\": \"error\", } ", 1, "invalid JSON")]
    [InlineData("{\n  \"severty\": {}\n}", 2, "unknown key 'severty'")]
    [InlineData("{\n  \"rules\": {\n    \"DR1010\": \"error\"\n  }\n}", 3, "unknown rule id 'DR1010'; did you mean")]
    [InlineData("{\n  \"rules\": { \"DR1001\": \"fatal\" }\n}", 2, "invalid severity 'fatal'")]
    [InlineData("{\n  \"asOf\": \"15/03/2012\"\n}", 2, "invalid date '15/03/2012'")]
    [InlineData("{\n  \"language\": \"xx\"\n}", 2, "unknown language 'xx'")]
    [InlineData("{\n  \"overrides\": [ { \"rules\": {} } ]\n}", 2, "an override needs 'files'")]
    public void A_bad_configuration_file_is_reported_with_file_line_and_problem(string json, int line, string problem)
    {
        var path = _folder.Write("draftlint.json", json);
        var text = _folder.Write("a.txt", "x");

        var error = Should.Throw<ConfigurationException>(() => Create().ForFile(text));

        error.FilePath.ShouldBe(path);
        error.Line.ShouldBe(line);
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted_as_Microsoft_Extensions_Configuration_accepts_them()
    {
        _folder.Write("draftlint.json", "// policy\n{ \"rules\": { \"DR1001\": \"error\", }, }");

        Create().ForFile(_folder.Write("a.txt", "x")).GetSeverity(Rule("DR1001")).ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_unknown_rule_on_the_command_line_is_an_error() =>
        Should.Throw<ConfigurationException>(() => Create(new CommandLineSettings { Disabled = ["DR1099"] })).Problem.ShouldContain("unknown rule id 'DR1099'");

    [Fact]
    public void The_published_schema_and_the_validator_know_the_same_keys_at_every_level()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "draftlint.schema.json")));
        var root = schema.RootElement;
        var definitions = root.GetProperty("definitions");
        static string[] Keys(System.Text.Json.JsonElement element) => [.. element.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

        Keys(root).ShouldBe(ConfigurationVocabulary.Root, ignoreOrder: true);
        Keys(root.GetProperty("properties").GetProperty("overrides").GetProperty("items")).ShouldBe(ConfigurationVocabulary.Override, ignoreOrder: true);
        Keys(definitions.GetProperty("ruleSetting").GetProperty("oneOf")[1]).ShouldBe(ConfigurationVocabulary.Rule, ignoreOrder: true);
        Keys(root.GetProperty("properties").GetProperty("names")).ShouldBe(ConfigurationVocabulary.Names, ignoreOrder: true);
        Keys(root.GetProperty("properties").GetProperty("names").GetProperty("properties").GetProperty("canonical").GetProperty("items")).ShouldBe(ConfigurationVocabulary.CanonicalName, ignoreOrder: true);
        Keys(root.GetProperty("properties").GetProperty("suppressions").GetProperty("items")).ShouldBe(ConfigurationVocabulary.Suppression, ignoreOrder: true);
        Keys(root.GetProperty("properties").GetProperty("versions")).ShouldBe(ConfigurationVocabulary.Versions, ignoreOrder: true);

        // Each rule with options has its own entry, with the options' bounds.
        var withOptions = BuiltInRules.Descriptors.Where(d => d.Options.Length > 0).ToList();
        Keys(definitions.GetProperty("rules")).ShouldBe(withOptions.Select(d => d.Id), ignoreOrder: true);
        foreach (var rule in withOptions)
        {
            var entry = definitions.GetProperty("rules").GetProperty("properties").GetProperty(rule.Id).GetProperty("oneOf")[1];
            Keys(entry).ShouldBe([.. ConfigurationVocabulary.Rule, .. rule.Options.Select(o => o.Name)], ignoreOrder: true);
            foreach (var option in rule.Options)
            {
                var described = entry.GetProperty("properties").GetProperty(option.Name);
                (described.GetProperty("minimum").GetInt32(), described.GetProperty("maximum").GetInt32(), described.GetProperty("default").GetInt32())
                    .ShouldBe((option.Minimum, option.Maximum, option.Default));
            }
        }
    }

    [Fact]
    public void A_set_of_versions_names_its_files_relative_to_the_configuration_and_gives_each_the_reference_language()
    {
        _folder.Write("draftlint.json", """{ "versions": { "reference": "en", "sets": [["a/motion-en.txt", "b/motie.txt"]] } }""");
        var motion = _folder.Write("a/motion-en.txt", "x");
        var other = _folder.Write("b/other.txt", "x");

        var configuration = Create();

        configuration.ForFile(motion).Versions.ShouldBe(new VersionSettings("en", [Path.GetFullPath(motion), Path.Combine(_folder.Path, "b", "motie.txt")]), new VersionSettingsComparer());
        configuration.ForFile(other).Versions.Set.ShouldBeEmpty();
        configuration.ForFile(other).Versions.Reference.ShouldBe("en");
    }

    private sealed class VersionSettingsComparer : IEqualityComparer<VersionSettings>
    {
        public bool Equals(VersionSettings? x, VersionSettings? y) => x!.Reference == y!.Reference && x.Set.SequenceEqual(y.Set);

        public int GetHashCode(VersionSettings obj) => 0;
    }

    [Theory]
    [InlineData("""{ "versions": { "reference": "xx" } }""", "(1,30): unknown reference language 'xx'; use one of: ")]
    [InlineData("""{ "versions": { "sets": [["a.txt"]] } }""", "(1,26): a set of versions needs two or more files")]
    [InlineData("""{ "versions": { "sets": [["a.txt", "*.nl.txt"]] } }""", "(1,36): '*.nl.txt' is not a file path: a set names its files, relative to this file, without wildcards")]
    [InlineData("""{ "versions": { "sets": [["a.txt", "b.txt"], ["./a.txt", "c.txt"]] } }""", "(1,47): './a.txt' is listed twice: a file is a version of one text only")]
    [InlineData("""{ "versions": { "sets": ["a.txt"] } }""", "(1,26): 'sets' must be an array of sets")]
    [InlineData("""{ "versions": { "referenc": "en" } }""", "(1,17): unknown key 'referenc'; expected one of: reference, sets (did you mean 'reference'?)")]
    public void A_bad_versions_setting_is_reported_with_its_line_and_column(string json, string problem)
    {
        _folder.Write("draftlint.json", json);

        var ex = Should.Throw<ConfigurationException>(() => Create().ForFile(_folder.Write("a.txt", "x")));
        $"({ex.Line},{ex.Column}): {ex.Problem}".ShouldStartWith(problem);
    }

    [Theory]
    [InlineData("""{ "rules": { "DR4009": { "severity": "warning", "timeoutSeconds": 0 } } }""", "(1,67): 'timeoutSeconds' of DR4009 must be a whole number from 1 to 300")]
    [InlineData("""{ "rules": { "DR4009": { "timeout": 5 } } }""", "(1,26): unknown key 'timeout'; expected one of: severity, enabled, timeoutSeconds")]
    [InlineData("""{ "rules": { "DR1001": { "timeoutSeconds": 5 } } }""", "(1,26): unknown key 'timeoutSeconds'; expected one of: severity, enabled")]
    public void A_rule_option_is_checked_against_the_rules_own_options(string json, string problem)
    {
        _folder.Write("draftlint.json", json);

        var ex = Should.Throw<ConfigurationException>(() => Create().ForFile(_folder.Write("a.txt", "x")));
        $"({ex.Line},{ex.Column}): {ex.Problem}".ShouldBe(problem);
    }

    [Fact]
    public void A_rule_option_reaches_the_file_configuration()
    {
        _folder.Write("draftlint.json", """{ "rules": { "DR4009": { "timeoutSeconds": 3 } }, "overrides": [ { "files": "slow/**", "rules": { "DR4009": { "timeoutSeconds": 30 } } } ] }""");
        var configuration = Create();

        configuration.ForFile(_folder.Write("a.txt", "x")).RuleOptions[("DR4009", "timeoutSeconds")].ShouldBe(3);
        configuration.ForFile(_folder.Write("slow/b.txt", "x")).RuleOptions[("DR4009", "timeoutSeconds")].ShouldBe(30);
    }
}
