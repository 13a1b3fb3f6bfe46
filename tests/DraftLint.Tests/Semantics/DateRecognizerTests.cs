using DraftLint.Analysis;
using DraftLint.Parsing;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Semantics;

public sealed class DateRecognizerTests
{
    internal static SemanticModel Model(string text, string? language = null, DateOnly? asOf = null)
    {
        var document = new DocumentParser(RuleVerifier.Data).Parse(new SourceText("t.txt", text), language);
        return new SemanticModel(document, RuleVerifier.Data, asOf);
    }

    private static DateMention Single(string sentence, string language = "en") =>
        Model($"{(language == "nl" ? "Het Europees Parlement" : "The European Parliament")},\n\nA. {sentence};\n", language).Dates.ShouldHaveSingleItem();

    [Theory]
    [InlineData("whereas on 15 March 2012 it happened", "15 March 2012", DateForm.DayMonthYear, 15, 3, 2012)]
    [InlineData("whereas in December 2011 it happened", "December 2011", DateForm.MonthYear, null, 12, 2011)]
    [InlineData("whereas before the mid-December 2011 events", "mid-December 2011", DateForm.MonthYear, null, 12, 2011)]
    [InlineData("whereas by the end of March 2012 the trial ended", "the end of March 2012", DateForm.MonthYear, null, 3, 2012)]
    [InlineData("whereas by the\u00A0end  of March 2012 the trial ended", "the\u00A0end  of March 2012", DateForm.MonthYear, null, 3, 2012)]
    [InlineData("whereas the trial ended at the end of 2012", "2012", DateForm.Year, null, null, 2012)]
    [InlineData("whereas on 28 January people protested", "28 January", DateForm.DayMonth, 28, 1, null)]
    [InlineData("whereas workers had been on strike since May", "May", DateForm.Month, null, 5, null)]
    [InlineData("whereas Kazakhstan chaired the OSCE in 2010", "2010", DateForm.Year, null, null, 2010)]
    [InlineData("whereas people were arrested on 3rd February 2012", "3rd February 2012", DateForm.DayMonthYear, 3, 2, 2012)]
    [InlineData("whereas it was adopted on 15.3.2012", "15.3.2012", DateForm.Numeric, 15, 3, 2012)]
    [InlineData("whereas it was adopted on 15/03/2012", "15/03/2012", DateForm.Numeric, 15, 3, 2012)]
    [InlineData("whereas it was adopted on 2012-03-15", "2012-03-15", DateForm.Numeric, 15, 3, 2012)]
    [InlineData("whereas it was adopted on March 15, 2012", "March 15, 2012", DateForm.DayMonthYear, 15, 3, 2012)]
    [InlineData("whereas it was adopted on Monday 16 December 2011", "Monday 16 December 2011", DateForm.DayMonthYear, 16, 12, 2011)]
    [InlineData("whereas the dialogue with the Envoys (15 February 2007) failed", "15 February 2007", DateForm.DayMonthYear, 15, 2, 2007)]
    [InlineData("whereas the dialogue failed (in 2007)", "2007", DateForm.Year, null, null, 2007)]
    public void English_forms_are_recognised(string sentence, string text, DateForm form, int? day, int? month, int? year)
    {
        var date = Single(sentence);

        (date.Text, date.Form, date.Day, date.Month, date.Year).ShouldBe((text, form, day, month, year));
    }

    [Theory]
    [InlineData("overwegende dat het op 15 maart 2012 gebeurde", "15 maart 2012", DateForm.DayMonthYear, 15, 3, 2012)]
    [InlineData("overwegende dat het in december 2011 gebeurde", "december 2011", DateForm.MonthYear, null, 12, 2011)]
    [InlineData("overwegende dat het op 24 maart gebeurt", "24 maart", DateForm.DayMonth, 24, 3, null)]
    [InlineData("overwegende dat de arbeiders sinds mei staakten", "mei", DateForm.Month, null, 5, null)]
    [InlineData("overwegende dat het half december 2011 gebeurde", "half december 2011", DateForm.MonthYear, null, 12, 2011)]
    [InlineData("overwegende dat het eind van maart 2012 gebeurde", "eind van maart 2012", DateForm.MonthYear, null, 3, 2012)]
    public void Dutch_forms_are_recognised(string sentence, string text, DateForm form, int? day, int? month, int? year)
    {
        var date = Single(sentence, "nl");

        (date.Text, date.Form, date.Day, date.Month, date.Year).ShouldBe((text, form, day, month, year));
    }

