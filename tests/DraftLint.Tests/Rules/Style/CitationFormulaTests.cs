using DraftLint.Rules.Style;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Style;

/// <summary>DR5008: the citation formula, its case and its dash, in the patterns of real texts, with near misses.</summary>
public sealed class CitationFormulaTests
{
    private const string Preamble = "The European Parliament,\n\n";

    [Fact]
    public void DR5008_reports_a_misspelt_formula_and_its_fix_applies_cleanly() =>
        RuleVerifier.VerifyFix(
            new DR5008CitationFormula(),
            Preamble + "–   having regard to its previous resolutions on Kazakhstan,\n\n–   {|DR5008:having regards to|} the Partnership and Cooperation Agreement,\n\n"
                + "–   having regard to Rule 122 of its Rules of Procedure,\n\nA. whereas it is so;\n",
            ["Citation '2' opens with 'having regards to', not with 'having regard to'."])
            .ShouldContain("–   having regard to the Partnership");

    [Fact]
    public void DR5008_fixes_an_em_dash_and_a_capitalised_formula() =>
        _ = RuleVerifier.VerifyFix(
            new DR5008CitationFormula(),
            Preamble + "– having regard to its resolutions,\n\n{|DR5008:—|} {|DR5008:Having regard to|} the Council conclusions,\n\n– having regard to the report,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\nA. whereas it is so;\n",
            ["Citation '2' is introduced by '—'; the other citations use the en dash '–'.", "Citation '2' opens with 'Having regard to' in capitals; the other citations open with 'having regard to'."]);

    [Fact]
    public void DR5008_reports_an_em_dash_among_en_dashes() =>
        RuleVerifier.Verify<DR5008CitationFormula>(
            Preamble + "– having regard to its resolution of 13 March 2013,\n\n– having regard to the letter of 6 March 2012,\n\n{|DR5008:—|} having regard to Rules 87 and 55 of its Rules of Procedure,\n\n– having regard to the report of the Committee on Budgets,\n\n1. Approves the proposal.\n",
            "Citation '3' is introduced by '—'; the other citations use the en dash '–'.");

    [Fact]
    public void DR5008_reports_a_capitalised_formula_among_lower_case_ones() =>
        RuleVerifier.Verify<DR5008CitationFormula>(
            Preamble + "– having regard to its resolutions,\n\n– {|DR5008:Having regard to|} the Council conclusions,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\nA. whereas it is so;\n",
            "Citation '2' opens with 'Having regard to' in capitals; the other citations open with 'having regard to'.");

    [Fact]
    public void DR5008_adds_the_dash_a_citation_lost_among_dashed_ones() =>
        RuleVerifier.VerifyFix(
            new DR5008CitationFormula(),
            Preamble + "– having regard to its resolutions,\n\n– having regard to the conclusions,\n\n{|DR5008:having regard to|} the Charter,\n\n– having regard to the report,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\nA. whereas it is so;\n",
            ["Citation '3' has no dash; the other citations open with the en dash '–'."])
            .ShouldContain("\n\n– having regard to the Charter,");

    [Fact]
    public void DR5008_is_silent_where_few_citations_have_a_dash() =>
        RuleVerifier.Verify<DR5008CitationFormula>(
            Preamble + "– having regard to its resolutions,\n\nhaving regard to the conclusions,\n\nhaving regard to the Charter,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\nA. whereas it is so;\n");

    [Theory]
    [InlineData("– having regard, in particular, to Article 2 TEU,\n\n– having regard in particular to Article 6 TEU,\n\n– after consulting the Committee of the Regions,\n\n– having regard to Rule 59 of its Rules of Procedure,\n")]
    [InlineData("Having regard to the Treaty,\n\nHaving regard to the proposal,\n\nHaving regard to the opinion,\n")]
    [InlineData("- having regard to its resolutions,\n\n- having regard to the conclusions,\n\n- having regard to Rule 144 of its Rules of Procedure,\n")]
    [InlineData("– having regard to its resolutions,\n\n— having regard to the conclusions,\n")]
    public void DR5008_is_silent_on_other_formulas_consistent_capitals_and_consistent_dashes(string citations) =>
        RuleVerifier.Verify<DR5008CitationFormula>(Preamble + citations + "\nA. whereas it is so;\n");

    [Fact]
    public void DR5008_is_silent_on_a_correct_Dutch_text() =>
        RuleVerifier.Verify(new DR5008CitationFormula(), "Het Europees Parlement,\n\n– gezien zijn eerdere resoluties,\n\n– gelet op artikel 144 van zijn Reglement,\n\nA. overwegende dat het zo is;\n", [], language: "nl");
}
