using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Rules.Versions;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Versions;

/// <summary>
/// The DR6 rules on the English and Dutch versions of one text adopted (the pattern of P8_TA(2015)0079: the English as
/// a plain text, the Dutch as the doceo page lays it out, with a blank line between items), each test injecting one
/// difference into one version.
/// </summary>
public sealed class VersionRuleTests
{
    private static readonly string[] English =
    [
        "European Parliament resolution of 12 March 2015 on the EU’s priorities for the UN Human Rights Council in 2015 (2015/2572(RSP))",
        "The European Parliament,",
        "– having regard to United Nations General Assembly Resolution 60/251 establishing the Human Rights Council (UNHRC),",
        "– having regard to the European Convention on Human Rights, the European Social Charter and the EU Charter of Fundamental Rights,",
        "– having regard to the EU Strategic Framework and Action Plan on Human Rights and Democracy, adopted on 25 June 2012,",
        "– having regard to the conclusions of the Foreign Affairs Council of 9 February 2015 on EU priorities at UN human rights fora,",
        "– having regard to the 28th session of the UNHRC to be held from 2 to 27 March 2015,",
        "– having regard to Rule 123(2) and (4) of its Rules of Procedure,",
        "A. whereas respect for, and the promotion and safeguarding of, the universality of human rights is part of the European Union’s ethical and legal acquis;",
        "B. whereas the 28th session of the UNHRC will be held from 2 to 27 March 2015;",
        "1. Welcomes the priorities of the EU for the UNHRC;",
        "2. Instructs its President to forward this resolution to the Council and the Commission.",
    ];

    private static readonly string[] Dutch =
    [
        "Resolutie van het Europees Parlement van 12 maart 2015 over de prioriteiten van de EU voor de VN-Mensenrechtenraad in 2015 (2015/2572(RSP))",
        "Het Europees Parlement,",
        "–  gezien resolutie 60/251 van de Algemene Vergadering van de Verenigde Naties, waarbij de VN-Mensenrechtenraad (UNHRC) is opgericht,",
        "–  gezien het Europees Verdrag betreffende de rechten van de mens, het Europees Sociaal Handvest en het Handvest van de grondrechten van de EU,",
        "–  gezien het strategisch kader en actieplan voor mensenrechten en democratie van de EU van 25 juni 2012,",
        "–  gezien de conclusies van de Raad Buitenlandse Zaken van 9 februari 2015 over de prioriteiten van de EU in mensenrechtenfora van de VN,",
        "–  gezien de 28e zitting van de UNHRC die plaatsvindt van 2 t/m 27 maart 2015,",
        "–  gezien artikel 123, leden 2 en 4, van zijn Reglement,",
        "A. overwegende dat eerbiediging, bevordering en bescherming van de universaliteit van de mensenrechten deel uitmaken van het ethische en juridische acquis van de Europese Unie;",
        "B. overwegende dat de 28e zitting van de UNHRC van 2 t/m 27 maart 2015 plaatsvindt;",
        "1. is ingenomen met de prioriteiten van de EU voor de UNHRC;",
        "2. verzoekt zijn Voorzitter deze resolutie te doen toekomen aan de Raad en de Commissie.",
    ];

    // The French version, as the doceo page gives it (the EP's own forms: "vu", "considérant que", "article 123, paragraphes 2 et 4").
    private static readonly string[] French =
    [
        "Résolution du Parlement européen du 12 mars 2015 sur les priorités de l’Union pour le Conseil des droits de l’homme des Nations unies en 2015 (2015/2572(RSP))",
        "Le Parlement européen,",
        "–  vu la résolution 60/251 de l’Assemblée générale des Nations unies portant création du Conseil des droits de l’homme (CDH),",
        "–  vu la convention européenne des droits de l’homme, la charte sociale européenne et la charte des droits fondamentaux de l’Union européenne,",
        "–  vu le cadre stratégique et le plan d’action de l’Union européenne en matière de droits de l’homme et de démocratie, adoptés le 25 juin 2012,",
        "–  vu les conclusions du Conseil des affaires étrangères du 9 février 2015 sur les priorités de l’Union dans les enceintes des Nations unies relatives aux droits de l’homme,",
        "–  vu la 28e session du CDH, qui se tiendra du 2 au 27 mars 2015,",
        "–  vu l’article 123, paragraphes 2 et 4, de son règlement,",
        "A. considérant que le respect, la promotion et la sauvegarde de l’universalité des droits de l’homme font partie de l’acquis éthique et juridique de l’Union européenne;",
        "B. considérant que la 28e session du CDH se tiendra du 2 au 27 mars 2015;",
        "1. se félicite des priorités de l’Union pour le CDH;",
        "2. charge son Président de transmettre la présente résolution au Conseil et à la Commission.",
    ];

