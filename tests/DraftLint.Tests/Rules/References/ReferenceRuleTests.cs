using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;
using DraftLint.Tests.Semantics;

namespace DraftLint.Tests.Rules.References;

public sealed class ReferenceRuleTests
{
    private const string Header = "European Parliament resolution of 15 March 2012 on Kazakhstan\n\nThe European Parliament,\n\n";
    private const string Evidence = "the date in the title, '15 March 2012'";

    [Theory]
    [InlineData("P7_TA(2011)0588", ReferenceKind.TextAdopted, 7, 2011, "0588", false)]
    [InlineData("P8_TA-PROV(2019)0267", ReferenceKind.TextAdopted, 8, 2019, "0267", true)]
    [InlineData("TA-10-2025-0096", ReferenceKind.TextAdopted, 10, 2025, "0096", false)]
    [InlineData("T9-0176/2024", ReferenceKind.TextAdopted, 9, 2024, "0176", false)]
    [InlineData("B7-0165/2012", ReferenceKind.Document, 7, 2012, "0165", false)]
    [InlineData("RC-B7-0055/2013", ReferenceKind.Document, 7, 2013, "0055", false)]
    [InlineData("B10‑0249/2025", ReferenceKind.Document, 10, 2025, "0249", false)]
    [InlineData("2012/2553(RSP)", ReferenceKind.Procedure, null, 2012, "2553", false)]
    [InlineData("95/0263(CNS)", ReferenceKind.Procedure, null, 95, "0263", false)]
    public void Reference_forms_are_recognised(string text, ReferenceKind kind, int? term, int year, string number, bool provisional)
    {
        var reference = DateRecognizerTests.Model($"The European Parliament,\n\n– having regard to {text},\n").References.ShouldHaveSingleItem();

        (reference.Value, reference.Kind, reference.Term, reference.Year, reference.Number, reference.Provisional).ShouldBe((text, kind, term, year, number, provisional));
    }

    [Theory]
    [InlineData("en", "– having regard to Rule 110(4) of its Rules of Procedure,", "110:4")]
    [InlineData("en", "– having regard to Rules 135(5) and 123(4) of its Rules of Procedure,", "135:5 123:4")]
    [InlineData("en", "– having regard to the Rule 135 (5) and 123(4) of its Rules of Procedure,", "135:5 123:4")]
    [InlineData("nl", "– gezien artikel 110, lid 4, van zijn Reglement,", "110:4")]
    [InlineData("nl", "– gezien artikel 144, lid 5, en artikel 132, lid 4, van het Reglement,", "144:5 132:4")]
    public void Rules_of_Procedure_citations_are_recognised(string language, string citation, string rules)
    {
        var preamble = language == "nl" ? "Het Europees Parlement," : "The European Parliament,";
        var found = DateRecognizerTests.Model($"{preamble}\n\n{citation}\n", language).References.Where(r => r.Kind == ReferenceKind.RuleOfProcedure);

        string.Join(' ', found.Select(r => $"{r.Number}:{r.Paragraph}")).ShouldBe(rules);
    }

    [Fact]
    public void A_footnote_reference_knows_the_citation_that_points_at_it()
    {
        var model = DateRecognizerTests.Model(Header + "– having regard to its resolution of 15 December 2011 on Central Asia1,\n\nA. whereas it is so;\n\n1 P7_TA-PROV(2011)0588\n");

        model.References.Single().CitedBy!.Kind.ShouldBe(Syntax.SyntaxKind.Citation);
    }

    [Fact]
    public void DR4001_reports_a_provisional_reference_once_final_and_fixes_it()
    {
        var text = Header + "– having regard to its resolution of 15 December 2011 on Central Asia1,\n\nA. whereas it is so;\n\n1 {|DR4001:P7_TA-PROV(2011)0588|}\n";
        RuleVerifier.Verify<DR4001ProvisionalReference>(text,
            $"'P7_TA-PROV(2011)0588' is the provisional reference of a text adopted on '15 December 2011'; the document is dated '15 March 2012' ({Evidence}): cite the final 'P7_TA(2011)0588'.");

        var fix = RuleVerifier.Run(new DR4001ProvisionalReference(), RuleVerifier.ParseMarkup(text).Text).Single().Fix!.Edits.Single();
        fix.NewText.ShouldBe("");
        fix.Span.Length.ShouldBe("-PROV".Length);
    }

    [Theory]
    [InlineData("– having regard to its resolution of 15 March 2012 on Central Asia1,\n\nA. whereas it is so;\n\n1 P7_TA-PROV(2012)0099\n")]
    [InlineData("– having regard to its resolution of 15 December 2011 on Central Asia1,\n\nA. whereas it is so;\n\n1 P7_TA(2011)0588\n")]
    public void DR4001_is_silent_on_a_provisional_reference_of_the_same_day_and_on_final_references(string body) =>
        RuleVerifier.Verify<DR4001ProvisionalReference>(Header + body);

