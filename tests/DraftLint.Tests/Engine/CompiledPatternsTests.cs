using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Engine;

/// <summary>
/// Every regular expression that ships in rules/*.json has compiled code in <see cref="CompiledPatterns"/>, with the
/// options its reader uses, and the compiled code matches what the interpreter matches.
/// </summary>
public sealed class CompiledPatternsTests
{
    private const RegexOptions References = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static TheoryData<string, string, RegexOptions> ShippedPatterns()
    {
        var data = RuleVerifier.Data;
        var references = data.Get<ReferenceData>("references.json");
        var result = new TheoryData<string, string, RegexOptions>
        {
            // As DocumentParser reads them, joined as PatternSet joins them.
            { "structure.json debrisPatterns", Joined(data.Structure.DebrisPatterns), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase },
            { "structure.json footnoteBodyPatterns", Joined(data.Structure.FootnoteBodyPatterns), RegexOptions.CultureInvariant },
        };

        // As ReferenceRecognizer and TenseClassifier read them.
        foreach (var (name, pattern) in references.Patterns)
        {
            result.Add($"references.json patterns.{name}", pattern, References);
        }

        foreach (var (language, rules) in references.RulesOfProcedure)
        {
            result.Add($"references.json rulesOfProcedure.{language}.phrase", rules.Phrase, References | RegexOptions.IgnoreCase);
            result.Add($"references.json rulesOfProcedure.{language}.item", rules.Item, References | RegexOptions.IgnoreCase);
        }

        // A recognition pack has no past-participle pattern: there is nothing to compile.
        foreach (var language in data.Languages.Values.Where(l => l.PastSuffixPattern.Length > 0))
        {
            result.Add($"lang-{language.Code}.json pastSuffixPattern", language.PastSuffixPattern, RegexOptions.CultureInvariant);
        }

        return result;
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public void A_shipped_pattern_has_compiled_code(string where, string pattern, RegexOptions options) =>
        CompiledPatterns.IsCompiled(pattern, options).ShouldBeTrue(
            $"{where} has no compiled copy: add to CompiledPatterns the constant @\"{pattern.Replace("\"", "\"\"")}\" with [GeneratedRegex(…, {options})]");

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public void Compiled_code_matches_what_the_interpreter_matches(string where, string pattern, RegexOptions options)
    {
        var compiled = CompiledPatterns.Create(pattern, options);
        var interpreted = new Regex(pattern, options);
        compiled.GetType().ShouldNotBe(typeof(Regex), "compiled code is a generated subclass");
        var lines = Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").SelectMany(File.ReadLines).Select(l => l.Trim());
        foreach (var line in lines)
        {
            Describe(compiled.Matches(line)).ShouldBe(Describe(interpreted.Matches(line)), $"{where} on \"{line}\"");
        }
    }

    [Fact]
    public void A_changed_pattern_is_interpreted()
    {
        CompiledPatterns.IsCompiled(@"^\d{1,4}$", RegexOptions.CultureInvariant).ShouldBeFalse();
        CompiledPatterns.Create(@"^\d{1,4}$", RegexOptions.CultureInvariant).IsMatch("2012").ShouldBeTrue();
    }

    [Fact]
    public void The_shipped_page_debris_set_is_compiled_and_never_moves()
    {
        var set = new PatternSet(RuleVerifier.Data.Structure.DebrisPatterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, callsBeforeNonBacktracking: 1);

        set.IsMatch("PE 480.543v01-00").ShouldBeTrue();
        set.IsMatch("warm-up").ShouldBeFalse();
        set.IsCompiled.ShouldBeTrue();
        set.UsesNonBacktracking.ShouldBeFalse();
    }

    private static string Joined(IEnumerable<string> patterns) => string.Join('|', patterns.Select(p => $"(?:{p})"));

    private static string Describe(MatchCollection matches) =>
        string.Join("; ", matches.Select(m => string.Join(" ", m.Groups.Values.Select(g => $"{g.Name}={(g.Success ? $"{g.Index}+{g.Length}" : "-")}"))));
}
