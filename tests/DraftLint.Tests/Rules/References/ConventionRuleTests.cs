using DraftLint.Rules.Style;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.References;

/// <summary>DR5004–DR5007: drafting conventions, positives and near misses.</summary>
public sealed class ConventionRuleTests
{
    private const string English = "The European Parliament,\n\n";
    private const string Dutch = "Het Europees Parlement,\n\n";

    [Fact]
    public void DR5004_reports_a_recital_without_its_formula_and_a_paragraph_in_the_wrong_case() =>
        RuleVerifier.Verify<DR5004OpeningFormula>(
            English + "A. whereas one;\n\nB. {|DR5004:considering|} two;\n\n1. {|DR5004:stresses|} this;\n\n2. Calls for that.\n",
            "Recital 'B' opens with 'considering', not with 'whereas'.",
            "Paragraph '1' opens with a lower-case letter; paragraphs in 'English' open with a capitalised verb.");

    [Fact]
    public void DR5004_knows_that_Dutch_paragraphs_open_in_lower_case() =>
        RuleVerifier.Verify<DR5004OpeningFormula>(
            Dutch + "A. overwegende dat het zo is;\n\n1. benadrukt dit;\n\n2. {|DR5004:Verzoekt|} zijn Voorzitter.\n\n3. EDEO moet dit doen.\n",
            "Paragraph '2' opens with a capital; paragraphs in 'Dutch' open with a lower-case verb.");

    [Fact]
    public void DR5004_accepts_the_participles_of_texts_up_to_2011_and_not_after()
    {
        static string Motion(string date, string a, string b) =>
            $"MOTION FOR A RESOLUTION\n\n{date}\n\non Uzbekistan\n\nThe European Parliament,\n\n– having regard to Rule 122 of its Rules of Procedure,\n\n"
            + $"A. {a} its resolution on the Andijan events;\n\nB. {b} concerned that the trials were unfair;\n\n1. Calls for an inquiry.\n";

        RuleVerifier.Verify<DR5004OpeningFormula>(Motion("24.10.2005", "recalling", "deeply"));
        RuleVerifier.Verify<DR5004OpeningFormula>(Motion("24.10.2015", "{|DR5004:recalling|}", "{|DR5004:deeply|}"),
            "Recital 'A' opens with 'recalling', not with 'whereas'.", "Recital 'B' opens with 'deeply', not with 'whereas'.");
    }

    [Fact]
    public void DR5001_accepts_the_commas_of_6th_term_recitals_and_not_after()
    {
        static string Motion(string date, string comma) =>
            $"MOTION FOR A RESOLUTION\n\n{date}\n\non Uzbekistan\n\nThe European Parliament,\n\n– having regard to Rule 115 of its Rules of Procedure,\n\n"
            + $"A. whereas the trials were unfair{comma}\n\n1. Calls for an inquiry.\n";

        RuleVerifier.Verify<DR5001TerminalPunctuation>(Motion("24.10.2005", ","));
        RuleVerifier.Verify<DR5001TerminalPunctuation>(Motion("24.10.2010", "{|DR5001:,|}"), "Recital 'A' ends with ','; the convention is ';'.");
    }

    [Fact]
    public void DR5005_reports_quotation_marks_off_the_EU_style_with_a_fix_of_both() =>
        RuleVerifier.Verify<DR5005QuotationStyle>(
            English + "A. whereas the law calls critics ‘destructive’ and speaks of {|DR5005:“extremism”|};\n\nB. whereas a ‘so-called “preventive” detention’ is used;\n",
            "'“…”' is not this language's quotation style; the EU style is '‘…’'.");

    [Fact]
    public void DR5005_asks_for_double_quotes_in_Dutch_and_leaves_prose_alone()
    {
        RuleVerifier.Verify<DR5005QuotationStyle>(Dutch + "A. overwegende dat men het {|DR5005:\"destructief\"|} noemt;\n",
            "'\"…\"' is not this language's quotation style; the EU style is '“…”'.");
        RuleVerifier.Verify<DR5005QuotationStyle>("Dear colleagues,\n\nWe call it “extremism”.\n");
    }

