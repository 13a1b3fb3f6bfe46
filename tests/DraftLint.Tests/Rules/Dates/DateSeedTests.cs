using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Dates;

/// <summary>The date rules on the seeds, read as a drafter would.</summary>
public sealed class DateSeedTests
{
    private static List<Diagnostic> Lint(string seed) =>
        BuiltInRules.CreateAll()
            .Where(a => a.SupportedDiagnostics.Any(d => d.Family == "dates"))
            .SelectMany(a => RuleVerifier.Run(a, File.ReadAllText(TestPaths.Seed(seed)), path: seed))
            .Order(DiagnosticComparer.Instance)
            .ToList();

    [Fact]
    public void The_draft_says_December_2012_where_it_means_December_2011()
    {
        var error = Lint(SeedFiles.Draft2012).Single(d => d.Severity == DiagnosticSeverity.Error);

        error.Id.ShouldBe("DR3001");
        error.Location.LineSpan.Start.ShouldBe(new Text.LinePosition(81, 61));
        error.Message.ShouldBe("'December 2012' is 10 months after the document's date, 17 February 2012 (the latest date the text states in a past-tense statement, '17 February 2012' at line 57); a past event cannot be later than the text.");
    }

    [Fact]
    public void The_draft_has_notes_for_its_ordinal_and_its_dates_without_a_year() =>
        Lint(SeedFiles.Draft2012).Where(d => d.Severity == DiagnosticSeverity.Note).Select(d => $"{d.Id} {d.Location.LineSpan.Start}").ShouldBe(
            ["DR3006 85,26", "DR3005 134,1", "DR3005 137,79"]);

    [Theory]
    [InlineData(SeedFiles.Adopted2012Dutch)]
    [InlineData(SeedFiles.Motion2019)]
    [InlineData(SeedFiles.HelsinkiAppeal)]
    [InlineData(SeedFiles.Summary2012)]
    public void Texts_whose_dates_are_right_get_no_warning_or_error(string seed) =>
        Lint(seed).Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
}
