using DraftLint.Analysis;

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
    public void Then_a_date_in_the_header()
    {
        var date = DateRecognizerTests.Model("European Parliament resolution of 15 March 2012 on Kazakhstan" + Body).DocumentDate!;

        (date.Date, date.Source).ShouldBe((new DateOnly(2012, 3, 15), DocumentDateSource.Header));
        date.Evidence.ShouldBe("from the header, '15 March 2012' at line 1");
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
        date.Evidence.ShouldContain("within the year of B7-0165/2012");
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
