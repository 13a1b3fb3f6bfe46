using DraftLint.Rules.References;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;
using DraftLint.Tests.Semantics;

namespace DraftLint.Tests.Rules.References;

public sealed class OfficialJournalTests
{
    private const string Preamble = "The European Parliament,\n\n";

    [Theory]
    [InlineData("OJ L 222, 20.8.2008, p. 1", "L", "222", false, null, "1")]
    [InlineData("OJ C 251 E, 31.8.2013, p. 1", "C", "251", true, null, "1")]
    [InlineData("OJ C, C/2023/467, 1.12.2023", "C", null, false, "C/2023/467", null)]
    [InlineData("OJ L, 2023/2131, 11.10.2023", "L", null, false, "2023/2131", null)]
    [InlineData("PB C 251 E van 31.8.2013, blz. 1", "C", "251", true, null, "1")]
    [InlineData("PB L 222 van 20.8.2008, blz. 1", "L", "222", false, null, "1")]
    public void Official_Journal_forms_are_recognised(string text, string series, string? issue, bool e, string? act, string? page)
    {
        // Each language writes the Journal in its own words (officialJournal in its pack): PB … van …, blz. in Dutch.
        var citation = text.StartsWith("PB", StringComparison.Ordinal) ? $"Het Europees Parlement,\n\n– gezien {text},\n" : $"{Preamble}– having regard to {text},\n";
        var reference = DateRecognizerTests.Model(citation).References.Where(r => r.Kind == ReferenceKind.OfficialJournal).ShouldHaveSingleItem();

        (reference.Value, reference.Type, reference.Number, reference.SeriesE, reference.Act, reference.Page).ShouldBe((text, series, issue, e, act, page));
    }

    [Theory]
    [InlineData("{|DR4008:OJ C 51 E, 22.2.2015, p. 1|}", "'OJ C 51 E, 22.2.2015, p. 1' is in the C … E series, which ended on '1 April 2014'.")]
    [InlineData("{|DR4008:OJ C 123, 1.12.2023, p. 5|}", "'OJ C 123, 1.12.2023, p. 5' cites an issue and a page, but since '1 October 2023' the Official Journal is published act by act: cite it as 'OJ C, C/2023/…, 1.12.2023'.")]
    [InlineData("{|DR4008:OJ L, 2019/1020, 25.6.2019|}", "'OJ L, 2019/1020, 25.6.2019' cites an act number, but before '1 October 2023' the Official Journal was cited by issue and page.")]
    [InlineData("{|DR4008:OJ L 222, 31.4.2008, p. 1|}", "'OJ L 222, 31.4.2008, p. 1' has a date that does not exist.")]
    public void DR4008_reports_forms_the_date_rules_out(string reference, string message) =>
        RuleVerifier.Verify<DR4008OfficialJournalReference>(Preamble + $"– having regard to Regulation (EC) No 1/2008 ({reference}),\n", message);

    [Theory]
    [InlineData("OJ L 222, 20.8.2008, p. 1")]
    [InlineData("OJ C 251 E, 31.8.2013, p. 1")]
    [InlineData("OJ C, C/2023/467, 1.12.2023")]
    public void DR4008_is_silent_on_forms_that_fit_their_date(string reference) =>
        RuleVerifier.Verify<DR4008OfficialJournalReference>(Preamble + $"– having regard to Regulation (EC) No 1/2008 ({reference}),\n");
}
