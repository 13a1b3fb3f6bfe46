using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Rules.Names;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Names;

public sealed class NameRuleTests
{
    private const string Preamble = "The European Parliament,\n\n";

    private static NameFolder Folder => new(RuleVerifier.Data.Get<NameData>("names.json"));

    [Theory]
    [InlineData("Vinyavski", "Vinyavskiy")]
    [InlineData("Vinyavskiy", "Viniavskii")]
    [InlineData("Vzglyad", "Vzgliad")]
    [InlineData("Zhanaozen", "Zjanaozen")]
    [InlineData("Tuletaeva", "Toeletaeva")]
    [InlineData("Kozlov", "Kozlóv")]
    [InlineData("Yevgeny", "Jevgeny")]
    [InlineData("Yevgeny", "Evgeniy")]
    public void Transliteration_alternatives_fold_to_one_key(string a, string b) => Folder.Fold(a).ShouldBe(Folder.Fold(b));

    [Theory]
    [InlineData("Kazakh", "Kazakhstan")]
    [InlineData("Kozlov", "Kozlova")]
    [InlineData("Vinyavskiy", "Vinyavskaya")]
    [InlineData("Novotný", "Novotná")]
    [InlineData("Republik", "Respublika")]
    [InlineData("Almaty", "Astana")]
    public void Word_forms_and_different_names_are_not_grouped(string a, string b) =>
        NameVariants.Group([new SpellingInfo(a, new HashSet<string>(), []), new SpellingInfo(b, new HashSet<string>(), [])], Folder).ShouldBeEmpty();

    [Theory]
    [InlineData("Vzgyad", "Vzglyad")]
    [InlineData("Zjanoazen", "Zjanaozen")]
    [InlineData("Nazarbaev", "Nazarbayev")]
    public void Spellings_one_edit_apart_are_grouped(string a, string b) =>
        NameVariants.Group([new SpellingInfo(a, new HashSet<string>(), []), new SpellingInfo(b, new HashSet<string>(), [])], Folder).ShouldHaveSingleItem().Count.ShouldBe(2);

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    public void The_distance_allowed_grows_with_length(int length, int threshold) => NameVariants.Threshold(length).ShouldBe(threshold);

    [Fact]
    public void DR2001_reports_the_minority_spelling_with_the_other_as_related_location()
    {
        var text = Preamble + "A. whereas the editor-in-chief of Vzglyad Igor Vinyavski was detained;\n\n1. Calls for the release of Igor {|DR2001:Vinyavskiy|} and Vladimir Kozlov, and for Igor Vinyavski to be heard.\n";
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(text, "'Vinyavskiy' is spelled 'Vinyavski' more often in this document; use one spelling.");

        var diagnostic = RuleVerifier.Run(new DR2001NameSpelledTwoWays(), RuleVerifier.ParseMarkup(text).Text).Single();
        diagnostic.AdditionalLocations.Single().LineSpan.Start.ShouldBe(new Text.LinePosition(3, 48));
        diagnostic.Fix!.Edits.Single().NewText.ShouldBe("Vinyavski");
    }

    [Fact]
    public void DR2001_never_pairs_different_people_who_share_a_first_name_spelled_two_ways() =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(Preamble + "A. whereas Natalya Azhigalieva was arrested;\n\nB. whereas Natalia Sokolova was sentenced;\n");

    [Fact]
    public void DR2001_reports_a_given_name_spelled_two_ways_for_one_person() =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(
            Preamble + "A. whereas Natalia Sokolova was sentenced;\n\nB. whereas {|DR2001:Natalya|} Sokolova was released;\n",
            "'Natalya' is also spelled 'Natalia' in this document for 'Sokolova'; use one spelling.");

    [Theory]
    [InlineData("A. whereas Kazakhstan and the Kazakh authorities and Kazakhstani people met;")]
    [InlineData("A. whereas the Golos Republik and Respublika newspapers were closed;")]
    [InlineData("A. whereas the Council and the Commission met in Almaty and Astana;")]
    [InlineData("A. whereas Mr Kozlov and his wife, Ms Kozlova, met;")]
    public void DR2001_is_silent_on_ordinary_words_word_forms_and_listed_names(string recital) =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(Preamble + recital + "\n");

    [Fact]
    public void DR2001_reports_a_variant_the_names_list_fixes_and_accepts_what_it_accepts()
    {
        var policy = new NamePolicy([new CanonicalName { Name = "Vinyavskiy", Variants = ["Vinyavski"], Accepted = ["Viniavskii"] }], [], []);
        var driver = new AnalyzerDriver([new DR2001NameSpelledTwoWays()], RuleVerifier.Data);
        var configuration = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>(), policy);

