using System.Text.Json;
using DraftLint.Rules;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Engine;

/// <summary>Every rule is complete: a well-formed descriptor, its own file, a doc page, a default in rules/defaults.json, a README row.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds() => [.. BuiltInRules.Descriptors.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_is_complete(string id)
    {
        var rule = BuiltInRules.Descriptors.Single(d => d.Id == id);
        var root = TestPaths.RepositoryRoot;

        rule.Title.ShouldNotBeNullOrWhiteSpace();
        rule.Description.Length.ShouldBeInRange(40, 1024, "GitHub shows at most 1,024 characters");
        rule.MessageFormat.ShouldEndWith(".");
        rule.HelpUri.ShouldEndWith($"docs/rules/{id}.md");
        File.Exists(Path.Combine(root, "docs", "rules", $"{id}.md")).ShouldBeTrue($"docs/rules/{id}.md is missing");
        Directory.EnumerateFiles(Path.Combine(root, "src", "DraftLint.Rules"), $"{id}*.cs", SearchOption.AllDirectories).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(root, "README.md")).ShouldContain($"| {id} |");

        using var defaults = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "rules", "defaults.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var setting = defaults.RootElement.GetProperty("rules").GetProperty(id);
        var severity = setting.ValueKind == JsonValueKind.String ? setting.GetString() : setting.GetProperty("severity").GetString();
        var enabled = setting.ValueKind == JsonValueKind.String || !setting.TryGetProperty("enabled", out var e) || e.GetBoolean();
        (severity, enabled).ShouldBe((rule.DefaultSeverity.ToString().ToLowerInvariant(), rule.IsEnabledByDefault), "rules/defaults.json agrees with the descriptor");
    }

    [Fact]
    public void The_engines_own_rules_are_described_documented_and_listed()
    {
        var root = TestPaths.RepositoryRoot;
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        foreach (var rule in Analysis.EngineDiagnostics.All)
        {
            rule.Family.ShouldBe("engine");
            rule.Tags.ShouldContain(Diagnostics.WellKnownTags.NotConfigurable);
            File.Exists(Path.Combine(root, "docs", "rules", $"{rule.Id}.md")).ShouldBeTrue($"docs/rules/{rule.Id}.md is missing");
            readme.ShouldContain($"| {rule.Id} |");
        }

        var (_, stdout, _) = CliRunner.Run(root, "rules");
        stdout.Split('\n')[..7].Select(l => l.Split(' ')[0]).ShouldBe(["DR0001", "DR0002", "DR0003", "DR0004", "DR0005", "DR0006", "DR0007"]);
    }

    [Fact]
    public void Rule_ids_are_unique() =>
        BuiltInRules.CreateAll().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ShouldBeUnique();

    [Fact]
    public void Every_rule_class_is_in_the_built_in_list()
    {
        var listed = BuiltInRules.CreateAll().Select(a => a.GetType()).ToHashSet();
        var defined = typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Analysis.DiagnosticAnalyzer)) && !t.IsAbstract)

            // The view `draftlint versions` runs alone: it shows the DR6 alignment and reports nothing.
            .Where(t => t != typeof(DraftLint.Rules.Versions.VersionAlignmentView));

        defined.Where(t => !listed.Contains(t)).Select(t => t.Name).ShouldBeEmpty("add the rule to BuiltInRules.CreateAll");
        BuiltInRules.CreateAll().Select(a => a.SupportedDiagnostics[0].Id).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
    }

    /// <summary>The SARIF Multitool's test of a Pascal identifier (SARIF2012, ProvideRuleProperties in microsoft/sarif-sdk).</summary>
    private const string MultitoolPascalCase = @"^(\p{Lu}[\p{Ll}\p{Nd}]+)*$";

    [Fact]
    public void Every_rule_name_is_Pascal_case_as_the_SARIF_Multitool_checks_it_and_a_possessive_keeps_its_word_whole()
    {
        BuiltInRules.Descriptors.Concat(Analysis.EngineDiagnostics.All).Select(d => d.Name)
            .Where(name => !System.Text.RegularExpressions.Regex.IsMatch(name, MultitoolPascalCase)).ShouldBeEmpty();
        BuiltInRules.Descriptors.Single(d => d.Id == "DR3001").Name.ShouldBe("DateAfterTheDocumentsDate");
        BuiltInRules.Descriptors.Single(d => d.Id == "DR3005").Name.ShouldBe("DateWithoutYear");
        BuiltInRules.Descriptors.Single(d => d.Id == "DR4007").Name.ShouldBe("UrlForm");
    }

    /// <summary>The SARIF Multitool's test of dynamic content out of quotes (SARIF2015, EnquoteDynamicMessageContent).</summary>
    private const string MultitoolUnquotedPlaceholder = @"(^|[^'])\{[0-9]+\}";

    /// <summary>
    /// Every message of every rule quotes its dynamic content, as the Multitool's SARIF2015 asks: a fixed wording is a
    /// message of its own (DR3004's "empty"), never an argument.
    /// </summary>
    [Fact]
    public void Every_message_quotes_its_placeholders_and_its_ids_are_unique()
    {
        BuiltInRules.Descriptors
            .SelectMany(d => d.MessageFormats.Select(m => $"{d.Id} {m.Id}: {m.Format}"))
            .Where(m => System.Text.RegularExpressions.Regex.IsMatch(m, MultitoolUnquotedPlaceholder))
            .ShouldBeEmpty();
        BuiltInRules.Descriptors.ShouldAllBe(d => d.MessageFormats.Select(m => m.Id).Distinct().Count() == d.MessageFormats.Count());
    }
}
