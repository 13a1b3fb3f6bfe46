using DraftLint.Rules.Dates;
using DraftLint.Rules.Names;
using DraftLint.Rules.Numbering;
using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;
using DraftLint.Tests.Semantics;

namespace DraftLint.Tests.Languages;

/// <summary>German as a full pack: its dates, structure and references are read, the rules hold it to its own EP forms, and its capitalised nouns are not names.</summary>
public sealed class GermanTests()
    : FullPackTests("de", "Entschließung des Europäischen Parlaments vom 19. Dezember 2019 zu Kasachstan\n\nDas Europäische Parlament,\n\n", "19. Dezember 2019")
{
    [Theory]
    [InlineData("am 1. März 2019 Aktivisten festgenommen wurden", "1. März 2019", DateForm.DayMonthYear, 1, 3, 2019)]
    [InlineData("am 3. Oktober 2019 Aktivisten festgenommen wurden", "3. Oktober 2019", DateForm.DayMonthYear, 3, 10, 2019)]
    [InlineData("am 1. März Aktivisten festgenommen wurden", "1. März", DateForm.DayMonth, 1, 3, null)]
    [InlineData("am Donnerstag, 5. Dezember 2019 Aktivisten festgenommen wurden", "Donnerstag, 5. Dezember 2019", DateForm.DayMonthYear, 5, 12, 2019)]
    [InlineData("Aktivisten seit Mai inhaftiert sind", "Mai", DateForm.Month, null, 5, null)]
    [InlineData("Aktivisten im Dezember 2018 festgenommen wurden", "Dezember 2018", DateForm.MonthYear, null, 12, 2018)]
    [InlineData("die Verordnung am 20.8.2008 veröffentlicht wurde", "20.8.2008", DateForm.Numeric, 20, 8, 2008)]
    public void German_dates_are_read_in_every_form(string clause, string text, DateForm form, int? day, int? month, int? year)
    {
        var date = RecitalDate(Header + $"A. in der Erwägung, dass {clause};\n");

        (date.Text, date.Form, date.Day, date.Month, date.Year).ShouldBe((text, form, day, month, year));
    }

    [Theory]
    [InlineData("vom 23. bis 26. Februar 2019", 23, 26)]
    [InlineData("am 21. und 22. Februar 2019", 21, 22)]
    public void A_German_range_is_one_date(string written, int day, int endDay)
    {
        var date = RecitalDate(Header + $"A. in der Erwägung, dass die Wahlen {written} stattfanden;\n");

        (date.Form, date.Day, date.EndDay, date.Month).ShouldBe((DateForm.DayRange, day, endDay, 2));
    }

    [Fact]
    public void A_German_resolution_is_parsed_with_its_date() =>
        ShouldBeReadWithItsDate(Header + "– unter Hinweis auf seine früheren Entschließungen zu Kasachstan,\n\n– gestützt auf Artikel 144 seiner Geschäftsordnung,\n\n"
            + "A. in der Erwägung, dass am 1. März 2019 Aktivisten festgenommen wurden;\n\nB. in der Erwägung, dass keine Untersuchung eingeleitet wurde;\n\n"
            + "1. fordert die Behörden auf, die Inhaftierten freizulassen;\n\n2. beauftragt seinen Präsidenten, diese Entschließung zu übermitteln.\n");

    [Fact]
    public void The_full_stop_of_a_German_day_is_no_ordinal_but_a_leading_zero_is_a_slip() =>
        RuleVerifier.Verify<DR3006DateStyle>(
            Header + "A. in der Erwägung, dass Aktivisten am 1. März 2019 und am {|DR3006:03. April 2019|} festgenommen wurden;\n",
            "'03. April 2019' has a leading zero; the EU style is '3. April 2019'.");

    [Fact]
    public void DR3003_reports_a_German_weekday_that_does_not_match() =>
        RuleVerifier.Verify<DR3003WeekdayMismatch>(
            Header + "A. in der Erwägung, dass Aktivisten am {|DR3003:Mittwoch, 5. Dezember 2019|} festgenommen und am Donnerstag, 12. Dezember 2019 verurteilt wurden;\n",
            "'Mittwoch, 5. Dezember 2019': '5. Dezember 2019' was a 'Donnerstag', not a 'Mittwoch'.");

    [Fact]
    public void DR3002_reports_an_impossible_German_date() =>
        RuleVerifier.Verify<DR3002ImpossibleDate>(
            Header + "A. in der Erwägung, dass Aktivisten am {|DR3002:31. April 2019|} und am 30. April 2019 festgenommen wurden;\n",
            "'31. April 2019' does not exist: 'April' has '30' days.");

    [Fact]
    public void DR3001_reports_a_German_past_event_after_the_documents_date() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            Header + "A. in der Erwägung, dass Aktivisten am {|DR3001:5. Februar 2020|} festgenommen wurden;\n",
            $"'5. Februar 2020' comes after the document's date, '19 December 2019' ({Evidence}); a past event cannot be later than the text.");

    [Theory]
    [InlineData("A. in der Erwägung, dass die Wahlen am 5. Februar 2020 stattfinden werden;")]
    [InlineData("A. in der Erwägung, dass der Prozess für den 5. Februar 2020 geplant ist;")]
    [InlineData("A. in der Erwägung, dass Aktivisten seit Dezember 2018 inhaftiert sind;")]
    [InlineData("1. fordert die Behörden auf, die Aktivisten bis zum 5. Februar 2020 freizulassen;")]
    public void DR3001_is_silent_on_German_forward_looking_statements_and_earlier_dates(string item) =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(Header + item + "\n");

    [Fact]
    public void DR1001_reports_a_gap_in_German_paragraphs() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Header + "A. in der Erwägung, dass die Medienfreiheit eingeschränkt ist;\n\n1. fordert die Freilassung der Aktivisten;\n\n{|DR1001:3.|} beauftragt seinen Präsidenten, diese Entschließung zu übermitteln.\n",
            "Paragraph '3' follows paragraph '1': '2' is missing.");

    [Fact]
    public void DR4001_reports_a_provisional_reference_in_a_German_footnote()
    {
        var text = "Entschließung des Europäischen Parlaments vom 15. März 2012 zu Kasachstan\n\nDas Europäische Parlament,\n\n"
            + "– unter Hinweis auf seine Entschließung vom 15. Dezember 2011 zu Zentralasien1,\n\nA. in der Erwägung, dass die Lage ernst ist;\n\n1 Angenommene Texte, {|DR4001:P7_TA-PROV(2011)0588|}.\n";
        RuleVerifier.Verify<DR4001ProvisionalReference>(text,
            "'P7_TA-PROV(2011)0588' is the provisional reference of a text adopted on '15 December 2011'; the document is dated '15 March 2012' (the date in the title, '15. März 2012'): cite the final 'P7_TA(2011)0588'.");
    }

    [Fact]
    public void DR4004_reports_a_German_Rule_number_of_another_term() =>
        RuleVerifier.Verify<DR4004RulesOfProcedureNumber>(
            Header + "– gestützt auf {|DR4004:Artikel 135 Absatz 5|} und Artikel 132 Absatz 4 seiner Geschäftsordnung,\n",
            "Rule '135(5)' is the rule for 'urgency debate on breaches of human rights' in the Rules of Procedure of the '8th' term; on '19 December 2019', in the '9th' term, that is 'Rule 144(5)'.");

    [Theory]
    [InlineData("– gestützt auf Artikel 144 Absatz 5 und Artikel 132 Absatz 4 seiner Geschäftsordnung,")]
    [InlineData("– gestützt auf Artikel 135 des Vertrags über die Arbeitsweise der Europäischen Union und Artikel 144 seiner Geschäftsordnung,")]
    [InlineData("– unter Hinweis auf Artikel 123 der Verordnung (EU) Nr. 1303/2013,")]
    public void DR4004_is_silent_on_German_rules_in_force_and_on_other_articles(string citation) =>
        RuleVerifier.Verify<DR4004RulesOfProcedureNumber>(Header + citation + "\n");

    [Fact]
    public void The_Official_Journal_is_read_in_its_German_form()
    {
        var reference = JournalReference(Header + "– unter Hinweis auf den Rahmenbeschluss 2008/913/JI des Rates (ABl. L 328 vom 6.12.2008, S. 55),\n");

        (reference.Type, reference.Number, reference.Date, reference.Page).ShouldBe(("L", "328", new DateOnly(2008, 12, 6), "55"));
    }

    [Fact]
    public void DR5002_reports_a_doubled_German_word_but_not_a_relative_pronoun_before_an_article() =>
        RuleVerifier.Verify<DR5002DoubledWord>(
            Header + "A. in der Erwägung, dass die Maßnahmen, die die Kommission vorschlägt, {|DR5002:nicht nicht|} genügen;\n",
            "'nicht' is written twice.");

    [Fact]
    public void DR5005_reports_single_guillemets_at_the_outer_level_but_not_German_quotation_marks() =>
        RuleVerifier.Verify<DR5005QuotationStyle>(
            Header + "A. in der Erwägung, dass Kritiker als „destruktiv“ und „‚sogenannte‘ Extremisten“ bezeichnet werden und von {|DR5005:\"Extremismus\"|} die Rede ist;\n",
            "'\"…\"' is not this language's quotation style; the EU style is '„…“'.");

    [Fact]
    public void DR5007_reports_a_number_grouped_with_a_full_stop_but_not_the_EU_forms() =>
        RuleVerifier.Verify<DR5007ThousandsSeparator>(
            Header + "A. in der Erwägung, dass {|DR5007:20.000|} Menschen demonstrierten, dass 20 000 weitere und 1,5 Milliarden Euro betroffen sind und {|DR5007:3000|} Tonnen beschlagnahmt wurden;\n",
            "'20.000' is written without the EU thousands separator; write '20 000'.",
            "'3000' is written without the EU thousands separator; write '3 000'.");

    [Fact]
    public void DR5004_holds_German_recitals_to_their_formula_and_paragraphs_to_lower_case() =>
        RuleVerifier.Verify<DR5004OpeningFormula>(
            Header + "A. in der Erwägung, dass er inhaftiert ist;\n\nB. {|DR5004:angesichts|} der ernsten Lage;\n\n1. {|DR5004:Betont|} den Ernst der Lage;\n\n2. fordert die Behörden zum Handeln auf.\n",
            "Recital 'B' opens with 'angesichts', not with 'in der Erwägung'.",
            "Paragraph '1' opens with a capital; paragraphs in 'German' open with a lower-case verb.");

    [Fact]
    public void DR4010_reports_a_German_resolution_cited_without_its_date() =>
        RuleVerifier.Verify<DR4010UnfilledPlaceholder>(
            Header + "– unter Hinweis auf seine Entschließung vom {|DR4010:...|} zu Kasachstan,\n",
            "'...' is a placeholder left in the text: the date or number after 'vom' is missing.");

    [Fact]
    public void Capitalised_German_nouns_that_look_alike_are_not_one_name_spelled_two_ways() =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(
            Header + "– unter Hinweis auf die Erklärung der Hohen Vertreterin für Außen- und Sicherheitspolitik und auf Margrete Auken,\n\n"
            + "A. in der Erwägung, dass der Abschluss des Abkommens im Anschluss an die Wahlen erfolgte;\n\nB. in der Erwägung, dass Bericht und Berichte vorliegen;\n\n"
            + "C. in der Erwägung, dass dies ein Ruf der Bürger nach Veränderung ist und die Burgen der Region bedroht sind;\n");

    [Fact]
    public void A_German_name_written_alone_is_one_the_text_also_writes_in_full() =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(
            Header + "A. in der Erwägung, dass Igor {|DR2001:Vinyavskiy|} festgenommen wurde;\n\nB. in der Erwägung, dass Herr Vinyavski weiterhin inhaftiert ist und Herr Vinyavski krank ist;\n",
            "'Vinyavskiy' is spelled 'Vinyavski' more often in this document; use one spelling.");

    [Fact]
    public void Names_with_letters_German_does_not_write_are_names()
    {
        var names = DateRecognizerTests.Model(Header + "A. in der Erwägung, dass Präsident İlham Aliyev und Frau Grèze sowie die Behörden in Baku zusammentrafen;\n").Names;

        names.Select(n => n.Spelling).ShouldBe(["İlham", "Aliyev", "Grèze"]);
    }
}