    private static string FrenchText(string[]? lines = null) => string.Join("\n\n", lines ?? French) + "\n";

    private static string EnglishText(string[]? lines = null) => string.Join("\n", lines ?? English) + "\n";

    // The doceo layout: a blank line after every line.
    private static string DutchText(string[]? lines = null) => string.Join("\n\n", lines ?? Dutch) + "\n";

    private static string[] With(string[] lines, int index, string line) => [.. lines.Select((l, i) => i == index ? line : l)];

    private static string[] Without(string[] lines, int index) => [.. lines.Where((_, i) => i != index)];

    private static string[] Run(params (string Path, string Text)[] files) => Run(VersionSettings.None, files);

    private static string[] Run(VersionSettings versions, params (string Path, string Text)[] files)
    {
        var driver = new AnalyzerDriver([new VersionsAnalyzer()], RuleVerifier.Data);
        var none = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());
        var configured = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>(), versions: versions);
        var result = driver.Run([.. files.Select(f => LintInput.FromText(f.Path, f.Text))], path => versions.Set.IsEmpty || versions.Set.Contains(path) ? configured : none);
        return [.. result.Diagnostics.Select(Describe)];

        static string Describe(Diagnostic d) =>
            $"{d.Location.FilePath}({d.Location.LineSpan.Start.Line},{d.Location.LineSpan.Start.Column}): {d.Id}: {d.Message}"
            + string.Concat(d.AdditionalLocations.Select(l => $" | {l.FilePath}({l.LineSpan.Start.Line},{l.LineSpan.Start.Column}): {l.Message}"));
    }

    [Fact]
    public void The_versions_as_they_are_agree() =>
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText())).ShouldBeEmpty();

    [Fact]
    public void DR6002_reports_a_date_one_version_gives_as_another_day() =>
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText(With(Dutch, 5, Dutch[5].Replace("9 februari 2015", "19 februari 2015", StringComparison.Ordinal)))))
            .ShouldBe([
                "ta.nl.txt(11,60): DR6002: Citation '4' gives '19 februari 2015' here, where the 'en' version has '9 February 2015'; the versions of one text must state the same date."
                + " | ta.en.txt(6,70): '9 February 2015' in the en version"]);

    [Fact]
    public void DR6003_notes_a_date_one_version_gives_only_as_its_month() =>
        Run(("ta.en.txt", EnglishText(With(English, 4, English[4].Replace("adopted on 25 June 2012", "adopted in June 2012", StringComparison.Ordinal)))), ("ta.nl.txt", DutchText()))
            .ShouldBe([
                "ta.nl.txt(9,93): DR6003: Citation '3' gives '25 juni 2012' here and 'June 2012' in the 'en' version: the same month, to the day in one version only."
                + " | ta.en.txt(5,105): 'June 2012' in the en version"]);

    [Fact]
    public void DR6004_reports_a_rule_of_procedure_one_version_numbers_otherwise() =>
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText(With(Dutch, 7, Dutch[7].Replace("123", "128", StringComparison.Ordinal)))))
            .ShouldBe([
                "ta.nl.txt(15,11): DR6004: Citation '6' cites 'artikel 128' here, where the 'en' version has '123(2)'; the versions of one text must cite the same."
                + " | ta.en.txt(8,25): '123(2)' in the en version"]);

    [Fact]
    public void DR6005_reports_a_number_one_version_gives_otherwise() =>
        Run(("ta.en.txt", EnglishText(With(English, 9, "B. whereas the 28th session of the UNHRC, with 47 members and 1,500 observers, will be held from 2 to 27 March 2015;"))),
            ("ta.nl.txt", DutchText(With(Dutch, 9, "B. overwegende dat de 28e zitting van de UNHRC, met 47 leden en 15.000 waarnemers, van 2 t/m 27 maart 2015 plaatsvindt;"))))
            .ShouldBe([
                "ta.nl.txt(19,65): DR6005: Recital 'B' gives '15.000' here, where the 'en' version has '1,500'; the versions of one text must give the same numbers."
                + " | ta.en.txt(10,63): '1,500' in the en version"]);

    [Theory]
    [InlineData("1,500", "1.500")]
    [InlineData("1.5", "1,5")]
    [InlineData("20 000", "20.000")]
    [InlineData("3", "3")]
    public void DR6005_reads_each_language_s_marks_as_the_same_value(string english, string dutch) =>
        Run(("ta.en.txt", EnglishText(With(English, 9, $"B. whereas the 28th session of the UNHRC, with {english} observers, will be held from 2 to 27 March 2015;"))),
            ("ta.nl.txt", DutchText(With(Dutch, 9, $"B. overwegende dat de 28e zitting van de UNHRC, met {dutch} waarnemers, van 2 t/m 27 maart 2015 plaatsvindt;"))))
            .ShouldBeEmpty();

    // An amount in recital B of each version: "with EUR 10 million for observers", "met 10 miljoen euro voor waarnemers".
    private static string[] WithAmounts(string english, string dutch) =>
        Run(("ta.en.txt", EnglishText(With(English, 9, $"B. whereas the 28th session of the UNHRC, with {english} for observers, will be held from 2 to 27 March 2015;"))),
            ("ta.nl.txt", DutchText(With(Dutch, 9, $"B. overwegende dat de 28e zitting van de UNHRC, met {dutch} voor waarnemers, van 2 t/m 27 maart 2015 plaatsvindt;"))));

    [Theory]
    [InlineData("1.5 billion", "1,5 miljard")]
    [InlineData("1 500 million", "1,5 miljard")]
    [InlineData("1 500 million", "1.500 miljoen")]
    [InlineData("EUR 1.5 billion", "1 500 000 000 euro")]
    [InlineData("EUR 10 million", "10 miljoen euro")]
    [InlineData("€10 million", "EUR 10 miljoen")]
    [InlineData("10 million", "€ 10 miljoen")]
    [InlineData("EUR 10 million", "tien miljoen euro")]
    [InlineData("15 %", "15 %")]
    public void DR6005_compares_amounts_with_their_scale_words_and_currencies_whichever_side_they_stand(string english, string dutch) =>
        WithAmounts(english, dutch).ShouldBeEmpty();

    [Fact]
    public void DR6005_reports_an_amount_in_another_currency() =>
        WithAmounts("USD 10 million", "10 miljoen euro").ShouldBe([
            "ta.nl.txt(19,53): DR6005: Recital 'B' gives '10 miljoen euro' here, where the 'en' version has 'USD 10 million'; the versions of one text must give the same numbers."
            + " | ta.en.txt(10,48): 'USD 10 million' in the en version"]);

    [Fact]
    public void DR6005_reports_an_amount_of_another_scale() =>
        WithAmounts("EUR 1.5 billion", "1,5 miljoen euro").ShouldBe([
            "ta.nl.txt(19,53): DR6005: Recital 'B' gives '1,5 miljoen euro' here, where the 'en' version has 'EUR 1.5 billion'; the versions of one text must give the same numbers."
            + " | ta.en.txt(10,48): 'EUR 1.5 billion' in the en version"]);

    [Fact]
    public void DR6005_says_nothing_where_one_version_writes_a_number_in_words() =>
        Run(("ta.en.txt", EnglishText(With(English, 9, "B. whereas the 28th session of the UNHRC, with three observers, will be held from 2 to 27 March 2015;"))),
            ("ta.nl.txt", DutchText(With(Dutch, 9, "B. overwegende dat de 28e zitting van de UNHRC, met 3 waarnemers, van 2 t/m 27 maart 2015 plaatsvindt;"))))
            .ShouldBeEmpty();

    [Fact]
    public void The_alignment_view_shows_each_pair_and_the_item_one_version_lacks()
    {
        var view = new VersionAlignmentView();
        var none = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());
        new AnalyzerDriver([view], RuleVerifier.Data).Run([LintInput.FromText("ta.en.txt", EnglishText()), LintInput.FromText("ta.nl.txt", DutchText(Without(Dutch, 3)))], _ => none);

        view.Lines.ShouldBe(
        [
            "ta.en.txt (en) and ta.nl.txt (nl)",
            "  citation 1 (line 3)          citation 1 (line 5)",
            "  citation 2 (line 4)          —                              missing in one version",
            "  citation 3 (line 5)          citation 2 (line 7)",
            "  citation 4 (line 6)          citation 3 (line 9)",
            "  citation 5 (line 7)          citation 4 (line 11)",
            "  citation 6 (line 8)          citation 5 (line 13)",
            "  recital A (line 9)           recital A (line 15)",
            "  recital B (line 10)          recital B (line 17)",
            "  paragraph 1 (line 11)        paragraph 1 (line 19)",
            "  paragraph 2 (line 12)        paragraph 2 (line 21)",
        ]);
    }

    [Fact]
    public void DR6001_reports_a_citation_dropped_from_one_version_and_compares_the_later_ones_with_their_counterparts() =>
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText(Without(Dutch, 3))))
            .ShouldBe([
                "ta.en.txt(4,3): DR6001: Citation '2' has no counterpart in the 'nl' version (citations: '5' there, '6' here); a version lacks it or has one too many."
                + " | ta.nl.txt(5,4): citation 1 of the nl version, before the gap"]);

    [Fact]
    public void DR6001_finds_a_dropped_citation_by_the_numbers_of_the_ones_after_it()
    {
        // The pattern of TA-9-2021-0014: citations without dates, told apart by the articles they cite.
        string[] english = [.. English[..3], "– having regard to Articles 2, 3, 8, 21 and 23 of the Treaty on European Union (TEU),", "– having regard to Articles 17 and 207 of the Treaty on the Functioning of the European Union (TFEU),", .. English[3..]];
        string[] dutch = [.. Dutch[..3], "–  gezien de artikelen 17 en 207 van het Verdrag betreffende de werking van de Europese Unie (VWEU),", .. Dutch[3..]];
        Run(("ta.en.txt", EnglishText(english)), ("ta.nl.txt", DutchText(dutch)))
            .ShouldBe([
                "ta.en.txt(4,3): DR6001: Citation '2' has no counterpart in the 'nl' version (citations: '7' there, '8' here); a version lacks it or has one too many."
                + " | ta.nl.txt(5,4): citation 1 of the nl version, before the gap"]);
    }

    [Fact]
    public void DR6001_reports_a_missing_paragraph_and_an_extra_recital_by_their_labels()
    {
        Run(("ta.en.txt", EnglishText(Without(English, 10))), ("ta.nl.txt", DutchText()))
            .ShouldBe([
                "ta.nl.txt(21,1): DR6001: Paragraph '1' has no counterpart in the 'en' version (paragraphs: '1' there, '2' here); a version lacks it or has one too many."]);
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText([.. Dutch[..10], "C. overwegende dat de Raad de prioriteiten op 9 februari 2015 heeft vastgesteld;", .. Dutch[10..]])))
            .ShouldBe([
                "ta.nl.txt(21,1): DR6001: Recital 'C' has no counterpart in the 'en' version (recitals: '2' there, '3' here); a version lacks it or has one too many."
                + " | ta.en.txt(10,1): recital B of the en version, before the gap"]);
    }

    [Fact]
    public void A_date_one_version_gives_without_its_year_is_the_same_date() =>
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText(With(Dutch, 4, Dutch[4].Replace("25 juni 2012", "25 juni", StringComparison.Ordinal))))).ShouldBeEmpty();

    [Fact]
    public void A_footnote_reference_is_compared_only_where_both_versions_have_the_footnotes()
    {
        // The pattern of the provisional edition of P9_TA(2020)0331 as a PDF gives it: markers glued to the word, the notes at the end.
        string[] english = [.. English[..3], "– having regard to its previous resolutions on Belarus, in particular that of 17 September 2020 on the situation in Belarus1,", .. English[3..], "", "1 Texts adopted, P9_TA(2020)0231."];
        string[] dutch = [.. Dutch[..3], "–  gezien zijn eerdere resoluties over Belarus, in het bijzonder die van 17 september 2020 over de situatie in Belarus1,", .. Dutch[3..]];
        Run(("ta.en.txt", EnglishText(english)), ("ta.nl.txt", DutchText(dutch))).ShouldBeEmpty();
        Run(("ta.en.txt", EnglishText(english)), ("ta.nl.txt", DutchText([.. dutch, "1 Aangenomen teksten, P9_TA(2020)0232."])))
            .Select(d => d[..d.IndexOf(": DR6004: Citation '2' cites 'P9_TA(2020)0232' here, where the 'en' version has 'P9_TA(2020)0231'", StringComparison.Ordinal)]).ShouldBe(["ta.nl.txt(27,23)"]);
    }

    // Citation 2 with a note, and a later citation with a note in both versions; where the Dutch drops the first, its notes are numbered from the later one.
    private static (string English, string Dutch) WithNotes(bool dutchDropsFirst) =>
        (EnglishText([.. English[..3], "– having regard to its previous resolutions on Belarus, in particular that of 17 September 2020 on the situation in Belarus1,", .. English[3..5],
            English[5][..^1] + "2,", .. English[6..], "", "1 Texts adopted, P9_TA(2020)0231.", "2 Texts adopted, P8_TA(2015)0079."]),
         DutchText(dutchDropsFirst
            ? [.. Dutch[..3], "–  gezien zijn eerdere resoluties over Belarus, in het bijzonder die van 17 september 2020 over de situatie in Belarus,", .. Dutch[3..5], Dutch[5][..^1] + "1,", .. Dutch[6..], "1 Aangenomen teksten, P8_TA(2015)0079."]
            : [.. Dutch[..3], "–  gezien zijn eerdere resoluties over Belarus, in het bijzonder die van 17 september 2020 over de situatie in Belarus1,", .. Dutch[3..5], Dutch[5][..^1] + "2,", .. Dutch[6..], "1 Aangenomen teksten, P9_TA(2020)0231.", "2 Aangenomen teksten, P8_TA(2015)0079."]));

    [Fact]
    public void DR6009_reports_an_item_whose_footnote_marker_one_version_lacks()
    {
        var (en, nl) = WithNotes(dutchDropsFirst: true);
        Run(("ta.en.txt", en), ("ta.nl.txt", nl)).ShouldBe([
            "ta.nl.txt(7,4): DR6009: Citation '2' has footnote markers: '0' here, '1' in the 'en' version; the versions of one text must have the same notes."
            + " | ta.en.txt(4,124): the marker of citation 2 of the en version"]);
    }

    [Fact]
    public void DR6009_says_nothing_where_both_versions_mark_the_same_notes()
    {
        var (en, nl) = WithNotes(dutchDropsFirst: false);
        Run(("ta.en.txt", en), ("ta.nl.txt", nl)).ShouldBeEmpty();
    }

    [Fact]
    public void DR6009_says_nothing_where_one_version_has_no_notes_at_all()
    {
        var (en, _) = WithNotes(dutchDropsFirst: false);
        Run(("ta.en.txt", en), ("ta.nl.txt", DutchText())).Where(d => d.Contains("DR6009", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void A_version_cut_earlier_is_compared_only_as_far_as_it_goes() =>
        Run(("ta.en.txt", EnglishText()), ("ta.nl.txt", DutchText(Dutch[..5]))).ShouldBeEmpty();

    [Fact]
    public void Versions_are_paired_by_their_own_text_adopted_reference_whatever_their_file_names() =>
        Run(
            ("doceo/TA-8-2015-0079_EN.txt", "P8_TA(2015)0079\n" + EnglishText()),
            ("pdf/resolutie.txt", "P8_TA-PROV(2015)0079\n\n" + DutchText(With(Dutch, 5, Dutch[5].Replace("9 februari", "19 februari", StringComparison.Ordinal)))))
            .Select(d => d[..d.IndexOf(':')]).ShouldBe(["pdf/resolutie.txt(13,60)"]);

    [Fact]
    public void A_motion_and_the_text_adopted_from_it_are_stages_not_versions() =>
        Run(
            ("kazakhstan.en.txt", "Motion for a resolution B8-0229/2015\n" + EnglishText()),
            ("kazakhstan.nl.txt", "P8_TA(2015)0079\n\nRC-B8-0228/2015\n\n" + DutchText(Without(Dutch, 3)))).ShouldBeEmpty();

    [Fact]
    public void Two_motions_of_one_debate_share_a_procedure_and_are_not_versions() =>
        Run(("B-8-2016-0056.en.txt", EnglishText()), ("B-8-2016-0066.nl.txt", DutchText(Without(Dutch, 3)))).ShouldBeEmpty();

    [Fact]
    public void A_set_in_the_configuration_pairs_files_whose_names_and_references_do_not() =>
        Run(
            new VersionSettings(null, ["a/motion-en.txt", "b/motie.txt"]),
            ("a/motion-en.txt", EnglishText()),
            ("b/motie.txt", DutchText(With(Dutch, 5, Dutch[5].Replace("9 februari 2015", "19 februari 2015", StringComparison.Ordinal)))),
            ("b/other.nl.txt", DutchText()))
            .ShouldBe([
                "b/motie.txt(11,60): DR6002: Citation '4' gives '19 februari 2015' here, where the 'en' version has '9 February 2015'; the versions of one text must state the same date."
                + " | a/motion-en.txt(6,70): '9 February 2015' in the en version"]);

    [Fact]
    public void With_a_reference_language_the_finding_goes_on_the_other_version() =>
        Run(
            new VersionSettings("nl", []),
            ("ta.en.txt", EnglishText(With(English, 5, English[5].Replace("9 February 2015", "19 February 2015", StringComparison.Ordinal)))),
            ("ta.nl.txt", DutchText()))
            .ShouldBe([
                "ta.en.txt(6,70): DR6002: Citation '4' gives '19 February 2015' here, where the 'nl' version has '9 februari 2015'; the versions of one text must state the same date."
                + " | ta.nl.txt(11,60): '9 februari 2015' in the nl version"]);

    [Fact]
    public void Three_versions_that_agree_give_nothing() =>
        Run(("ta.en.txt", EnglishText()), ("ta.fr.txt", FrenchText()), ("ta.nl.txt", DutchText())).ShouldBeEmpty();

    [Fact]
    public void Of_three_versions_the_one_that_differs_from_the_other_two_has_the_finding() =>
        Run(
            ("ta.en.txt", EnglishText(With(English, 5, English[5].Replace("9 February 2015", "19 February 2015", StringComparison.Ordinal)))),
            ("ta.fr.txt", FrenchText()),
            ("ta.nl.txt", DutchText()))
            .ShouldBe([
                "ta.en.txt(6,70): DR6002: Citation '4' gives '19 February 2015' here, where the 'fr' version has '9 février 2015'; the versions of one text must state the same date."
                + " | ta.fr.txt(11,61): '9 février 2015' in the fr version"]);

    [Fact]
    public void A_motion_and_a_text_adopted_paired_by_the_configuration_are_compared_as_stages_in_one_note() =>
        Run(
            new VersionSettings(null, ["motion.en.txt", "adopted.nl.txt"]),
            ("motion.en.txt", "Motion for a resolution B8-0229/2015\n" + EnglishText(Without(English, 0))),
            ("adopted.nl.txt", "P8_TA(2015)0079\n\n" + DutchText(Without(Dutch, 3))))
            .ShouldBe([
                "adopted.nl.txt(1,1): DR6006: 'P8_TA(2015)0079' is the text adopted and the 'en' version's 'B8-0229/2015' the text as tabled: different stages of one resolution, which amendments make differ; their items are not compared as versions."
                + " | motion.en.txt(1,25): 'B8-0229/2015' of the en version, the text as tabled"]);

    [Fact]
    public void A_title_tells_the_stage_where_there_is_no_own_reference() =>
        Run(
            new VersionSettings(null, ["motion.en.txt", "adopted.nl.txt"]),
            ("motion.en.txt", "European Parliament resolution on the EU’s priorities for the UN Human Rights Council in 2015\n" + EnglishText(Without(English, 0))),
            ("adopted.nl.txt", DutchText()))
            .Select(d => d[..d.IndexOf(" is the ", StringComparison.Ordinal)]).ShouldBe(["adopted.nl.txt(1,1): DR6006: 'Resolutie van het Europees Parlement van 12 maart 2015 over de prioriteiten van de EU voor de VN-Mensenrechtenraad in 2015 (2015/2572(RSP))'"]);

    // The pattern of TA-9-2021-0014's citations: the same page of eur-lex or doceo, each version linking to its own language's.
    private static (string English, string Dutch) WithLinks(string english, string dutch) =>
        (EnglishText(With(English, 4, $"– having regard to the EU Strategic Framework and Action Plan on Human Rights and Democracy, adopted on 25 June 2012 ({english}),")),
         DutchText(With(Dutch, 4, $"–  gezien het strategisch kader en actieplan voor mensenrechten en democratie van de EU van 25 juni 2012 ({dutch}),")));

    [Theory]
    [InlineData("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015IP0079", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:52015IP0079")]
    [InlineData("https://www.europarl.europa.eu/doceo/document/TA-8-2015-0079_EN.html", "http://www.europarl.europa.eu/doceo/document/TA-8-2015-0079_NL.html")]
    [InlineData("https://www.consilium.europa.eu/en/press/", "https://www.consilium.europa.eu/nl/press")]
    public void DR6007_a_link_to_each_version_s_own_language_page_is_the_same_address(string english, string dutch)
    {
        var (en, nl) = WithLinks(english, dutch);
        Run(("ta.en.txt", en), ("ta.nl.txt", nl)).ShouldBeEmpty();
    }

    [Fact]
    public void DR6007_reports_a_link_one_version_gives_to_another_document()
    {
        var (en, nl) = WithLinks("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015IP0079", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:52015IP0097");
        Run(("ta.en.txt", en), ("ta.nl.txt", nl))
            .ShouldBe([
                "ta.nl.txt(9,107): DR6007: Citation '3' links to 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:52015IP0097' here, where the 'en' version has 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015IP0079'; the versions of one text must link to the same address."
                + " | ta.en.txt(5,119): 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015IP0079' in the en version"]);
    }

    [Fact]
    public void DR6007_says_nothing_where_only_one_version_gives_the_address()
    {
        var (en, nl) = WithLinks("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015IP0079", "zie het Publicatieblad");
        Run(("ta.en.txt", en), ("ta.nl.txt", nl)).ShouldBeEmpty();
    }

    // Citation 4 of each version with a body named by its acronym: "at UN human rights fora", "in VN-mensenrechtenfora".
    private static string[] WithBodies(string english, string dutch) =>
        Run(("ta.en.txt", EnglishText(With(English, 5, $"– having regard to the conclusions of the Foreign Affairs Council of 9 February 2015 on EU priorities at {english} human rights fora,"))),
            ("ta.nl.txt", DutchText(With(Dutch, 5, $"–  gezien de conclusies van de Raad Buitenlandse Zaken van 9 februari 2015 over de prioriteiten van de EU in {dutch}-mensenrechtenfora,"))));

    [Theory]
    [InlineData("UN", "VN")]
    [InlineData("NATO", "NAVO")]
    [InlineData("OSCE", "OVSE")]
    [InlineData("United Nations", "VN")]
    [InlineData("UN", "de Verenigde Naties")]
    public void DR6008_a_body_by_its_acronym_in_each_language_is_the_same_body(string english, string dutch) =>
        WithBodies(english, dutch).ShouldBeEmpty();

    [Fact]
    public void DR6008_notes_an_item_that_names_another_body() =>
        WithBodies("NATO", "OVSE").ShouldBe([
            "ta.nl.txt(11,110): DR6008: Citation '4' names 'OVSE' here, where the 'en' version names 'NATO'; check that both versions name the same body."
            + " | ta.en.txt(6,106): 'NATO' in the en version"]);

    [Fact]
    public void DR6008_reads_capitals_only_uno_is_a_word() =>
        WithBodies("NATO", "Uno").ShouldBeEmpty();

    // Recital B of each version with a name: "opened by President Zuzana Čaputová", "geopend door president Zuzana Čaputová".
    private static string[] WithNames(string english, string dutch) =>
        Run(("ta.en.txt", EnglishText(With(English, 9, $"B. whereas the 28th session of the UNHRC, opened by President {english}, will be held from 2 to 27 March 2015;"))),
            ("ta.nl.txt", DutchText(With(Dutch, 9, $"B. overwegende dat de 28e zitting van de UNHRC, geopend door president {dutch}, van 2 t/m 27 maart 2015 plaatsvindt;"))));

    [Fact]
    public void DR6010_notes_a_name_that_lost_its_diacritics_in_the_version_compared() =>
        WithNames("Zuzana Čaputová", "Zuzana Caputova").ShouldBe([
            "ta.nl.txt(19,79): DR6010: Recital 'B' writes 'Caputova' here, where the 'en' version has 'Čaputová': the name lost its diacritics."
            + " | ta.en.txt(10,70): 'Čaputová' in the en version"]);

    [Fact]
    public void DR6010_notes_the_loss_on_the_version_without_the_diacritics_whichever_is_compared() =>
        WithNames("Zuzana Caputova", "Zuzana Čaputová").ShouldBe([
            "ta.en.txt(10,70): DR6010: Recital 'B' writes 'Caputova' here, where the 'nl' version has 'Čaputová': the name lost its diacritics."
            + " | ta.nl.txt(19,79): 'Čaputová' in the nl version"]);

    [Theory]
    [InlineData("Lech Wałęsa", "Lech Walesa", "Walesa", "Wałęsa")]
    [InlineData("Osman Şahin", "Osman Sahin", "Sahin", "Şahin")]
    public void DR6010_takes_out_every_kind_of_diacritic(string english, string dutch, string plain, string marked) =>
        WithNames(english, dutch).ShouldHaveSingleItem().ShouldContain($"writes '{plain}' here, where the 'en' version has '{marked}'");

    [Theory]
    [InlineData("Nursultan Nazarbayev", "Nursultan Nazarbaev")]
    [InlineData("the mayor of Zhanaozen", "de burgemeester van Zjanaozen")]
    [InlineData("Zuzana Čaputová", "Zuzana Čaputová")]
    [InlineData("Zuzana Čaputová", "Andrej Kiska")]
    [InlineData("Zuzana Čaputová", "de presidente")]
    [InlineData("Zuzana Čaputová", "ZUZANA CAPUTOVA")]
    public void DR6010_says_nothing_of_a_transliteration_an_identical_or_another_name(string english, string dutch) =>
        WithNames(english, dutch).ShouldBeEmpty();

    [Theory]
    [InlineData("Čaputová", "Caputova")]
    [InlineData("Wałęsa", "Walesa")]
    [InlineData("Şahin", "Sahin")]
    [InlineData("İlham", "Ilham")]
    [InlineData("Søren", "Soren")]
    [InlineData("Zhanaozen", "Zhanaozen")]
    public void DR6010_takes_out_marks_and_stroked_letters_only(string spelling, string plain) =>
        DR6010NameLostItsDiacritics.WithoutDiacritics(spelling).ShouldBe(plain);

    [Theory]
    [InlineData("texts/x.en.txt", "en", "texts/x")]
    [InlineData("texts/x_EN.txt", "en", "texts/x")]
    [InlineData("texts/x-nl.txt", "nl", "texts/x")]
    [InlineData("texts/en/x.txt", "en", "texts/*/x")]
    [InlineData("texts/x.txt", "en", null)]
    [InlineData("texts/green.txt", "en", null)]
    public void A_file_name_shows_its_language_at_its_end_or_as_its_folder(string path, string language, string? key) =>
        LanguageVersions.FileKey(path, language).ShouldBe(key);
}