        var result = driver.Run([LintInput.FromText("a.txt", Preamble + "A. whereas Igor Vinyavski was detained; whereas the newspaper of Mr Viniavskii was closed;\n")], _ => configuration);

        result.Diagnostics.Select(d => d.Message).ShouldBe(["'Vinyavski' is spelled 'Vinyavskiy' in the names list (its canonical spelling); use that spelling."]);
    }

    [Fact]
    public void DR2003_leaves_words_in_a_sentence_of_capitals_alone() =>
        RuleVerifier.Verify<DR2003AcronymVariant>(
            Preamble + "1. CALLS ON THE AUTHORITIES TO DO MORE THAN THAT, TO FACE THE PACE OF CHANGE AND THEN ACT;\n");

    [Fact]
    public void DR2003_reports_an_acronym_off_a_known_one() =>
        RuleVerifier.Verify<DR2003AcronymVariant>(
            Preamble + "1. Calls on the authorities to address the OSCE/{|DR2003:ODHIR|} findings;\n",
            "'ODHIR' looks like a misspelling of 'ODIHR', which the names list knows.");

    [Fact]
    public void DR2003_reports_the_rarer_of_two_acronyms_of_the_document() =>
        RuleVerifier.Verify<DR2003AcronymVariant>(
            Preamble + "A. whereas the KNBK applies; whereas the KNBK is in force;\n\n1. Calls for the {|DR2003:KNBR|} to be applied.\n",
            "'KNBR' looks like a misspelling of 'KNBK', which this document uses several times.");

    [Theory]
    [InlineData("A. whereas the EU and the UN met;")]
    [InlineData("A. whereas the TEU and the TFEU apply;")]
    [InlineData("A. whereas UNHCR and UNHRC both reported;")]
    public void DR2003_is_silent_on_short_or_known_acronyms(string recital) =>
        RuleVerifier.Verify<DR2003AcronymVariant>(Preamble + recital + "\n");

    [Fact]
    public void DR2003_knows_the_Dutch_acronyms_of_a_Dutch_text() =>
        RuleVerifier.Run(new DR2003AcronymVariant(), "Het Europees Parlement,\n\nA. overwegende dat de OVSE en de EDEO het zeggen;\n").ShouldBeEmpty();

    [Fact]
    public void DR2002_reports_a_spelling_that_differs_between_documents_of_one_language()
    {
        var driver = new AnalyzerDriver([new DR2002NameSpelledDifferentlyAcrossDocuments()], RuleVerifier.Data);
        var none = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());

        var result = driver.Run([
            LintInput.FromText("a.txt", Preamble + "A. whereas Igor Vinyavski was detained;\n"),
            LintInput.FromText("b.txt", Preamble + "A. whereas Igor Vinyavski was released;\n"),
            LintInput.FromText("c.txt", Preamble + "A. whereas Igor Viniavskii was heard;\n"),
            LintInput.FromText("d.txt", "Het Europees Parlement,\n\nA. overwegende dat Igor Vinjavski werd vrijgelaten;\n"),
        ], _ => none);

        result.Diagnostics.Select(d => $"{d.Location.FilePath}: {d.Message}").ShouldBe([
            "c.txt: 'Viniavskii' is spelled 'Vinyavski' in more documents of this run; a repository of resolutions should spell a name one way."]);
    }

    [Fact]
    public void DR2002_takes_short_names_a_letter_apart_in_two_documents_for_two_people_and_long_ones_for_one()
    {
        var driver = new AnalyzerDriver([new DR2002NameSpelledDifferentlyAcrossDocuments()], RuleVerifier.Data);
        var none = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());

        var result = driver.Run([
            LintInput.FromText("a.txt", Preamble + "A. whereas the expert Anaïs Marin reported on the elections;\n"),
            LintInput.FromText("b.txt", Preamble + "A. whereas the motion was tabled by Marie-Christine Vergiat;\n"),
            LintInput.FromText("c.txt", Preamble + "A. whereas Nasrin Sotoudeh was sentenced;\n"),
            LintInput.FromText("d.txt", Preamble + "A. whereas Nasrin Sotoudah was sentenced again;\n"),
        ], _ => none);

        result.Diagnostics.Select(d => $"{d.Location.FilePath}: {d.Message}").ShouldBe([
            "d.txt: 'Sotoudah' is spelled 'Sotoudeh' in another document of this run; a repository of resolutions should spell a name one way."]);
    }

    [Theory]
    [InlineData("A. whereas the motion was tabled by Marietje Schaake, Alexander Graf Lambsdorff and Marielle de Sarnez on behalf of the ALDE Group;")]
    [InlineData("A. whereas the motion was tabled by Marietje Schaake, Louis Michel, Edward\nMcMillan-Scott and Marielle De Sarnez; whereas Eduard Kukan spoke;")]
    [InlineData("A. whereas Johannes Cornelis van Baalen and Johannes Cornelius Voggenhuber spoke;")]
    public void DR2001_never_pairs_given_names_of_different_surnames(string recital) =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(Preamble + recital + "\n");

    [Fact]
    public void DR2001_leaves_the_parties_of_a_court_case_as_the_court_spells_them() =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(
            Preamble + "– having regard to the judgments of the European Court of Human Rights in Navalnyy and Ofitserov v Russia, Navalnyy v Russia of 17 October 2017 and Navalnyy v. Russia (No. 2),\n\n"
            + "A. whereas Alexei Navalny was arrested; whereas Navalny was poisoned; whereas Navalny was sentenced;\n");

    [Fact]
    public void DR2001_still_pairs_a_given_name_spelled_two_ways_beside_a_particle() =>
        RuleVerifier.Verify<DR2001NameSpelledTwoWays>(
            Preamble + "A. whereas Marielle de Sarnez spoke first;\n\nB. whereas {|DR2001:Mariele|} de Sarnez spoke again;\n\nC. whereas Marielle de Sarnez closed the debate;\n",
            "'Mariele' is spelled 'Marielle' more often in this document for 'Sarnez'; use one spelling.");

    [Theory]
    [InlineData("A. overwegende dat Turkije een kandidaat-lidstaat is en dat de Turkse regering journalisten vervolgt;")]
    [InlineData("A. overwegende dat het voormalige Joegoslavië uiteenviel; overwegende dat het Internationaal Straftribunaal voor het voormalige Joegoslavische gebied oordeelde;")]
    public void DR2001_knows_a_languages_word_forms_of_places(string recital) =>
        RuleVerifier.Verify(new DR2001NameSpelledTwoWays(), "Het Europees Parlement,\n\n" + recital + "\n", [], language: "nl");

    [Theory]
    [InlineData("1. verzoekt de UNHRC en de UNHCR om dit te onderzoeken;")]
    [InlineData("1. wijst op de Universele Verklaring van de Rechten van de Mens (UVRM) en op het EVRM;")]
    public void DR2003_never_reports_an_acronym_known_in_another_language_or_spelled_out_before_it(string paragraph) =>
        RuleVerifier.Verify(new DR2003AcronymVariant(), "Het Europees Parlement,\n\n" + paragraph + "\n", [], language: "nl");

    [Fact]
    public void DR2003_reports_a_spelled_out_acronym_whose_letters_do_not_match() =>
        RuleVerifier.Verify<DR2003AcronymVariant>(
            Preamble + "1. Calls on the Office for Democratic Institutions and Human Rights ({|DR2003:ODHIR|}) to observe the elections;\n",
            "'ODHIR' looks like a misspelling of 'ODIHR', which the names list knows.");

    [Fact]
    public void DR2003_takes_no_other_languages_acronym_as_the_right_spelling() =>
        RuleVerifier.Verify<DR2003AcronymVariant>(Preamble + "A. whereas the STAN TV channel was closed;\n");

    [Fact]
    public void Seeds_get_no_name_warning_a_careful_editor_would_reject()
    {
        // Each of these is a real inconsistency in the seed texts; nothing else may be reported.
        var warnings = SeedFiles.All
            .SelectMany(seed => BuiltInRules.CreateAll().Where(a => a.SupportedDiagnostics.Any(d => d.Family == "names"))
                .SelectMany(a => RuleVerifier.Run(a, File.ReadAllText(TestPaths.Seed(seed)), path: seed)))
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => $"{d.Location.FilePath}({d.Location.LineSpan.Start}) {d.Id} {d.Location.Excerpt.Snippet}")
            .Order(StringComparer.Ordinal);

        warnings.ShouldBe([
            "kazakhstan-2012-motion-draft.en.txt(133,55) DR2001 Vzgyad",
            "kazakhstan-2012-motion-draft.en.txt(202,57) DR2003 ODHIR",
            "kazakhstan-2012-motion-draft.en.txt(217,24) DR2001 Vinyavskiy",
            "kazakhstan-2012-oeil-summary.en.txt(11,65) DR2003 ODHIR",
            "kazakhstan-2012-text-adopted.nl.txt(145,19) DR2001 Zjanoazen",
            "kazakhstan-2012-text-adopted.nl.txt(457,78) DR2001 Natalya",
        ]);
    }
}
