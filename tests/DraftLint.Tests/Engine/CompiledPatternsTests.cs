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

    /// <summary>The shipped patterns of the full packs, composed as the parser and the recognizers compose them.</summary>
    public static TheoryData<string, string, RegexOptions> ShippedPatterns()
    {
        var data = RuleVerifier.Data;
        var references = data.Get<ReferenceData>("references.json");
        var result = new TheoryData<string, string, RegexOptions>();
        foreach (var language in data.Languages.Values.Where(l => l.Complete).OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            // As DocumentParser reads them: the neutral lists of structure.json with the pack's, joined as PatternSet joins them.
            result.Add($"{language.Code}: page debris", Joined(data.Structure.DebrisPatternsFor(language)), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            result.Add($"{language.Code}: footnote bodies", Joined(data.Structure.FootnoteBodyPatternsFor(language)), RegexOptions.CultureInvariant);

            // As ReferenceRecognizer and TenseClassifier read them.
            result.Add($"{language.Code}: officialJournal", references.OfficialJournalPattern(language), References);
            result.Add($"{language.Code}: rulesOfProcedure.phrase", language.RulesOfProcedure!.Phrase, References | RegexOptions.IgnoreCase);
            result.Add($"{language.Code}: rulesOfProcedure.item", language.RulesOfProcedure!.Item, References | RegexOptions.IgnoreCase);
            if (language.PastSuffixPattern.Length > 0)
            {
                result.Add($"{language.Code}: pastSuffixPattern", language.PastSuffixPattern, RegexOptions.CultureInvariant);
            }
        }

        foreach (var (name, pattern) in references.Patterns.Where(p => p.Key != "officialJournal"))
        {
            result.Add($"references.json patterns.{name}", pattern, References);
        }

        return result;
    }

    /// <summary>
    /// Not a failure: an edited pattern runs interpreted. The test's output lists what to paste into CompiledPatterns
    /// to compile it again (docs/performance.md measures the difference).
    /// </summary>
    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public void A_shipped_pattern_without_compiled_code_still_runs_and_says_what_to_compile(string where, string pattern, RegexOptions options)
    {
        if (!CompiledPatterns.IsCompiled(pattern, options))
        {
            Console.WriteLine($"{where} has no compiled copy: add to CompiledPatterns the constant @\"{pattern.Replace("\"", "\"\"")}\" with [GeneratedRegex(…, {options})]");
        }

        CompiledPatterns.Create(pattern, options).ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public void Compiled_code_matches_what_the_interpreter_matches(string where, string pattern, RegexOptions options)
    {
        if (!CompiledPatterns.IsCompiled(pattern, options))
        {
            return;
        }

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
        var english = RuleVerifier.Data.GetLanguage("en");
        var set = new PatternSet(RuleVerifier.Data.Structure.DebrisPatternsFor(english), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, callsBeforeNonBacktracking: 1);

        set.IsMatch("PE 480.543v01-00").ShouldBeTrue();
        set.IsMatch("warm-up").ShouldBeFalse();
        set.IsCompiled.ShouldBeTrue();
        set.UsesNonBacktracking.ShouldBeFalse();
    }

    private static string Joined(IEnumerable<string> patterns) => string.Join('|', patterns.Select(p => $"(?:{p})"));

    private static string Describe(MatchCollection matches) =>
        string.Join("; ", matches.Select(m => string.Join(" ", m.Groups.Values.Select(g => $"{g.Name}={(g.Success ? $"{g.Index}+{g.Length}" : "-")}"))));
}
