using DraftLint.Semantics;

namespace DraftLint.Tests.Semantics;

/// <summary>The order in which the document's own date is found.</summary>
public sealed class DocumentDateTests
{
    private const string Body = "\n\nThe European Parliament,\n\n– having regard to its resolution of 16 February 2012,\n\nA. whereas on 17 February 2012 the President signed a law;\n\n1. Instructs its President.\n";

    [Fact]
    public void Configuration_comes_first()
    {
        var date = DateRecognizerTests.Model("European Parliament resolution of 15 March 2012 on Kazakhstan" + Body, asOf: new DateOnly(2012, 3, 20)).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 3, 20), DocumentDateSource.Configuration));
    }

    [Fact]
    public void Then_the_date_in_the_title()
    {
        var date = DateRecognizerTests.Model("European Parliament resolution of 15 March 2012 on Kazakhstan" + Body).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 3, 15), DocumentDateSource.Title));
        date.Evidence.ShouldBe("the date in the title, '15 March 2012'");
    }

    [Theory]
    [InlineData("Resolutie van het Europees Parlement van 12 maart 2015 over de jaarlijkse mensenrechtenrapportage", "nl", 2015, 3, 12)]
    [InlineData("Wetgevingsresolutie van het Europees Parlement van 12 december 2013 over het voorstel", "nl", 2013, 12, 12)]
    [InlineData("Résolution du Parlement européen du 19 décembre 2019 sur la situation", "fr", 2019, 12, 19)]
    [InlineData("Legislative Entschließung des Europäischen Parlaments vom 11. Dezember 2013 zu dem Vorschlag", "de", 2013, 12, 11)]
    public void The_title_is_read_in_each_language(string title, string language, int year, int month, int day) =>
        DateRecognizerTests.Model(title + Body, language: language).DocumentDate!.ShouldSatisfyAllConditions(
            d => d.Date.ShouldBe(new DateOnly(year, month, day)),
            d => d.Source.ShouldBe(DocumentDateSource.Title));

    [Fact]
    public void The_title_comes_before_the_debate_and_vote_days_of_a_procedure_box()
    {
        const string page = "Procedure : 2014/2250(INI)\n\nDebates :\n\nPV 08/09/2015 - 19\nCRE 08/09/2015 - 19\n\nVotes :\n\nPV 09/09/2015 - 8.16\n\n"
            + "Texts adopted\nWednesday, 9 September 2015 - Strasbourg Final edition\n\n"
            + "European Parliament resolution of 9 September 2015 on empowering girls through education in the EU (2014/2250(INI))";
        var date = DateRecognizerTests.Model(page + Body).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2015, 9, 9), DocumentDateSource.Title));
    }

    [Theory]
    [InlineData("MOTION FOR A RESOLUTION\n\n22.11.2016 - (2016/2990(RSP))", 2016, 11, 22)]
    [InlineData("MOTION FOR A RESOLUTION\n21.1.2025-()", 2025, 1, 21)]
    [InlineData("B9-0211/2022 5.4.2022", 2022, 4, 5)]
    public void A_motion_gives_its_tabling_date_under_the_title(string header, int year, int month, int day)
    {
        var date = DateRecognizerTests.Model(header + "\n\non the situation in Kazakhstan\n\nVotes :\n\nPV 16/03/2017 - 6.4" + Body).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(year, month, day), DocumentDateSource.TablingDate));
    }

    [Fact]
    public void A_texts_adopted_page_without_a_dated_title_gives_its_sitting_line()
    {
        var date = DateRecognizerTests.Model("Debates :\n\nPV 23/02/2005 - 4\n\nThursday, 24 February 2005 - Strasbourg\n\nEuropean Parliament resolution on Uzbekistan" + Body).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2005, 2, 24), DocumentDateSource.Sitting));
        date.Evidence.ShouldBe("the sitting line, 'Thursday, 24 February 2005'");
    }

    [Fact]
    public void A_procedure_box_is_never_the_source()
    {
        var date = DateRecognizerTests.Model("Debates :\n\nPV 08/09/2015 - 19\n\nEuropean Parliament resolution on girls' education" + Body).DocumentDate;

        date?.Source.ShouldNotBe(DocumentDateSource.Header);
    }

    [Theory]
    [InlineData("OJ C 45E, 23.2.2006, p. 107–127 (ES, CS, DA, DE, ET, EL, EN, FR, IT, LV, LT, HU, MT, NL, PL, PT, SK, SL, FI, SV)")]
    [InlineData("SL C 133E, 8.6.2006, p. 116–131")]
    [InlineData("Official Journal 045 E , 23/02/2006 P. 0107 - 0127")]
    public void The_Official_Journals_publication_line_is_not_the_texts_date(string line) =>
        DateRecognizerTests.Model("European Parliament resolution on the Annual Report on Human Rights in the World 2004\n\n" + line + Body).DocumentDate?.Source
            .ShouldNotBe(DocumentDateSource.Header);

    [Fact]
    public void An_index_of_texts_of_different_dates_has_no_one_date()
    {
        const string index = "RESOLUTIONS\n\nTuesday 19 February 2008\n\nEuropean Parliament resolution of 19 February 2008 on transparency in financial matters\n\n"
            + "Wednesday 20 February 2008\n\nEuropean Parliament resolution of 20 February 2008 on the Treaty of Lisbon";

        DateRecognizerTests.Model(index + Body).DocumentDate.ShouldBeNull();
    }

    [Fact]
    public void Where_nothing_is_stated_the_procedure_box_is_the_estimate()
    {
        var date = DateRecognizerTests.Model("Procedure : 2021/2642(RSP)\n\nDebates :\n\nPV 28/04/2021 - 13\n\nVotes :\n\nPV 29/04/2021 - 8.3\n\nMOTION FOR A RESOLUTION on Russia" + Body).DocumentDate!;

        (date.Date, date.Source, date.IsEstimate).ShouldBe((new DateOnly(2021, 4, 29), DocumentDateSource.ProcedureBox, true));
    }

    [Fact]
    public void A_procedures_year_bounds_nothing_a_motions_does()
    {
        DateRecognizerTests.Model("European Parliament resolution on human rights (2004/2151(INI))\n\nThe European Parliament,\n\n– having regard to its resolution of 24 February 2005,\n").DocumentDate
            .ShouldBeNull();
        DateRecognizerTests.Model("B6-0566/2006\n\nEuropean Parliament resolution on Uzbekistan\n\nThe European Parliament,\n\n– having regard to its resolutions,\n").DocumentDate!.Date
            .ShouldBe(new DateOnly(2006, 12, 31));
    }

    [Fact]
    public void A_lone_cited_date_is_not_the_documents_date()
    {
        var date = DateRecognizerTests.Model("Motion for a resolution on Eritrea\n\nThe European Parliament,\n\n– having regard to the declaration of 22 September 2008,\n\n1. Calls for the release of the prisoners;\n").DocumentDate;

        date.ShouldBeNull();
    }

    [Fact]
    public void A_dateline_opens_free_prose()
    {
        var date = DateRecognizerTests.Model("Appeal to the EU\n\nOslo, Brussels, The Hague 20 March 2012. With negotiations about to enter a new phase, three committees appeal to the EU to act on what was said on 14 March 2012 and on many other occasions before.\n").DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 3, 20), DocumentDateSource.Header));
    }

    [Fact]
    public void Then_the_latest_stated_past_date_within_the_year_of_the_reference()
    {
        var date = DateRecognizerTests.Model("B7-0165/2012" + Body).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 2, 17), DocumentDateSource.LatestStatedDate));
        date.Evidence.ShouldContain("within the year of 'B7-0165/2012'");
    }

    [Fact]
    public void The_reference_year_bounds_the_date_where_the_text_states_none()
    {
        var date = DateRecognizerTests.Model("B7-0165/2012\n\nThe European Parliament,\n\nA. whereas things are as they are;\n\n1. Instructs its President.\n").DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 12, 31), DocumentDateSource.ReferenceYear));
    }

    [Fact]
    public void A_lone_outlier_is_not_taken_for_the_documents_date()
    {
        var date = DateRecognizerTests.Model(Body + "\n2. Notes that people were killed on 16 December 2012.\n").DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 2, 17), DocumentDateSource.LatestStatedDate));
    }

    [Fact]
    public void Without_any_evidence_there_is_no_date() =>
        DateRecognizerTests.Model("The European Parliament,\n\nA. whereas things are as they are;\n").DocumentDate.ShouldBeNull();
}
