using DraftLint.Analysis;
using DraftLint.Parsing;
using DraftLint.Syntax;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Parsing;

/// <summary>The parser on every seed: shape, language and the count of each kind of item, footnotes included.</summary>
public sealed class SeedParsingTests
{
    private static DocumentSyntax Parse(string seed) =>
        new DocumentParser(RuleVerifier.Data).Parse(LintInput.FromFile(TestPaths.Seed(seed)).Load());

    [Theory]
    [InlineData(SeedFiles.Draft2012, "resolution", "en", 12, 18, 18, 2)]
    [InlineData(SeedFiles.Adopted2012Dutch, "resolution", "nl", 12, 18, 20, 2)]
    [InlineData(SeedFiles.Motion2019, "resolution", "en", 10, 17, 12, 0)]
    [InlineData(SeedFiles.Summary2012, "prose", "en", 0, 0, 0, 0)]
    [InlineData(SeedFiles.HelsinkiAppeal, "prose", "en", 0, 0, 0, 16)]
    public void Seed_is_read_with_the_right_structure(string seed, string shape, string language, int citations, int recitals, int paragraphs, int footnotes)
    {
        var document = Parse(seed);

        document.Shape.ToString().ToLowerInvariant().ShouldBe(shape);
        document.Language.ShouldBe(language);
        document.Citations.Length.ShouldBe(citations);
        document.Recitals.Length.ShouldBe(recitals);
        document.Paragraphs.Length.ShouldBe(paragraphs);
        document.Footnotes.Length.ShouldBe(footnotes);
    }

    [Fact]
    public void Draft_footnote_bodies_in_mid_recital_are_set_aside_and_linked_to_their_markers()
    {
        var document = Parse(SeedFiles.Draft2012);

        document.Footnotes.Select(f => (f.Number, f.Text.Value)).ShouldBe([(1, "P7_TA-PROV(2011)0588"), (2, "P7_TA-PROV(2012)0058")]);
        document.Footnotes.Select(f => document.Source.GetLinePosition(f.MarkerSpan!.Value.Start).Line).ShouldBe([37, 40]);

        // Recital A continues across the footnote bodies: "deeper cooperation", not "deeper 1 P7_TA-PROV…".
        document.Recitals[0].Text.Value.ShouldStartWith("whereas both the EU and Kazakhstan could derive important benefits from deeper cooperation, and Parliament");
        document.Citations[9].Text.Value.ShouldBe("having regard to its resolution of 15 December 2011 on the EU Strategy for Central Asia,");
    }

    [Fact]
    public void Dutch_year_glued_footnote_markers_are_years_plus_markers()
    {
        var document = Parse(SeedFiles.Adopted2012Dutch);

        document.Footnotes.Select(f => f.Number).ShouldBe([1, 2]);
        document.Citations[9].Text.Value.ShouldBe("gezien zijn resolutie over een EU-strategie voor Centraal-Azië van 15 december 2011,");
        document.Citations[10].Text.Value.ShouldEndWith("Verenigde Naties van 16 februari 2012,");
    }

    [Fact]
    public void Lines_that_begin_with_a_number_inside_an_item_stay_in_the_item()
    {
        var document = Parse(SeedFiles.Draft2012);

        // Recital P has a line "28 January around 1000 people …": not a footnote, not a paragraph.
        document.Recitals[15].Label!.Text.ShouldBe("P");
        document.Recitals[15].Text.Value.ShouldContain("whereas on 28 January around 1000 people in Almaty");
    }

    [Fact]
    public void Citations_whose_dash_was_lost_are_found_by_their_opening_words()
    {
        var document = Parse(SeedFiles.Motion2019);

        document.Citations.ShouldAllBe(c => c.Text.Value.StartsWith("having regard to", StringComparison.Ordinal));
        document.Recitals.Select(r => r.Label!.Text).ShouldBe([.. "ABCDEFGHIJKLMNOPQ".Select(c => c.ToString())]);
    }

    [Fact]
    public void Double_spaced_prose_is_grouped_into_its_real_paragraphs()
    {
        var document = Parse(SeedFiles.HelsinkiAppeal);

        document.Prose.Length.ShouldBe(14);
        document.Prose[1].Text.Value.ShouldStartWith("Oslo, Brussels, The Hague 20 March 2012. With negotiations on a new EU-Kazakhstan cooperation agreement");
        document.Footnotes.ShouldAllBe(f => f.Number == null && f.Text.Value.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_item_maps_back_to_its_source_character_by_character()
    {
        var document = Parse(SeedFiles.Draft2012);
        var recital = document.Recitals[6];
        var index = recital.Text.Value.IndexOf("December 2012", StringComparison.Ordinal);

        var span = recital.Text.ToSource(new Text.TextSpan(index, "December 2012".Length));

        document.Source.ToString(span).ShouldBe("December 2012");
        document.Source.GetLinePosition(span.Start).ShouldBe(new Text.LinePosition(81, 61));
    }
}