    [Theory]
    [InlineData("{|DR4003:B8-0123/2012|}", "'B8-0123/2012' carries the term digit '8', but that term ran from '2014' to '2019'; '2012' was in the '7th' term.")]
    [InlineData("{|DR4003:P9_TA(2020)0001|}", "'P9_TA(2020)0001' belongs to the '9th' term, which began on '2 July 2019', after the document's date '15 March 2012' (" + Evidence + ").")]
    public void DR4003_reports_a_term_that_contradicts_the_year_or_the_document(string reference, string message) =>
        RuleVerifier.Verify<DR4003ReferenceTermMismatch>(Header + $"– having regard to {reference},\n", message);

    [Theory]
    [InlineData("B7-0165/2012")]
    [InlineData("RC-B7-0165/2012")]
    [InlineData("P7_TA(2011)0588")]
    public void DR4003_is_silent_on_consistent_references(string reference) =>
        RuleVerifier.Verify<DR4003ReferenceTermMismatch>(Header + $"– having regard to {reference},\n");

    [Fact]
    public void DR4004_reports_a_rule_number_of_another_term()
    {
        RuleVerifier.Verify<DR4004RulesOfProcedureNumber>(
            "European Parliament resolution of 14 March 2019 on Kazakhstan\n\nThe European Parliament,\n\n– having regard to Rule {|DR4004:110(4)|} of its Rules of Procedure,\n",
            "Rule '110(4)' is the rule for 'motion for a resolution winding up a debate on statements' in the Rules of Procedure of the '7th' term; on '14 March 2019', in the '8th' term, that is 'Rule 123(4)'.");
    }

    [Theory]
    [InlineData("European Parliament resolution of 15 March 2012 on Kazakhstan", "Rule 110(4)")]
    [InlineData("European Parliament resolution of 14 March 2019 on Kazakhstan", "Rules 135(5) and 123(4)")]
    [InlineData("European Parliament resolution of 14 March 2019 on Kazakhstan", "Rule 999(2)")]
    [InlineData("MOTION FOR A RESOLUTION\n\n16.10.2013\n\nfurther to Questions for Oral Answer", "Rule 115(5)")]
    public void DR4004_is_silent_on_the_numbers_in_force_and_on_numbers_it_does_not_know(string title, string rules) =>
        RuleVerifier.Verify<DR4004RulesOfProcedureNumber>($"{title}\n\nThe European Parliament,\n\n– having regard to {rules} of its Rules of Procedure,\n");

