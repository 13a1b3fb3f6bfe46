using System.Text;
using System.Text.RegularExpressions;
using DraftLint.Parsing;

namespace DraftLint.Tests.Parsing;

/// <summary>
/// <see cref="ItemLabels"/> reads by hand what three regular expressions said before it (they are its documentation
/// and are kept here as the oracle): on tens of thousands of generated line openings, both must find the same
/// label, or both none.
/// </summary>
public sealed class ItemLabelsTests
{
    private static readonly Regex RecitalOracle = new(@"\G(?<label>[A-Z]{1,3})\.(?:[ \t\u00A0]+(?=\S)|(?=\p{Ll}))");
    private static readonly Regex ParagraphOracle = new(@"\G(?<label>[0-9]{1,3})\.[ \t\u00A0]+(?=[\p{L}\p{Pi}\p{Pf}\p{Ps}'""])");
    private static readonly Regex SubPointOracle = new(@"\G\(?(?<label>[a-z]{1,4})\)[ \t\u00A0]+(?=\S)");

    // Pieces that make and break labels: letters of each case, digits (one non-ASCII), dots, brackets, blanks of
    // each kind, quotes, a line break, letters outside ASCII.
    private static readonly string[] Pieces =
        ["A", "B", "Z", "a", "i", "v", "x", "1", "2", "9", "١", ".", "(", ")", " ", "  ", "\t", "\u00A0", "\u2009", "‘", "“", "„", "«", "»", "[", "\"", "'", "\n", "é", "Ж", "-"];

    // What labels are made of, for the start of a line.
    private static readonly string[] LabelPieces = ["A", "Z", "a", "i", "v", "1", "9", ".", "(", ")", " "];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Reads_what_the_regular_expressions_read(int seed)
    {
        var random = new Random(seed);
        var found = new int[3];
        for (var n = 0; n < 40_000; n++)
        {
            var line = new StringBuilder();
            for (var count = random.Next(1, 5); count > 0; count--)
            {
                line.Append(LabelPieces[random.Next(LabelPieces.Length)]);
            }

            for (var count = random.Next(0, 5); count > 0; count--)
            {
                line.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = line.ToString();
            var recital = RecitalOracle.Match(text);
            ItemLabels.Recital(text).ShouldBe(recital.Success ? recital.Groups["label"].Length : 0, $"recital in \"{text}\"");

            var paragraph = ParagraphOracle.Match(text);
            ItemLabels.Paragraph(text).ShouldBe(paragraph.Success ? paragraph.Groups["label"].Length : 0, $"paragraph in \"{text}\"");

            var subPoint = SubPointOracle.Match(text);
            ItemLabels.SubPoint(text).ShouldBe(subPoint.Success ? (subPoint.Groups["label"].Index, subPoint.Groups["label"].Length) : (0, 0), $"sub-point in \"{text}\"");

            found[0] += recital.Success ? 1 : 0;
            found[1] += paragraph.Success ? 1 : 0;
            found[2] += subPoint.Success ? 1 : 0;
        }

        // The lines must also make labels, not only fail to.
        found.ShouldAllBe(f => f > 15);
    }

    [Theory]
    [InlineData("AA. whereas", 2)]
    [InlineData("G.\u00A0whereas", 1)]
    [InlineData("ABCD. whereas", 0)]
    [InlineData("G.whereas", 1)]
    [InlineData("G.Whereas", 0)]
    [InlineData("G. ", 0)]
    public void Reads_a_recital_label(string line, int length) => ItemLabels.Recital(line).ShouldBe(length);

    [Theory]
    [InlineData("13. Calls on", 2)]
    [InlineData("1. ‘Calls", 1)]
    [InlineData("1. „Fordert", 1)]
    [InlineData("1. « Demande", 1)]
    [InlineData("1. - Calls", 0)]
    [InlineData("1234. Calls", 0)]
    [InlineData("1. 2012", 0)]
    [InlineData("١. Calls", 0)]
    public void Reads_a_paragraph_label(string line, int length) => ItemLabels.Paragraph(line).ShouldBe(length);

    [Theory]
    [InlineData("(a) the", 1, 1)]
    [InlineData("iv) the", 0, 2)]
    [InlineData("(abcde) the", 0, 0)]
    [InlineData("(a)the", 0, 0)]
    public void Reads_a_sub_point_label(string line, int start, int length) => ItemLabels.SubPoint(line).ShouldBe((start, length));
}