    [Theory]
    [InlineData("en", "adopted on 21-22 June 2007", "21-22 June 2007", 21, 22, 2007)]
    [InlineData("en", "a visit on 17-19 September 2018", "17-19 September 2018", 17, 19, 2018)]
    [InlineData("nl", "goedgekeurd op 21 en 22 juni 2007", "21 en 22 juni 2007", 21, 22, 2007)]
    public void Day_ranges_are_recognised(string language, string sentence, string text, int first, int last, int year)
    {
        var date = Single((language == "nl" ? "overwegende dat " : "whereas ") + sentence, language);

        (date.Text, date.Form, date.Day, date.EndDay, date.Year).ShouldBe((text, DateForm.DayRange, first, last, year));
    }

    [Fact]
    public void Year_ranges_are_recognised() =>
        (Single("whereas laws were adopted in 2014-2015").Form, Single("whereas laws were adopted in 2014-2015").EndYear).ShouldBe((DateForm.YearRange, 2015));

    [Fact]
    public void Dates_of_a_list_share_the_year_that_closes_it()
    {
        var dates = Model("The European Parliament,\n\n– having regard to the statements of 3 November and 22 December 2011 and 19 January, 26 January and 9 February 2012,\n").Dates;

        dates.Select(d => (d.Text, d.Year, d.YearFromList)).ShouldBe([
            ("3 November", 2011, true), ("22 December 2011", 2011, false),
            ("19 January", 2012, true), ("26 January", 2012, true), ("9 February 2012", 2012, false)]);
    }

    [Fact]
    public void A_year_with_a_footnote_marker_glued_on_is_the_year()
    {
        var model = Model("Het Europees Parlement,\n\n– gezien zijn resolutie van 15 december 20111,\n\nA. overwegende dat het zo is;\n\n1. benadrukt dit.\n\n1  Aangenomen teksten, P7_TA(2011)0588.\n", "nl");

        model.Dates.Select(d => (d.Text, d.Year)).ShouldBe([("15 december 2011", 2011)]);
    }

    [Theory]
    [InlineData("whereas the Commission may act")]
    [InlineData("whereas procedure 2012/2553(RSP) and motion B7-0165/2012 and P7_TA(2012)0058 and TA-10-2025-0249 are cited")]
    [InlineData("whereas 17 people died and 110 others were injured")]
    [InlineData("whereas Article 2 (General Principles) applies")]
    [InlineData("whereas Resolution 1325 (2000) and COM(2004) 0313 apply")]
    public void Numbers_and_references_are_not_dates(string sentence) =>
        Model($"The European Parliament,\n\nA. {sentence};\n").Dates.ShouldBeEmpty();

    [Theory]
    [InlineData("whereas people have been arrested since December 2011", TenseContext.Past)]
    [InlineData("whereas on 17 February 2012 the President of Kazakhstan signed several laws", TenseContext.Past)]
    [InlineData("whereas the opposition parties have announced plans for a protest rally on 24 March 2012", TenseContext.Future)]
    [InlineData("whereas the trials are expected to start on 27 March 2012", TenseContext.Future)]
    [InlineData("whereas presidential elections are due in 2020", TenseContext.Future)]
    [InlineData("whereas the situation on 5 March 2012 is unclear", TenseContext.Unknown)]
    public void The_tense_of_the_clause_is_read(string sentence, TenseContext context) =>
        Single(sentence).Context.ShouldBe(context);

    [Theory]
    [InlineData("overwegende dat sinds december 2011 43 personen zijn gearresteerd", TenseContext.Past)]
    [InlineData("overwegende dat de oppositie plannen heeft aangekondigd voor een bijeenkomst op 24 maart 2012", TenseContext.Future)]
    [InlineData("overwegende dat de verkiezingen in 2020 zullen plaatsvinden", TenseContext.Future)]
    public void The_tense_of_a_Dutch_clause_is_read(string sentence, TenseContext context) =>
        Single(sentence, "nl").Context.ShouldBe(context);
}
