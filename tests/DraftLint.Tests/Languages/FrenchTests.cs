using DraftLint.Rules.Dates;
using DraftLint.Rules.Numbering;
using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Languages;

/// <summary>French as a full pack: its dates, structure and references are read, and the rules hold it to its own EP forms.</summary>
public sealed class FrenchTests()
    : FullPackTests("fr", "Résolution du Parlement européen du 19 décembre 2019 sur le Kazakhstan\n\nLe Parlement européen,\n\n", "19 décembre 2019")
{
    [Theory]
    [InlineData("le 1er mars 2019 des militants ont été arrêtés", "1er mars 2019", DateForm.DayMonthYear, 1, 3, 2019)]
    [InlineData("le 3 octobre 2019 des militants ont été arrêtés", "3 octobre 2019", DateForm.DayMonthYear, 3, 10, 2019)]
    [InlineData("le 1er mars des militants ont été arrêtés", "1er mars", DateForm.DayMonth, 1, 3, null)]
    [InlineData("le jeudi 5 décembre 2019 des militants ont été arrêtés", "jeudi 5 décembre 2019", DateForm.DayMonthYear, 5, 12, 2019)]
    [InlineData("des militants sont détenus depuis mai", "mai", DateForm.Month, null, 5, null)]
    [InlineData("des militants ont été arrêtés en décembre 2018", "décembre 2018", DateForm.MonthYear, null, 12, 2018)]
    [InlineData("le règlement a été publié le 20.8.2008", "20.8.2008", DateForm.Numeric, 20, 8, 2008)]
    public void French_dates_are_read_in_every_form(string sentence, string text, DateForm form, int? day, int? month, int? year)
    {
        var date = RecitalDate(Header + $"A. considérant que {sentence};\n");

        (date.Text, date.Form, date.Day, date.Month, date.Year).ShouldBe((text, form, day, month, year));
    }

    [Theory]
    [InlineData("les 21 et 22 juin 2019", 21, 22)]
    [InlineData("du 2 au 13 décembre 2019", 2, 13)]
    public void A_French_range_is_one_date(string written, int day, int endDay)
    {
        var date = RecitalDate(Header + $"A. considérant que des élections ont eu lieu {written};\n");

        (date.Form, date.Day, date.EndDay, date.Month).ShouldBe((DateForm.DayRange, day, endDay, day == 2 ? 12 : 6));
    }

    [Fact]
    public void A_French_resolution_is_parsed_with_its_date() =>
        ShouldBeReadWithItsDate(Header + "– vu ses résolutions antérieures sur le Kazakhstan,\n\n– vu l’article 144 de son règlement intérieur,\n\n"
            + "A. considérant que des militants ont été arrêtés le 1er mars 2019;\n\nB. considérant qu’aucune enquête n’a été ouverte;\n\n"
            + "1. invite les autorités à libérer les personnes détenues;\n\n2. charge son Président de transmettre la présente résolution.\n");

    [Fact]
    public void The_one_ordinal_of_the_French_style_is_no_slip_but_a_leading_zero_is() =>
        RuleVerifier.Verify<DR3006DateStyle>(
            Header + "A. considérant que des militants ont été arrêtés le 1er mars 2019 et le {|DR3006:03 avril 2019|};\n",
            "'03 avril 2019' has a leading zero; the EU style is '3 avril 2019'.");

    [Fact]
    public void DR3003_reports_a_French_weekday_that_does_not_match() =>
        RuleVerifier.Verify<DR3003WeekdayMismatch>(
            Header + "A. considérant que le {|DR3003:mercredi 5 décembre 2019|} des militants ont été arrêtés et que le jeudi 12 décembre 2019 ils ont été condamnés;\n",
            "'mercredi 5 décembre 2019': '5 décembre 2019' was a 'jeudi', not a 'mercredi'.");

    [Fact]
    public void DR3002_reports_an_impossible_French_date() =>
        RuleVerifier.Verify<DR3002ImpossibleDate>(
            Header + "A. considérant que des militants ont été arrêtés le {|DR3002:31 avril 2019|} et le 30 avril 2019;\n",
            "'31 avril 2019' does not exist: 'April' has '30' days.");

    [Fact]
    public void DR3001_reports_a_French_past_event_after_the_documents_date() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            Header + "A. considérant que des militants ont été arrêtés le {|DR3001:5 février 2020|};\n",
            $"'5 février 2020' comes after the document's date, '19 December 2019' ({Evidence}); a past event cannot be later than the text.");

    [Theory]
    [InlineData("A. considérant que des élections sont prévues le 5 février 2020;")]
    [InlineData("A. considérant que le procès aura lieu le 5 février 2020;")]
    [InlineData("A. considérant que des militants sont détenus depuis décembre 2018;")]
    [InlineData("1. invite les autorités à libérer les militants d’ici au 5 février 2020;")]
    public void DR3001_is_silent_on_French_forward_looking_statements_and_earlier_dates(string item) =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(Header + item + "\n");

    [Fact]
    public void DR1001_reports_a_gap_in_French_recitals() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Header + "A. considérant que la liberté des médias est restreinte;\n\n{|DR1001:C.|} considérant que des militants sont détenus;\n\n1. invite les autorités à les libérer.\n",
            "Recital 'C' follows recital 'A': 'B' is missing.");

    [Fact]
    public void DR4001_reports_a_provisional_reference_in_a_French_footnote()
    {
        var text = "Résolution du Parlement européen du 15 mars 2012 sur le Kazakhstan\n\nLe Parlement européen,\n\n"
            + "– vu sa résolution du 15 décembre 2011 sur l’Asie centrale1,\n\nA. considérant que la situation est grave;\n\n1 Textes adoptés de cette date, {|DR4001:P7_TA-PROV(2011)0588|}.\n";
        RuleVerifier.Verify<DR4001ProvisionalReference>(text,
            "'P7_TA-PROV(2011)0588' is the provisional reference of a text adopted on '15 December 2011'; the document is dated '15 March 2012' (the date in the title, '15 mars 2012'): cite the final 'P7_TA(2011)0588'.");
    }

    [Fact]
    public void DR4004_reports_a_French_Rule_number_of_another_term() =>
        RuleVerifier.Verify<DR4004RulesOfProcedureNumber>(
            Header + "– vu l’{|DR4004:article 135, paragraphe 5|}, et l’article 132, paragraphe 4, de son règlement intérieur,\n",
            "Rule '135(5)' is the rule for 'urgency debate on breaches of human rights' in the Rules of Procedure of the '8th' term; on '19 December 2019', in the '9th' term, that is 'Rule 144(5)'.");

    [Theory]
    [InlineData("– vu l’article 144, paragraphe 5, et l’article 132, paragraphe 4, de son règlement intérieur,")]
    [InlineData("– vu l’article 135 du traité sur le fonctionnement de l’Union européenne,")]
    [InlineData("– vu l’article 123 du règlement (UE) nº 1303/2013,")]
    [InlineData("– vu l’article 110 du règlement financier,")]
    public void DR4004_is_silent_on_French_rules_in_force_and_on_other_articles(string citation) =>
        RuleVerifier.Verify<DR4004RulesOfProcedureNumber>(Header + citation + "\n");

    [Fact]
    public void The_Official_Journal_is_read_in_its_French_form()
    {
        var reference = JournalReference(Header + "– vu la décision-cadre 2008/913/JAI du Conseil (JO L 328 du 6.12.2008, p. 55),\n");

        (reference.Type, reference.Number, reference.Date, reference.Page).ShouldBe(("L", "328", new DateOnly(2008, 12, 6), "55"));
    }

    [Fact]
    public void DR5002_reports_a_doubled_French_word_but_not_a_reflexive_pronoun() =>
        RuleVerifier.Verify<DR5002DoubledWord>(
            Header + "A. considérant que {|DR5002:les les|} autorités ont arrêté des militants;\n\n1. nous nous félicitons de la libération de M. Kozlov;\n",
            "'les' is written twice.");

    [Fact]
    public void DR5005_reports_English_quotation_marks_in_a_French_text_but_not_guillemets() =>
        RuleVerifier.Verify<DR5005QuotationStyle>(
            Header + "A. considérant que la loi qualifie les critiques de «\u00A0destructrices\u00A0» et de « “fauteurs” de troubles » et parle d’{|DR5005:“extrémisme”|};\n",
            "'“…”' is not this language's quotation style; the EU style is '«…»'.");

    [Fact]
    public void DR5007_reports_a_number_grouped_with_a_full_stop_but_not_the_EU_forms() =>
        RuleVerifier.Verify<DR5007ThousandsSeparator>(
            Header + "A. considérant que {|DR5007:20.000|} personnes ont manifesté, que 20 000 autres et 1,5 milliard d’euros sont en jeu et que 3,500 tonnes ont été saisies;\n",
            "'20.000' is written without the EU thousands separator; write '20 000'.");

    [Fact]
    public void DR5004_holds_French_recitals_to_their_formula_and_paragraphs_to_lower_case() =>
        RuleVerifier.Verify<DR5004OpeningFormula>(
            Header + "A. considérant qu’il est détenu;\n\nB. {|DR5004:attendu|} que la situation est grave;\n\n1. {|DR5004:Souligne|} la gravité de la situation;\n\n2. invite les autorités à agir.\n",
            "Recital 'B' opens with 'attendu', not with 'considérant que'.",
            "Paragraph '1' opens with a capital; paragraphs in 'French' open with a lower-case verb.");

    [Fact]
    public void DR4010_reports_a_French_resolution_cited_without_its_date() =>
        RuleVerifier.Verify<DR4010UnfilledPlaceholder>(
            Header + "– vu sa résolution du {|DR4010:...|} sur le Kazakhstan,\n",
            "'...' is a placeholder left in the text: the date or number after 'du' is missing.");

    [Fact]
    public void DR5001_reads_a_citations_mark_before_a_footnote_call_that_follows_it() =>
        RuleVerifier.Verify<DR5001TerminalPunctuation>(
            Header + "– vu sa résolution du 17 décembre 2014 sur la situation en Méditerranée,(1)\n\n– vu sa résolution du 29 avril 2015 sur les migrations{|DR5001:;|}(2)\n\n"
            + "A. considérant que la situation est grave;\n\n1. charge son Président de transmettre la présente résolution.\n",
            "Citation '2' ends with ';'; the convention is ','.");
}
