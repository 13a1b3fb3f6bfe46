using DraftLint.Diagnostics;
using DraftLint.Rules.References;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.References;

/// <summary>DR4010: placeholders left in a text, in the patterns of real drafts, and the near misses that are not.</summary>
public sealed class PlaceholderTests
{
    private const string Preamble = "The European Parliament,\n\n";

    [Theory]
    [InlineData("– having regard to its resolution of {|DR4010:...|} on the Annual Report on Human Rights,", "'...' is a placeholder left in the text: the date or number after 'of' is missing.")]
    [InlineData("– having regard to Regulation (EU) {|DR4010:…/2019|} of the European Parliament and of the Council,", "'…/2019' is a placeholder left in the text: the number before the year is missing.")]
    [InlineData("– having regard to its resolution in motion {|DR4010:B8-0000/2016|},", "'B8-0000/2016' is a placeholder left in the text: the reference has no number yet.")]
    [InlineData("– having regard to procedure {|DR4010:2019/XXXX(RSP)|},", "'2019/XXXX(RSP)' is a placeholder left in the text: the reference has no number yet.")]
    [InlineData("– having regard to procedure {|DR4010:XXXX(RSP)|},", "'XXXX(RSP)' is a placeholder left in the text: the reference has no number yet.")]
    [InlineData("– having regard to OJ C 17, 12.1.2016, {|DR4010:p. …|},", "'p. …' is a placeholder left in the text: the page is missing.")]
    [InlineData("– having regard to the Council conclusions of {|DR4010:[date]|},", "'[date]' is a placeholder left in the text: it was never filled in.")]
    [InlineData("– having regard to the statement of the VP/HR of {|DR4010:TBC|},", "'TBC' is a placeholder left in the text: it was never filled in.")]
    [InlineData("– having regard to its resolution on Belarus {|DR4010:()|},", "'()' is a placeholder left in the text: the reference in the brackets is missing.")]
    public void DR4010_reports_a_placeholder_as_an_error(string citation, string message)
    {
        RuleVerifier.Verify<DR4010UnfilledPlaceholder>(Preamble + citation + "\n\nA. whereas it is so;\n", message);
        RuleVerifier.Run(new DR4010UnfilledPlaceholder(), RuleVerifier.ParseMarkup(Preamble + citation + "\n").Text).Single().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("– having regard to its resolution of 12 March 2015 on the Annual Report (2014/2216(INI)),")]
    [InlineData("1. Adopts its position at first reading with a view to the adoption of Regulation (EU) No …/2014 of the European Parliament and of the Council;")]
    [InlineData("A. whereas the President said that ‘… the rule of law will prevail …’;")]
    [InlineData("A. whereas the report (…) states the facts; whereas [...] the rest is known;")]
    [InlineData("B. whereas the Charter states that ‘everyone has the right of … access to a court’;")]
    [InlineData("– having regard to OJ C 17, 12.1.2016, p. 2, and to the UN, EU and OSCE statements,")]
    public void DR4010_is_silent_on_filled_references_forthcoming_acts_quotations_and_omissions(string item) =>
        RuleVerifier.Verify<DR4010UnfilledPlaceholder>(Preamble + item + "\n");

    [Fact]
    public void DR4010_reads_the_Dutch_words() =>
        RuleVerifier.Verify(new DR4010UnfilledPlaceholder(), "Het Europees Parlement,\n\n– gezien zijn resolutie van {|DR4010:…|} over Wit-Rusland,\n\n– gezien de conclusies van {|DR4010:[datum]|},\n",
            ["'…' is a placeholder left in the text: the date or number after 'van' is missing.", "'[datum]' is a placeholder left in the text: it was never filled in."], language: "nl");

    [Fact]
    public void DR4010_leaves_the_forthcoming_act_of_a_legislative_text_alone() =>
        RuleVerifier.Verify<DR4010UnfilledPlaceholder>(
            "European Parliament legislative resolution of 25 February 2014 on the proposal for a regulation\n\nThe European Parliament,\n\n– having regard to the Commission proposal,\n\n"
            + "1. Adopts its position at first reading;\n\n2. Considers that the amounts laid down in Regulation (EU) No …/2014, which the Council is still to adopt in line with the financial framework, must be published in OJ L …, …, p. …;\n");
}

