using DraftLint.Rules.Numbering;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Numbering;

/// <summary>DR1004: references to the text's own items, with the near misses of references to other acts and of excerpts.</summary>
public sealed class CrossReferenceTests
{
    private const string Head = "The European Parliament,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\nA. whereas it is so;\n\nB. whereas it is not so;\n\n";
    private const string Closing = "3. Instructs its President to forward this resolution to the Council.\n";

    [Fact]
    public void DR1004_reports_a_paragraph_and_a_recital_the_text_does_not_have() =>
        RuleVerifier.Verify<DR1004CrossReference>(
            Head + "1. Recalls {|DR1004:recital C|};\n\n2. Repeats the call made in {|DR1004:paragraph 12|} of this resolution and in paragraph 1;\n\n" + Closing,
            "'recital C' refers to recital 'C', which this text does not have; its recitals run from 'A' to 'B'.",
            "'paragraph 12' refers to paragraph '12', which this text does not have; its paragraphs run from '1' to '3'.");

    [Fact]
    public void DR1004_reports_a_Dutch_reference_back_to_a_paragraph_that_is_not_there() =>
        RuleVerifier.Verify(
            new DR1004CrossReference(),
            "Het Europees Parlement,\n\nA. overwegende dat het zo is;\n\n1. herinnert aan overweging A;\n\n3. herhaalt het verzoek van {|DR1004:paragraaf 2|};\n",
            ["'paragraaf 2' refers to paragraph '2', which this text does not have; its paragraphs run from '1' to '3'."],
            language: "nl");

    [Theory]
    [InlineData("1. Recalls paragraph 26 thereof and paragraph 4 of the Charter;\n\n2. Notes that Resolution 2334, in paragraph 9, demands it;\n\n")]
    [InlineData("1. Recalls recital A and paragraph 2;\n\n2. Notes paragraph 1;\n\n")]
    [InlineData("1. Recalls paragraph 14 of its resolution;\n\n2. Notes it;\n\n")]
    public void DR1004_is_silent_on_items_it_has_and_on_other_acts(string paragraphs) =>
        RuleVerifier.Verify<DR1004CrossReference>(Head + paragraphs + Closing);

    [Fact]
    public void DR1004_is_silent_on_a_later_paragraph_of_a_text_that_may_be_an_excerpt() =>
        RuleVerifier.Verify<DR1004CrossReference>(Head + "1. Recalls what it says in paragraph 12;\n\n2. Notes it;\n");

    [Fact]
    public void DR1004_is_silent_in_citations() =>
        RuleVerifier.Verify<DR1004CrossReference>(
            "The European Parliament,\n\n– having regard to the UN Charter, in particular paragraph 7,\n\nA. whereas it is so;\n\n1. Notes it;\n\n" + "2. Instructs its President to forward this resolution to the Council.\n");

    [Fact]
    public void DR1004_reads_French_and_German_references() =>
        RuleVerifier.Verify(
            new DR1004CrossReference(),
            "Le Parlement européen,\n\nA. considérant que la situation est grave;\n\n1. rappelle le {|DR1004:considérant B|} et le paragraphe 3 de la charte;\n\n2. charge son Président de transmettre la présente résolution au Conseil.\n",
            ["'considérant B' refers to recital 'B', which this text does not have; its recitals run from 'A' to 'A'."],
            language: "fr");
}
