using DraftLint.Diagnostics;
using DraftLint.Rules.Dates;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Dates;

/// <summary>DR3001–DR3006: true positives and near misses, with exact positions and messages.</summary>
public sealed class DateRuleTests
{
    private const string Header = "European Parliament resolution of 15 March 2012 on Kazakhstan\n\nThe European Parliament,\n\n";
    private const string Evidence = "the date in the title, '15 March 2012'";

    [Fact]
    public void DR3001_reports_a_past_event_after_the_documents_date() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            Header + "A. whereas 43 people have been arrested since {|DR3001:December 2012|};\n",
            $"'December 2012' comes after the document's date, '15 March 2012' ({Evidence}); a past event cannot be later than the text.");

    [Fact]
    public void DR3001_reports_a_cited_document_dated_after_the_text() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            Header + "– having regard to its resolution of {|DR3001:16 April 2012|},\n\nA. whereas it is so;\n",
            $"'16 April 2012' comes after the document's date, '15 March 2012' ({Evidence}); a cited document cannot be later than the text.");

    [Fact]
    public void DR3001_reports_a_Dutch_past_event() =>
        RuleVerifier.Verify(
            new DR3001DateAfterDocumentDate(),
            "Resolutie van het Europees Parlement van 15 maart 2012 over Kazachstan\n\nHet Europees Parlement,\n\nA. overwegende dat sinds {|DR3001:december 2012|} ongeveer 43 personen zijn gearresteerd;\n",
            ["'december 2012' comes after the document's date, '15 March 2012' (the date in the title, '15 maart 2012'); a past event cannot be later than the text."]);

    [Theory]
    [InlineData("A. whereas the opposition plans a protest rally on 24 March 2012 in Almaty;")]
    [InlineData("A. whereas presidential elections are due in 2020;")]
    [InlineData("A. whereas trials are expected to start on 27 March 2012;")]
    [InlineData("A. whereas the Commission will report in 2013;")]
    [InlineData("A. whereas people have been arrested since December 2011;")]
    [InlineData("A. whereas people were arrested in March 2012;")]
    public void DR3001_is_silent_on_forward_looking_statements_and_on_dates_before_the_document(string recital) =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(Header + recital + "\n");

    [Fact]
    public void DR3001_allows_an_estimated_date_some_slack_but_not_a_year() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            "The European Parliament,\n\nA. whereas on 17 February 2012 the President signed a law; whereas a court ruled on 9 February 2012;\n\nB. whereas people were detained on 5 March 2012;\n\nC. whereas people have been arrested since {|DR3001:December 2012|};\n",
            "'December 2012' comes after the document's date, '5 March 2012' (estimated: the latest date the text states in a past-tense statement, '5 March 2012'); a past event cannot be later than the text.");

    [Theory]
    [InlineData("– having regard to the upcoming 31st HRC session, to be held from 29 February to 24 March 2016,")]
    [InlineData("– having regard to the 25th Conference of the Parties to the UNFCCC to be held in Madrid, Spain, from 2-13 December 2019,")]
    [InlineData("– having regard to the 61st session of the UN Commission on Human Rights, which will be held in Geneva from 14 March to 22 April 2013,")]
    [InlineData("– having regard to the 2030 Agenda for Sustainable Development,")]
    [InlineData("– having regard to the UN Agenda 2030 and its goals,")]
    public void DR3001_is_silent_on_forthcoming_events_and_on_years_that_are_names(string citation) =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(Header + citation + "\n\nA. whereas it is so;\n");

    [Fact]
    public void DR3001_reads_a_year_before_a_capitalised_word_as_a_year_where_no_determiner_makes_it_a_name() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            Header + "A. whereas between 2009 and {|DR3001:2013|} Kazakh police arrested hundreds;\n",
            $"'2013' comes after the document's date, '15 March 2012' ({Evidence}); a past event cannot be later than the text.");

    [Fact]
    public void DR3001_still_reports_a_cited_document_that_cannot_exist_yet() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            Header + "– having regard to the Council conclusions of {|DR3001:20 February 2013|} on the 2030 Agenda,\n\nA. whereas it is so;\n",
            $"'20 February 2013' comes after the document's date, '15 March 2012' ({Evidence}); a cited document cannot be later than the text.");

    [Fact]
    public void DR3001_is_silent_on_the_header_and_the_procedure_box() =>
        RuleVerifier.Verify<DR3001DateAfterDocumentDate>(
            "Votes :\n\nPV 16/03/2017 - 6.4\n\nMOTION FOR A RESOLUTION\n\n13.3.2017 - (2017/2596(RSP))\n\non Kazakhstan\n\nThe European Parliament,\n\n– having regard to its resolutions,\n\nA. whereas it is so;\n");

    [Theory]
    [InlineData("26 October 2016", false)]
    [InlineData("{|DR3001:10 November 2016|}", true)]
    public void DR3001_lets_a_motion_cite_the_statements_of_the_debate_it_winds_up(string date, bool reported)
    {
        var text = "MOTION FOR A RESOLUTION\n\n24.10.2016 - (2016/2935(RSP))\n\non Turkey\n\nThe European Parliament,\n\n"
            + $"– having regard to the statement by the VP/HR of {date},\n\nA. whereas it is so;\n";
        RuleVerifier.Verify(new DR3001DateAfterDocumentDate(), text, reported
            ? ["'10 November 2016' comes after the document's date, '24 October 2016' (the tabling date under the title, '24.10.2016'); a cited document cannot be later than the text."]
            : []);
    }

    [Fact]
    public void DR3001_is_a_warning_against_an_estimate_and_an_error_against_a_stated_date()
    {
        const string body = "The European Parliament,\n\nA. whereas on 17 February 2012 the President signed a law; whereas a court ruled on 9 February 2012;\n\nB. whereas people have been arrested since December 2012;\n";

        RuleVerifier.Run(new DR3001DateAfterDocumentDate(), body).Single().Severity.ShouldBe(DiagnosticSeverity.Warning);
        RuleVerifier.Run(new DR3001DateAfterDocumentDate(), "European Parliament resolution of 15 March 2012 on Kazakhstan\n\n" + body).Single().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("{|DR3002:31 April 2012|}", "'31 April 2012' does not exist: 'April' has '30' days.")]
    [InlineData("{|DR3002:29 February 2011|}", "'29 February 2011' does not exist: '2011' is not a leap year.")]
    [InlineData("{|DR3002:32 March 2012|}", "'32 March 2012' does not exist: 'March' has '31' days.")]
    [InlineData("{|DR3002:15.13.2012|}", "'15.13.2012' does not exist: there is no month '13'.")]
    public void DR3002_reports_impossible_dates(string date, string message) =>
        RuleVerifier.Verify<DR3002ImpossibleDate>(Header + $"A. whereas it happened on {date};\n", message);

    [Theory]
    [InlineData("29 February 2012")]
    [InlineData("30 April 2012")]
    [InlineData("29 February")]
    public void DR3002_is_silent_on_real_dates(string date) =>
        RuleVerifier.Verify<DR3002ImpossibleDate>(Header + $"A. whereas it happened on {date};\n");

    [Fact]
    public void DR3003_reports_a_wrong_weekday() =>
        RuleVerifier.Verify<DR3003WeekdayMismatch>(
            Header + "A. whereas on {|DR3003:Monday 16 December 2011|} people were killed;\n",
            "'Monday 16 December 2011': '16 December 2011' was a 'Friday', not a 'Monday'.");

    [Fact]
    public void DR3003_reports_a_wrong_Dutch_weekday() =>
        RuleVerifier.Verify(
            new DR3003WeekdayMismatch(),
            "Het Europees Parlement,\n\nA. overwegende dat op {|DR3003:maandag 16 december 2011|} mensen werden gedood;\n",
            ["'maandag 16 december 2011': '16 december 2011' was a 'vrijdag', not a 'maandag'."]);

    [Fact]
    public void DR3003_is_silent_on_a_right_weekday() =>
        RuleVerifier.Verify<DR3003WeekdayMismatch>(Header + "A. whereas on Friday 16 December 2011 people were killed;\n");

    [Theory]
    [InlineData("{|DR3004:22-21 June 2007|}", "'22-21 June 2007' runs backwards: '21' comes before '22'.")]
    [InlineData("{|DR3004:2015-2014|}", "'2015-2014' runs backwards: '2014' comes before '2015'.")]
    [InlineData("{|DR3004:21-21 June 2007|}", "'21-21 June 2007' starts and ends on '21': write it once.")]
    public void DR3004_reports_inverted_and_empty_ranges(string range, string message) =>
        RuleVerifier.Verify<DR3004InvertedRange>(Header + $"A. whereas the meetings took place in {range};\n", message);

    [Theory]
    [InlineData("21-22 June 2007")]
    [InlineData("2014-2015")]
    [InlineData("17-19 September 2018")]
    public void DR3004_is_silent_on_ranges_in_order(string range) =>
        RuleVerifier.Verify<DR3004InvertedRange>(Header + $"A. whereas the meetings took place in {range};\n");

    [Fact]
    public void DR3005_reports_a_day_and_month_without_a_year_and_offers_it() =>
        RuleVerifier.Verify<DR3005MissingYear>(
            Header + "A. whereas on {|DR3005:28 January|} around 1000 people took part in a protest;\n",
            "'28 January' has no year, and its sentence does not make it plain; add one ('2012', from the document's date).");

    [Fact]
    public void DR3005_offers_the_year_before_for_a_past_event_later_in_the_year() =>
        RuleVerifier.Verify<DR3005MissingYear>(
            Header + "A. whereas people were killed on {|DR3005:16 December|} in Zhanaozen;\n",
            "'16 December' has no year, and its sentence does not make it plain; add one ('2011', from the document's date).");

    [Fact]
    public void DR3005_reports_a_date_whose_sentence_states_a_year_it_cannot_have() =>
        RuleVerifier.Verify<DR3005MissingYear>(
            Header + "– having regard to the statements of the VP/HR of 17 December 2011 on the events in Zhanaozen, of {|DR3005:17 January|} on the elections,\n\nA. whereas it is so;\n",
            "'17 January' has no year, and its sentence does not make it plain; add one ('2012', from the document's date).");

    [Theory]
    [InlineData("A. whereas the statements of 3 November and 22 December 2011 were clear;")]
    [InlineData("A. whereas two rallies took place, on 28 January and on 25 February, in 2012;")]
    [InlineData("A. whereas workers have been on strike since May;")]
    [InlineData("A. whereas the statements of 3 May 2011 and of 5 June were clear;")]
    public void DR3005_is_silent_where_the_year_is_plain(string recital) =>
        RuleVerifier.Verify<DR3005MissingYear>(Header + recital + "\n");

    [Theory]
    [InlineData("{|DR3006:3rd February 2012|}", "'3rd February 2012' uses an ordinal; the EU style is '3 February 2012'.")]
    [InlineData("{|DR3006:03 February 2012|}", "'03 February 2012' has a leading zero; the EU style is '3 February 2012'.")]
    [InlineData("{|DR3006:February 3, 2012|}", "'February 3, 2012' puts the month before the day; the EU style is '3 February 2012'.")]
    [InlineData("{|DR3006:20.08.2008|}", "'20.08.2008' has a leading zero; the EU style is '20.8.2008'.")]
    public void DR3006_reports_dates_off_the_EU_style(string date, string message) =>
        RuleVerifier.Verify<DR3006DateStyle>(Header + $"A. whereas it happened on {date};\n", message);

    [Fact]
    public void DR3006_writes_out_a_range_after_from_and_its_fix_applies_cleanly() =>
        RuleVerifier.VerifyFix(
            new DR3006DateStyle(),
            Header + "– having regard to the Conference to be held in Madrid, {|DR3006:from 2-13 December 2012|},\n\nA. whereas it is so;\n",
            ["'from 2-13 December 2012' joins its days with a dash after 'from'; the EU style is 'from 2 to 13 December 2012'."])
            .ShouldContain("Madrid, from 2 to 13 December 2012,");

    [Fact]
    public void DR3006_writes_out_a_French_range_after_du() =>
        RuleVerifier.Verify(
            new DR3006DateStyle(),
            "Le Parlement européen,\n\nA. considérant que la conférence se tiendra {|DR3006:du 2-13 décembre 2019|} à Madrid;\n",
            ["'du 2-13 décembre 2019' joins its days with a dash after 'du'; the EU style is 'du 2 au 13 décembre 2019'."],
            language: "fr");

    [Fact]
    public void DR3006_writes_out_a_Dutch_range_after_van() =>
        RuleVerifier.Verify(
            new DR3006DateStyle(),
            "Het Europees Parlement,\n\nA. overwegende dat de conferentie {|DR3006:van 2-13 december 2019|} plaatsvindt;\n",
            ["'van 2-13 december 2019' joins its days with a dash after 'van'; the EU style is 'van 2 tot en met 13 december 2019'."],
            language: "nl");

    [Theory]
    [InlineData("3 February 2012")]
    [InlineData("20.8.2008")]
    [InlineData("15/03/2012")]
    [InlineData("2-13 December 2012")]
    [InlineData("the meeting of 21-22 June 2007")]
    [InlineData("from 2 to 13 December 2012")]
    public void DR3006_is_silent_on_EU_style_dates(string date) =>
        RuleVerifier.Verify<DR3006DateStyle>(Header + $"A. whereas it happened on {date};\n");

    [Fact]
    public void Date_fixes_produce_the_styled_text()
    {
        var text = Header + "A. whereas on 3rd February 2012 people were arrested; whereas on 28 January people protested;\n";
        var fixes = new Analysis.DiagnosticAnalyzer[] { new DR3006DateStyle(), new DR3005MissingYear() }
            .SelectMany(a => RuleVerifier.Run(a, text))
            .SelectMany(d => d.Fix!.Edits)
            .OrderByDescending(e => e.Span.Start);
        var fixedText = fixes.Aggregate(text, (t, e) => t.Remove(e.Span.Start, e.Span.Length).Insert(e.Span.Start, e.NewText));

        fixedText.ShouldContain("A. whereas on 3 February 2012 people were arrested; whereas on 28 January 2012 people protested;");
    }
    [Fact]
    public void DR3007_reports_an_anniversary_that_contradicts_the_years_it_counts() =>
        RuleVerifier.Verify<DR3007AnniversaryCount>(
            "European Parliament resolution of 12 December 2013 on human rights\n\nThe European Parliament,\n\n"
                + "A. whereas this year marks the {|DR3007:50th anniversary of|} the Universal Declaration of Human Rights of 10 December 1948;\n",
            "'50th anniversary of' does not fit the years it counts: the document's year, '2013', is the '65th' anniversary of '10 December 1948'.");

    [Fact]
    public void DR3007_counts_from_the_date_the_sentence_marks() =>
        RuleVerifier.Verify<DR3007AnniversaryCount>(
            Header + "A. whereas on 10 December 1998, the {|DR3007:60th anniversary of|} the Universal Declaration of 1948, it was said;\n",
            "'60th anniversary of' does not fit the years it counts: '10 December 1998' is the '50th' anniversary of '1948'.");

    [Theory]
    [InlineData("A. whereas the 64th anniversary of the Universal Declaration of 1948 is near;")]
    [InlineData("A. whereas on 10 December 1998, the 50th anniversary of the Universal Declaration of 1948, it was said;")]
    [InlineData("A. whereas the 100th anniversary of the Armenian genocide falls in 2015;")]
    [InlineData("A. whereas the 63rd anniversary of the Declaration was marked;")]
    public void DR3007_is_silent_on_a_count_that_fits_or_a_sentence_without_the_events_year(string recital) =>
        RuleVerifier.Verify<DR3007AnniversaryCount>(Header + recital + "\n");
}