    [Fact]
    public void The_rules_table_is_looked_up_by_date()
    {
        var table = RuleVerifier.Data.Get<RulesOfProcedureData>("rules-of-procedure.json");

        int Statements(string date) => table.Terms.Single(t => t.From <= DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) && DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) <= t.To)
            .Rules.Single(r => r.Procedure.StartsWith("motion", StringComparison.Ordinal)).Rule.Length;

        Statements("2012-03-15").ShouldBe(3);
        table.Terms.Single(t => t.Term == 9).From.ShouldBe(new DateOnly(2019, 7, 2));
        table.Terms.Single(t => t.From <= new DateOnly(2024, 7, 16) && new DateOnly(2024, 7, 16) <= t.To).Term.ShouldBe(10);
        table.Terms.Single(t => t.From <= new DateOnly(2019, 7, 1) && new DateOnly(2019, 7, 1) <= t.To).Term.ShouldBe(8);
    }

    [Theory]
    [InlineData("– having regard to Rule {|DR4005:135 (5)|} of its Rules of Procedure,", "'135 (5)' has a space before the paragraph; write '135(5)'.")]
    [InlineData("– having regard to procedure {|DR4005:2012/2553(RSX)|},", "'2012/2553(RSX)' has the procedure type 'RSX', which is not one of 'COD, CNS, APP, BUD, DEC, BUI, NLE, INL, INI, RSP, REG, IMM, RSO, INS, ACI, DEA, RPS, AVC, SYN, DCE, COS'.")]
    [InlineData("– having regard to {|DR4005:B7-0000/2012|},", "'B7-0000/2012' has the number 0000, which no document or text has.")]
    public void DR4005_reports_malformed_references(string citation, string message) =>
        RuleVerifier.Verify<DR4005MalformedReference>(Header + citation + "\n", message);

    [Fact]
    public void DR4005_writes_Rules_before_two_rule_numbers_and_its_fixes_apply_cleanly() =>
        RuleVerifier.VerifyFix(
            new DR4005MalformedReference(),
            Header + "– having regard to the {|DR4005:Rule 135(5) and 123(4)|} of its Rules of Procedure,\n\nA. whereas it is so;\n",
            ["'Rule 135(5) and 123(4)' names two rules after 'Rule'; write 'Rules'."])
            .ShouldContain("the Rules 135(5) and 123(4) of its Rules of Procedure,");

    [Fact]
    public void DR4005_joins_two_points_of_an_article_with_and() =>
        RuleVerifier.VerifyFix(
            new DR4005MalformedReference(),
            Header + "– having regard to Articles 2, 3, 6(3) and {|DR4005:21(2)(a) (b)|} of the Treaty on European Union,\n\nA. whereas it is so;\n",
            ["'21(2)(a) (b)' lists two points with only a space between them; write '21(2)(a) and (b)'."])
            .ShouldContain("6(3) and 21(2)(a) and (b) of the Treaty");

    [Fact]
    public void DR4005_writes_artikelen_before_two_Dutch_rule_numbers() =>
        RuleVerifier.Verify(
            new DR4005MalformedReference(),
            "Het Europees Parlement,\n\n– gezien {|DR4005:artikel 135, lid 5, en 123, lid 4|}, van zijn Reglement,\n\nA. overwegende dat het zo is;\n",
            ["'artikel 135, lid 5, en 123, lid 4' names two rules after 'artikel'; write 'artikelen'."],
            language: "nl");

    [Theory]
    [InlineData("– having regard to Rules 144(5) and 132(4) of its Rules of Procedure,")]
    [InlineData("– having regard to Rule 123(2) and (4) of its Rules of Procedure,")]
    [InlineData("– having regard to Rule 55 and Rule 46(1) of its Rules of Procedure,")]
    [InlineData("– having regard to Article 21(2)(a) and (b), Article 6(1)(a), (b) and Article 6(1)(a) (OJ L 1) and 6(1)(a) (b) (c) of the Treaty,")]
    public void DR4005_is_silent_on_well_formed_lists(string citation) =>
        RuleVerifier.Verify<DR4005MalformedReference>(Header + citation + "\n");

    [Fact]
    public void DR4005_is_silent_on_well_formed_references() =>
        RuleVerifier.Verify<DR4005MalformedReference>(Header + "– having regard to Rule 135(5) of its Rules of Procedure and to 2012/2553(RSP) and B7-0165/2012,\n");

    [Fact]
    public void DR5001_reports_items_that_break_the_terminal_punctuation_convention() =>
        RuleVerifier.Verify<DR5001TerminalPunctuation>(
            "The European Parliament,\n\n– having regard to X{|DR5001:;|}\n\nA. whereas one{|DR5001:,|}\n\nB. whereas tw{|DR5001:o|}\n\n1. Stresses{|DR5001::|}\n\n2. Instructs its President{|DR5001:;|}\n",
            "Citation '1' ends with ';'; the convention is ','.",
            "Recital 'A' ends with ','; the convention is ';'.",
            "Recital 'B' ends with no punctuation; the convention is ';'.",
            "Paragraph '1' ends with ':'; the convention is ';'.",
            "Paragraph '2' ends with ';'; the convention is '.'.");

    [Fact]
    public void DR5001_is_silent_on_the_convention_and_on_items_with_points() =>
        RuleVerifier.Verify<DR5001TerminalPunctuation>(
            "Het Europees Parlement,\n\n– gezien X,\n\nA. overwegende dat het zo is;\n\n1. verzoekt om:\n(a) het een;\n(b) het ander;\n\n2. verzoekt zijn Voorzitter deze resolutie te doen toekomen.\n");

    [Fact]
    public void On_the_seeds_references_are_judged_as_the_issue_expects()
    {
        List<Diagnostic> Lint(string seed) =>
            [.. BuiltInRules.CreateAll().Where(a => a.SupportedDiagnostics.Any(d => d.Family == "references"))
                .SelectMany(a => RuleVerifier.Run(a, File.ReadAllText(TestPaths.Seed(seed)), path: seed))];

        Lint(SeedFiles.Draft2012).Select(d => $"{d.Id} {d.Location.Excerpt.Snippet}").Order(StringComparer.Ordinal)
            .ShouldBe(["DR4001 P7_TA-PROV(2011)0588", "DR4001 P7_TA-PROV(2012)0058"]);
        Lint(SeedFiles.Motion2019).Select(d => $"{d.Id} {d.Location.Excerpt.Snippet}").ShouldBe(["DR4005 Rule 135 (5) and 123(4)", "DR4005 135 (5)"]);
        Lint(SeedFiles.Adopted2012Dutch).ShouldBeEmpty();
        Lint(SeedFiles.HelsinkiAppeal).Select(d => d.Id).Distinct().ShouldBe(["DR4007"], "only what its URLs deserve");
    }
}
