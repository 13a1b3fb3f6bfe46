using DraftLint.Parsing;
using DraftLint.Syntax;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Parsing;

public sealed class ParserTests
{
    private static DocumentSyntax Parse(string text, string? language = null) =>
        new DocumentParser(RuleVerifier.Data).Parse(new SourceText("t.txt", text), language);

    [Fact]
    public void Recital_letters_run_past_Z_to_AA()
    {
        var text = "The European Parliament,\n\n– having regard to X,\n\n"
            + string.Concat(Enumerable.Range(1, 28).Select(i => $"{LabelOrdinals.ToLetters(i)}. whereas item {i};\n\n"))
            + "1. Stresses this.\n";

        var document = Parse(text);

        document.Recitals.Length.ShouldBe(28);
        document.Recitals[26].Label!.Text.ShouldBe("AA");
        document.Recitals[26].Label!.Ordinal.ShouldBe(27);
        document.Recitals[27].Label!.Text.ShouldBe("AB");
    }

    [Theory]
    [InlineData("A", 1)]
    [InlineData("Z", 26)]
    [InlineData("AA", 27)]
    [InlineData("AZ", 52)]
    [InlineData("BA", 53)]
    public void Letter_labels_are_bijective_base_26(string label, int ordinal)
    {
        LabelOrdinals.FromLetters(label).ShouldBe(ordinal);
        LabelOrdinals.ToLetters(ordinal).ShouldBe(label);
    }

    [Theory]
    [InlineData("i", 1)]
    [InlineData("iv", 4)]
    [InlineData("ix", 9)]
    [InlineData("xiv", 14)]
    [InlineData("iiii", 0)]
    [InlineData("b", 0)]
    public void Roman_numerals_are_read_in_canonical_form(string numeral, int value) =>
        LabelOrdinals.FromRoman(numeral).ShouldBe(value);

    [Fact]
    public void Sub_points_belong_to_their_paragraph()
    {
        var document = Parse("The European Parliament,\n\n1. Calls for:\n(a) one thing;\n(b) another thing;\n\n2. Instructs its President.\n");

        document.Paragraphs.Length.ShouldBe(2);
        document.Paragraphs[0].SubPoints.Select(p => p.Label!.Text).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Roman_sub_points_are_read_as_roman()
    {
        var document = Parse("The European Parliament,\n\n1. Calls for:\n(i) one;\n(ii) two;\n(iii) three;\n\n2. Instructs.\n");

        document.Paragraphs[0].SubPoints.Select(p => (p.Label!.Scheme, p.Label.Ordinal)).ShouldBe(
            [(LabelScheme.LowerRoman, 1), (LabelScheme.LowerRoman, 2), (LabelScheme.LowerRoman, 3)]);
    }

    [Fact]
    public void Hyphenated_line_breaks_join_without_a_space()
    {
        var document = Parse("The European Parliament,\n\nA. whereas detainees suffered ill-\n treatment on 17-\n18 September;\n");

        document.Recitals[0].Text.Value.ShouldBe("whereas detainees suffered ill-treatment on 17-18 September;");
    }

    [Fact]
    public void Page_debris_is_set_aside()
    {
        var document = Parse("The European Parliament,\n\nA. whereas one thing\nPE478.123v01-00\n12\nEN\ncontinues here;\n\nB. whereas another;\n");

        document.Recitals[0].Text.Value.ShouldBe("whereas one thing continues here;");
        document.Debris.Length.ShouldBe(3);
    }

    [Fact]
    public void Recitals_clauses_become_sentences()
    {
        var document = Parse("The European Parliament,\n\nA. whereas one thing happened; whereas Mr Smith said so. Another sentence follows;\n");

        document.Recitals[0].Sentences.Select(s => s.Text).ShouldBe(
            ["whereas one thing happened;", "whereas Mr Smith said so.", "Another sentence follows;"]);
    }

    [Fact]
    public void Free_prose_is_not_forced_into_the_shape_of_a_resolution()
    {
        var document = Parse("Dear colleagues,\n\nA. Smith and B. Jones wrote to us.\n\n1. This is not a paragraph of a resolution.\n");

        document.Shape.ShouldBe(DocumentShape.Prose);
        document.Recitals.ShouldBeEmpty();
        document.Paragraphs.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Het Europees Parlement,\n\n– gezien de verklaring,\n\nA. overwegende dat het zo is;\n", "nl")]
    [InlineData("The European Parliament,\n\n– having regard to the statement,\n\nA. whereas it is so;\n", "en")]
    public void Language_is_detected(string text, string language) => Parse(text).Language.ShouldBe(language);

    [Fact]
    public void Language_can_be_forced() => Parse("The European Parliament,\n", "nl").Language.ShouldBe("nl");
}
