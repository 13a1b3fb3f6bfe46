using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules.Versions;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Versions;

/// <summary>
/// The DR6 rules on real English and Dutch versions of one text, from the development set beside the repository
/// (../shared/realtexts, see its README): unchanged, a pair gives nothing; with one difference injected into one
/// version, exactly that difference. Where the set is not there (a clone without it), there is nothing to read and
/// the tests pass without checking: the synthetic pairs of <see cref="VersionRuleTests"/> still run.
/// </summary>
public sealed class RealPairTests
{
    private static readonly string Texts = Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "realtexts", "texts");

    private static bool Present => Directory.Exists(Texts);

    private static string Read(string name) => File.ReadAllText(Path.Combine(Texts, name));

    private static string[] Run(params (string Path, string Text)[] files)
    {
        var driver = new AnalyzerDriver([new VersionsAnalyzer()], RuleVerifier.Data);
        var none = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());
        var result = driver.Run([.. files.Select(f => LintInput.FromText(f.Path, f.Text))], _ => none);
        return [.. result.Diagnostics.Select(d =>
            $"{d.Location.FilePath}({d.Location.LineSpan.Start.Line},{d.Location.LineSpan.Start.Column}): {d.Id}: {d.Message}"
            + string.Concat(d.AdditionalLocations.Select(l => $" | {l.FilePath}({l.LineSpan.Start.Line},{l.LineSpan.Start.Column}): {l.Message}")))];
    }

    /// <summary>The 1-based line and column of <paramref name="written"/>'s first occurrence in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(string text, string written)
    {
        var at = text.IndexOf(written, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (text[..at].Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    private static string Replaced(string text, string from, string to)
    {
        text.ShouldContain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TA-8-2015-0079")]
    [InlineData("TA-9-2021-0014")]
    [InlineData("B-8-2016-0066")]
    public void An_unchanged_real_pair_gives_nothing(string text)
    {
        if (Present)
        {
            Run(($"{text}.en.txt", Read($"{text}.en.txt")), ($"{text}.nl.txt", Read($"{text}.nl.txt"))).ShouldBeEmpty();
        }
    }

    [Fact]
    public void DR6005_finds_a_number_injected_into_one_version_of_TA_9_2021_0014()
    {
        if (!Present)
        {
            return;
        }

        var (en, nl) = (Read("TA-9-2021-0014.en.txt"), Replaced(Read("TA-9-2021-0014.nl.txt"), "beginselen 2, 3, 11 en 17", "beginselen 2, 3, 12 en 17"));
        var (line, column) = Position(nl, "12 en 17");
        var (enLine, enColumn) = Position(en, "11 and 17");
        Run(("TA-9-2021-0014.en.txt", en), ("TA-9-2021-0014.nl.txt", nl)).ShouldBe([
            $"TA-9-2021-0014.nl.txt({line},{column}): DR6005: Citation '4' gives '12' here, where the 'en' version has '11'; the versions of one text must give the same numbers."
            + $" | TA-9-2021-0014.en.txt({enLine},{enColumn}): '11' in the en version"]);
    }

    [Fact]
    public void DR6005_finds_an_amount_of_another_scale_injected_into_TA_9_2021_0014()
    {
        if (!Present)
        {
            return;
        }

        // The same clause in both versions, the Dutch amount a thousand times smaller: one difference; "1 500 miljoen" would be none.
        var en = Replaced(Read("TA-9-2021-0014.en.txt"), "principles 2, 3, 11 and 17 thereof,", "principles 2, 3, 11 and 17 thereof, with EUR 1.5 billion,");
        var nl = Replaced(Read("TA-9-2021-0014.nl.txt"), "beginselen 2, 3, 11 en 17,", "beginselen 2, 3, 11 en 17, met 1,5 miljoen euro,");
        var same = Replaced(Read("TA-9-2021-0014.nl.txt"), "beginselen 2, 3, 11 en 17,", "beginselen 2, 3, 11 en 17, met 1 500 miljoen euro,");
        var (line, column) = Position(nl, "1,5 miljoen euro");
        var (enLine, enColumn) = Position(en, "EUR 1.5 billion");
        Run(("TA-9-2021-0014.en.txt", en), ("TA-9-2021-0014.nl.txt", nl)).ShouldBe([
            $"TA-9-2021-0014.nl.txt({line},{column}): DR6005: Citation '4' gives '1,5 miljoen euro' here, where the 'en' version has 'EUR 1.5 billion'; the versions of one text must give the same numbers."
            + $" | TA-9-2021-0014.en.txt({enLine},{enColumn}): 'EUR 1.5 billion' in the en version"]);
        Run(("TA-9-2021-0014.en.txt", en), ("TA-9-2021-0014.nl.txt", same)).ShouldBeEmpty();
    }

    [Fact]
    public void DR6008_finds_another_body_injected_into_one_version_of_TA_8_2015_0079()
    {
        if (!Present)
        {
            return;
        }

        // Citation 1: "the UN human rights conventions", "de mensenrechtenverdragen van de VN".
        var (en, nl) = (Read("TA-8-2015-0079.en.txt"), Replaced(Read("TA-8-2015-0079.nl.txt"), "mensenrechtenverdragen van de VN", "mensenrechtenverdragen van de NAVO"));
        var (line, column) = Position(nl, "NAVO");
        var (enLine, enColumn) = Position(en, "UN human rights conventions");
        Run(("TA-8-2015-0079.en.txt", en), ("TA-8-2015-0079.nl.txt", nl)).ShouldBe([
            $"TA-8-2015-0079.nl.txt({line},{column}): DR6008: Citation '1' names 'NAVO' here, where the 'en' version names 'UN'; check that both versions name the same body."
            + $" | TA-8-2015-0079.en.txt({enLine},{enColumn}): 'UN' in the en version"]);
    }

    [Fact]
    public void DR6010_finds_a_name_that_lost_its_diacritics_in_one_version_of_TA_8_2015_0079()
    {
        if (!Present)
        {
            return;
        }

        // Citation 8, the conclusions of the Foreign Affairs Council, with its chair injected into both versions: the Dutch without the diacritics.
        var en = Replaced(Read("TA-8-2015-0079.en.txt"), "Foreign Affairs Council of 9 February 2015", "Foreign Affairs Council chaired by Miroslav Lajčák of 9 February 2015");
        var nl = Replaced(Read("TA-8-2015-0079.nl.txt"), "Raad Buitenlandse Zaken van 9 februari 2015", "Raad Buitenlandse Zaken onder voorzitterschap van Miroslav Lajcak van 9 februari 2015");
        var (line, column) = Position(nl, "Lajcak");
        var (enLine, enColumn) = Position(en, "Lajčák");
        Run(("TA-8-2015-0079.en.txt", en), ("TA-8-2015-0079.nl.txt", nl)).ShouldBe([
            $"TA-8-2015-0079.nl.txt({line},{column}): DR6010: Citation '8' writes 'Lajcak' here, where the 'en' version has 'Lajčák': the name lost its diacritics."
            + $" | TA-8-2015-0079.en.txt({enLine},{enColumn}): 'Lajčák' in the en version"]);

        // The name in both versions with its diacritics: nothing.
        Run(("TA-8-2015-0079.en.txt", en), ("TA-8-2015-0079.nl.txt", nl.Replace("Lajcak", "Lajčák", StringComparison.Ordinal))).ShouldBeEmpty();
    }
}
