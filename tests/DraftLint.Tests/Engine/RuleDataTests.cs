using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Engine;

/// <summary>rules/*.json as the engine reads it: broken patterns are named with their file, and pattern lists answer as their patterns do.</summary>
public sealed class RuleDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("draftlint-rules-").FullName;

    public RuleDataTests() => RuleVerifier.CopyData(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_broken_pattern_is_reported_with_its_file_and_place()
    {
        var path = Path.Combine(_folder, "structure.json");
        File.WriteAllText(path, """{ "bulletGlyphs": "•", "debrisPatterns": ["^\\d{1,3}$", "^(page\\s+\\d+$"], "footnoteBodyPatterns": [] }""");

        var ex = Should.Throw<RuleDataException>(() => new RuleDataSet(_folder).Structure);

        ex.FilePath.ShouldBe(path);
        ex.Problem.ShouldBe(@"debrisPatterns[1]: '^(page\s+\d+$' is not a valid regular expression: insufficient closing parentheses at offset 13");
    }

    [Fact]
    public void A_broken_pattern_in_a_language_table_names_that_table()
    {
        var path = Path.Combine(_folder, "lang", "nl", "pack.json");
        var table = File.ReadAllText(path);
        File.WriteAllText(path, Regex.Replace(table, "\"pastSuffixPattern\":\\s*\"[^\"]*\"", "\"pastSuffixPattern\": \"[a-z\""));

        var ex = Should.Throw<RuleDataException>(() => new RuleDataSet(_folder).Languages);

        ex.FilePath.ShouldBe(path);
        ex.Problem.ShouldStartWith("pastSuffixPattern: '[a-z' is not a valid regular expression: unterminated");
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("PAGE 3", true)]
    [InlineData("page 3 of 9", true)]
    [InlineData("12 March", false)]
    [InlineData("a page 3", false)]
    [InlineData("", false)]
    public void A_pattern_set_matches_where_one_of_its_patterns_matches(string line, bool expected)
    {
        var patterns = new[] { @"^\d{1,3}$", @"^page\s+\d{1,3}(\s+of\s+\d{1,3})?$" };
        var set = new PatternSet(patterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        set.IsMatch(line).ShouldBe(expected);
        patterns.Any(p => Regex.IsMatch(line, p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("abab", true)]
    [InlineData("abba", false)]
    [InlineData("x1", true)]
    public void A_pattern_with_a_numbered_backreference_keeps_its_groups(string text, bool expected) =>
        new PatternSet([@"^(\w)(\d)$", @"^(ab)\1$"], RegexOptions.None).IsMatch(text).ShouldBe(expected);

    [Theory]
    [InlineData("ab", true)]
    [InlineData("ac", false)]
    public void A_pattern_the_non_backtracking_engine_cannot_run_is_interpreted(string text, bool expected)
    {
        var set = new PatternSet([@"^a(?=b)", @"(?<=x)y"], RegexOptions.None, callsBeforeNonBacktracking: 1);

        set.IsMatch("warm-up").ShouldBeFalse();
        set.UsesNonBacktracking.ShouldBeTrue();
        set.IsMatch(text).ShouldBe(expected);
    }

    [Fact]
    public void A_pattern_set_answers_the_same_on_either_engine()
    {
        var patterns = new[] { @"^\d{1,3}$", @"^page\s+\d{1,3}(\s+of\s+\d{1,3})?$", @"^(RE|AM)\\\S+$" };
        var lines = new[] { "12", "PAGE 3 of 9", "RE\\1234.docx", "12 March", "a page 3", "", "1234" };
        var interpreted = new PatternSet(patterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, callsBeforeNonBacktracking: int.MaxValue);
        var moved = new PatternSet(patterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, callsBeforeNonBacktracking: 1);

        moved.IsMatch("warm-up").ShouldBeFalse();

        moved.UsesNonBacktracking.ShouldBeTrue();
        interpreted.UsesNonBacktracking.ShouldBeFalse();
        lines.Select(l => moved.IsMatch(l)).ShouldBe(lines.Select(l => interpreted.IsMatch(l)));
        lines.Select(l => moved.IsMatch(l)).ShouldBe([true, true, true, false, false, false, false]);
    }
}
