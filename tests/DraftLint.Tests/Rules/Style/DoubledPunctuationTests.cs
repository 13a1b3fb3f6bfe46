using DraftLint.Rules.Style;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Style;

/// <summary>DR5011: doubled punctuation, with its fix applied, and the near misses of real texts.</summary>
public sealed class DoubledPunctuationTests
{
    private const string Preamble = "The European Parliament,\n\n";

    [Fact]
    public void DR5011_reports_the_same_mark_twice_and_its_fix_applies_cleanly() =>
        RuleVerifier.VerifyFix(
            new DR5011DoubledPunctuation(),
            Preamble + "– having regard to its resolutions{|DR5011:,,|}\n\nA. whereas it is so{|DR5011:;;|}\n\n1. Instructs its President to forward this resolution to the Council{|DR5011:..|}\n",
            ["',,' doubles the punctuation; write ','.", "';;' doubles the punctuation; write ';'.", "'..' doubles the punctuation; write '.'."])
            .ShouldBe(Preamble + "– having regard to its resolutions,\n\nA. whereas it is so;\n\n1. Instructs its President to forward this resolution to the Council.\n");

    [Fact]
    public void DR5011_reports_two_different_marks_and_a_spaced_pair_without_a_fix() =>
        RuleVerifier.Verify<DR5011DoubledPunctuation>(
            Preamble + "– having regard to the Charter{|DR5011:, ,|} and to the Convention,\n\nA. whereas the OSCE observed the elections{|DR5011:;,|}\n\nB. whereas it is so{|DR5011:,.|}\n",
            "', ,' doubles the punctuation; keep one mark.", "';,' doubles the punctuation; keep one mark.", "',.' doubles the punctuation; keep one mark.");

    [Theory]
    [InlineData("A. whereas the list of 10:30, etc., and 1.500 people and the words ‘… and so on …’ and ... were seen;")]
    [InlineData("A. whereas the Council, ... , decided;")]
    [InlineData("A. whereas the conclusions of 12 października 2020 r., were adopted;")]
    [InlineData("A. whereas https://example.org/a,,b/ is an address;")]
    [InlineData("A. whereas it is so. . and so;")]
    public void DR5011_is_silent_on_ellipses_abbreviations_times_numbers_and_urls(string recital) =>
        RuleVerifier.Verify<DR5011DoubledPunctuation>(Preamble + recital + "\n");

    [Fact]
    public void DR5011_is_silent_on_the_headings_page_chrome() =>
        RuleVerifier.Verify<DR5011DoubledPunctuation>("Sergey Lagodinsky, Bronis Ropė, , , Martin Häusling\n\n" + Preamble + "A. whereas it is so;\n");
}
