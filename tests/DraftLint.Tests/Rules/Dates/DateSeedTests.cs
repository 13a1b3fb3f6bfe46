using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Rules.Dates;
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
        var finding = Lint(SeedFiles.Draft2012).Single(d => d.Id == "DR3001");

        finding.Location.LineSpan.Start.ShouldBe(new Text.LinePosition(81, 61));
        finding.Message.ShouldBe("'December 2012' comes after the document's date, '17 February 2012' (estimated: the latest date the text states in a past-tense statement, '17 February 2012'); a past event cannot be later than the text.");

        // The draft states no date of its own: against an estimate the finding is a warning, not an error's promise.
        finding.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void The_drafts_finding_is_an_error_once_the_date_is_given()
    {
        var text = File.ReadAllText(TestPaths.Seed(SeedFiles.Draft2012));
        var finding = RuleVerifier.Run(new DR3001DateAfterDocumentDate(), text, asOf: new DateOnly(2012, 3, 8), path: SeedFiles.Draft2012).Single();

        finding.Severity.ShouldBe(DiagnosticSeverity.Error);
        finding.Message.ShouldBe("'December 2012' comes after the document's date, '8 March 2012' (set by --as-of or asOf in the configuration); a past event cannot be later than the text.");
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
