using DraftLint.Parsing;
using DraftLint.Rules.Numbering;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Numbering;

/// <summary>DR1001 (gap), DR1002 (duplicate) and DR1003 (out of order): positives and near misses.</summary>
public sealed class NumberingRuleTests
{
    private const string Preamble = "The European Parliament,\n\n– having regard to its earlier resolutions,\n\n";

    [Fact]
    public void DR1001_reports_a_skipped_recital_letter() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas one;\n\nB. whereas two;\n\n{|DR1001:D.|} whereas four;\n\n1. Stresses.\n",
            "Recital 'D' follows recital 'B': 'C' is missing.");

    [Fact]
    public void DR1001_reports_several_skipped_paragraphs() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas one;\n\n1. Stresses;\n\n{|DR1001:4.|} Calls;\n\n5. Instructs.\n",
            "Paragraph '4' follows paragraph '1': '2' and '3' are missing.");

    [Fact]
    public void DR1001_reports_a_run_that_does_not_start_at_one() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas one;\n\n{|DR1001:2.|} Stresses;\n\n3. Instructs.\n",
            "Paragraph '2' follows the start of the paragraphs: '1' is missing.");

    [Fact]
    public void DR1001_knows_that_AA_follows_Z()
    {
        var recitals = string.Concat(Enumerable.Range(1, 26).Select(i => $"{LabelOrdinals.ToLetters(i)}. whereas {i};\n\n"));

        RuleVerifier.Verify<NumberingAnalyzer>(Preamble + recitals + "AA. whereas 27;\n\nAB. whereas 28;\n\n1. Stresses.\n");
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + recitals + "{|DR1001:ZA.|} whereas 27;\n\n1. Stresses.\n",
            "Recital 'ZA' follows recital 'Z': 'AA' to 'YZ' are missing ('650' labels).");
    }

    [Fact]
    public void DR1001_reports_a_gap_in_points() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "1. Calls for:\n(a) one;\n{|DR1001:(c)|} three;\n\n2. Instructs.\n",
            "Point 'c' follows point 'a': 'b' is missing.");

    [Fact]
    public void A_swap_is_DR1003s_not_a_gap() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas;\n\nB. whereas;\n\n1. Stresses;\n\n3. Notes;\n\n{|DR1003:2.|} Calls;\n\n4. Instructs.\n",
            "Paragraph '2' follows paragraph '3'; the next label here is '4'.");

    [Fact]
    public void DR1002_reports_a_repeated_label() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas one;\n\nB. whereas two;\n\n{|DR1002:B.|} whereas again;\n\n1. Stresses.\n",
            "Recital 'B' repeats the label of an earlier recital; the next label here is 'C'.");

    [Fact]
    public void DR1002_is_silent_when_recitals_and_paragraphs_share_nothing() =>
        RuleVerifier.Verify<NumberingAnalyzer>(Preamble + "A. whereas one;\n\n1. Stresses;\n\n2. Calls for:\n(a) one;\n(b) two;\n\n3. Instructs:\n(a) one.\n");

    [Fact]
    public void DR1003_reports_swapped_paragraphs() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas one;\n\n1. Stresses;\n\n3. Notes;\n\n{|DR1003:2.|} Calls;\n\n4. Instructs.\n",
            "Paragraph '2' follows paragraph '3'; the next label here is '4'.");

    [Fact]
    public void A_gap_is_DR1001s_not_DR1003s() =>
        RuleVerifier.Verify<NumberingAnalyzer>(
            Preamble + "A. whereas one;\n\n{|DR1001:C.|} whereas three;\n\n1. Instructs.\n",
            "Recital 'C' follows recital 'A': 'B' is missing.");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Numbering_rules_report_nothing_on_the_seeds(string seed)
    {
        var text = File.ReadAllText(TestPaths.Seed(seed));
        RuleVerifier.Run(new NumberingAnalyzer(), text).ShouldBeEmpty();
    }

    public static TheoryData<string> Seeds() => [.. SeedFiles.All];
}
