using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Style;

/// <summary>DR4011, DR5009, DR5010: official titles, the space after a comma, fixed phrases; real patterns and near misses.</summary>
public sealed class WordingRuleTests
{
    private const string English = "The European Parliament,\n\n";
    private const string Dutch = "Het Europees Parlement,\n\n";

    [Fact]
    public void DR4011_reports_an_act_named_otherwise_than_by_its_title_and_the_fix_leaves_nothing_to_fix() =>
        _ = RuleVerifier.VerifyFix(new DR4011OfficialTitle(),
            English + "– having regard to Articles 2, 3, 6(3) and 21(2)(a) and (b) of the {|DR4011:Treaty on the European Union|},\n",
            ["'Treaty on the European Union' is not the official title; write 'Treaty on European Union'."]);

    [Theory]
    [InlineData("– having regard to the Treaty on European Union and the Treaty on the Functioning of the European Union,")]
    [InlineData("– having regard to the Universal Declaration of Human Rights and the European Convention on Human Rights,")]
    [InlineData("A. whereas the treaty on the European Union's future was discussed;")]
    public void DR4011_is_silent_on_the_official_titles(string item) =>
        RuleVerifier.Verify<DR4011OfficialTitle>(English + item + "\n");

    [Fact]
    public void DR5009_reports_a_comma_glued_to_the_next_word_and_the_fix_leaves_nothing_to_fix() =>
        _ = RuleVerifier.VerifyFix(new DR5009SpaceAfterComma(),
            English + "– having regard to its resolutions, notably the case of Charter 97[4]{|DR5009:,|}and of 17 September 2020,\n",
            ["No space after the comma before 'and'; write ', and'."]);

    [Theory]
    [InlineData("A. whereas 1,500 people and 3,2 % of them, and others, met;")]
    [InlineData("A. whereas the report is at https://example.org/a,b,c and the list is (a),(b);")]
    public void DR5009_is_silent_on_numbers_urls_and_spaced_commas(string recital) =>
        RuleVerifier.Verify<DR5009SpaceAfterComma>(English + recital + "\n");

    [Fact]
    public void DR5010_reports_a_slip_in_a_Dutch_fixed_phrase_and_the_fix_leaves_nothing_to_fix() =>
        _ = RuleVerifier.VerifyFix(new DR5010FixedPhrase(),
            Dutch + "– gezien de artikelen 6, 9, 145 {|DR5010:tot met|} 161, 173 en 174 van het Verdrag,\n",
            ["'tot met' is a slip for the fixed phrase 'tot en met'."], "nl");

    [Theory]
    [InlineData("– gezien de artikelen 145 tot en met 161 van het Verdrag,")]
    [InlineData("A. overwegende dat het tot metingen kwam;")]
    [InlineData("A. overwegende dat dit heeft geleid tot met name een toename van de armoede;")]
    public void DR5010_is_silent_on_the_phrase_and_on_longer_words(string item) =>
        RuleVerifier.Verify(new DR5010FixedPhrase(), Dutch + item + "\n", [], language: "nl");

    [Fact]
    public void DR5010_reports_United_Nations_written_as_a_possessive() =>
        RuleVerifier.Verify<DR5010FixedPhrase>(
            English + "– having regard to its resolution on the {|DR5010:United Nation’s|} Human Rights Council,\n",
            "'United Nation’s' is a slip for the fixed phrase 'United Nations’'.");
}