    [Fact]
    public void DR5006_reports_the_rarer_of_two_spellings() =>
        RuleVerifier.Verify<DR5006SpellingVariant>(
            English + "A. whereas the dialogue continues; whereas the political dialogue matters;\n\nB. whereas the {|DR5006:dialog|} is open; whereas groups were organising rallies and {|DR5006:criminalized|} protests and recognised rights;\n",
            "'dialog' and the more frequent 'dialogue' follow two spellings; use one.",
            "'criminalized' and the more frequent 'organising' follow two spellings; use one.");

    [Fact]
    public void DR5006_is_silent_on_one_spelling_and_on_look_alikes() =>
        RuleVerifier.Verify<DR5006SpellingVariant>(English + "A. whereas emphasis, criticism and specialists are realistic; whereas it organized and recognized this;\n");

    [Theory]
    [InlineData("more than {|DR5007:3000|} people", "'3000' is written without the EU thousands separator; write '3 000'.")]
    [InlineData("around {|DR5007:20,000|} people", "'20,000' is written without the EU thousands separator; write '20 000'.")]
    [InlineData("{|DR5007:1500000|} euro", "'1500000' is written without the EU thousands separator; write '1 500 000'.")]
    public void DR5007_reports_numbers_without_the_thousands_separator(string phrase, string message) =>
        RuleVerifier.Verify<DR5007ThousandsSeparator>(English + $"A. whereas {phrase} were counted;\n", message);

    [Theory]
    [InlineData("A. whereas in 2011 and 1999 about 3 000 people and 600 groups met;")]
    [InlineData("A. whereas motion B7-0165/2012 and procedure 2012/2553(RSP) and text P7_TA(2012)0058 and https://example.org/9027585 exist;")]
    [InlineData("A. whereas code 0123 and PC no.901 and 3.1415 apply;")]
    [InlineData("A. whereas UN Security Council Resolution 1325 on women, peace and security and Regulation (EC) No 1049/2001 and Regulation No. 1049 apply;")]
    public void DR5007_is_silent_on_years_references_codes_identifiers_and_grouped_numbers(string recital) =>
        RuleVerifier.Verify<DR5007ThousandsSeparator>(English + recital + "\n");

    [Fact]
    public void DR5007_reads_a_Dutch_comma_as_the_decimal_mark() =>
        RuleVerifier.Verify(new DR5007ThousandsSeparator(), Dutch + "A. overwegende dat 1,500 miljoen euro en resolutie 1325 en {|DR5007:3000|} mensen en {|DR5007:2,500,000|} euro genoemd worden;\n",
            ["'3000' is written without the EU thousands separator; write '3 000'.", "'2,500,000' is written without the EU thousands separator; write '2 500 000'."], language: "nl");

    [Fact]
    public void DR5007_reads_one_point_as_no_grouping_mark_in_English_and_two_as_thousands() =>
        RuleVerifier.Verify<DR5007ThousandsSeparator>(English + "A. whereas 1.500 tonnes, {|DR5007:2.500.000|} and {|DR5007:2,500,000|} euro were counted;\n",
            "'2.500.000' is written without the EU thousands separator; write '2 500 000'.",
            "'2,500,000' is written without the EU thousands separator; write '2 500 000'.");

    [Fact]
    public void DR5007_reads_a_grouped_four_digit_number_as_a_number_not_a_year() =>
        RuleVerifier.Verify<DR5007ThousandsSeparator>(English + "A. whereas {|DR5007:2,000|} soldiers were deployed in 2000;\n",
            "'2,000' is written without the EU thousands separator; write '2 000'.");

    [Fact]
    public void DR5007_reads_a_Dutch_point_as_the_everyday_thousands_mark() =>
        RuleVerifier.Verify(new DR5007ThousandsSeparator(), Dutch + "A. overwegende dat {|DR5007:20.000|} mensen en 20 000 soldaten en 1,5 miljard euro genoemd worden;\n",
            ["'20.000' is written without the EU thousands separator; write '20 000'."], language: "nl");
}
