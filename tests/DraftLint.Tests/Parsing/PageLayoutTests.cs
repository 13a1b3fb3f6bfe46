using DraftLint.Parsing;
using DraftLint.Rules.Numbering;
using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Syntax;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Parsing;

/// <summary>
/// The layouts real copies of resolutions come in (short excerpts written for the test in the shape of the real ones):
/// EUR-Lex's Official Journal tables, quoted excerpts with elisions, web pages with footers.
/// </summary>
public sealed class PageLayoutTests
{
    private const string EurLex =
        "15.6.2012 |\nEN |\nOfficial Journal of the European Union |\nCE 169/49 |\nWednesday 15 December 2010\n"
        + "European Parliament resolution of 15 December 2010 on the situation of fundamental rights in the European Union (2009)\n"
        + "The European Parliament,\n"
        + "— |\nhaving regard to the preamble of the Treaty on European Union, |\n"
        + "— |\nhaving regard to Articles 2, 3(3) second indent, 6 and 7 of the Treaty on European Union, |\n"
        + "— |\nhaving regard to Rule 115(5) of its Rules of Procedure, |\n"
        + "A. |\nwhereas the Treaty of Lisbon has entered into force; |\n"
        + "1. |\nStresses that fundamental rights must be respected. |\n";

    private static DocumentSyntax Parse(string text, string? language = null) =>
        new DocumentParser(RuleVerifier.Data).Parse(new SourceText("t.txt", text), language);

    [Fact]
    public void EUR_Lex_table_cells_are_read_as_the_citations_they_hold()
    {
        var document = Parse(EurLex);

        document.Citations.Select(c => c.Text.Value).ShouldBe([
            "having regard to the preamble of the Treaty on European Union,",
            "having regard to Articles 2, 3(3) second indent, 6 and 7 of the Treaty on European Union,",
            "having regard to Rule 115(5) of its Rules of Procedure,",
        ]);
    }

    [Fact]
    public void The_Official_Journals_page_header_is_page_furniture_and_not_the_texts_date()
    {
        var document = Parse(EurLex);

        document.Header.ShouldAllBe(h => !h.Text.Value.Contains("Official Journal"));
        Semantics.DateRecognizerTests.Model(EurLex).DocumentDate!.Date.ShouldBe(new DateOnly(2010, 12, 15));
    }

    [Fact]
    public void EUR_Lex_cells_raise_no_punctuation_or_duplicate_citation_finding()
    {
        RuleVerifier.Run(new DR5001TerminalPunctuation(), EurLex).Where(d => d.Location.LineSpan.Start.Line < 19).ShouldBeEmpty();
        RuleVerifier.Run(new DR4006DuplicateCitation(), EurLex).ShouldBeEmpty();
    }

    [Fact]
    public void A_line_ending_in_a_bar_that_is_not_a_table_cell_is_read_as_written() =>
        Parse("The European Parliament,\n\n– having regard to the vote of 12|13 March,\n\n1. Stresses this.\n").Citations.Single().Text.Value
            .ShouldBe("having regard to the vote of 12|13 March,");

    [Fact]
    public void An_elision_ends_the_item_before_it_and_lets_the_numbering_resume_anywhere()
    {
        const string excerpt = "Het Europees Parlement,\n- gezien de conclusies van het voorzitterschap van de Europese Raad van 24 en 25 oktober 2002,\n\n(…)\n\nTsjetsjenië\n"
            + "23. veroordeelt met klem de terroristische aanslagen;\n24. herhaalt zijn verzoek om een oplossing;\n25. verzoekt zijn Voorzitter deze resolutie te doen toekomen aan de Raad.\n";

        var document = Parse(excerpt);

        document.Citations.Single().Text.Value.ShouldEndWith("oktober 2002,");
        document.Paragraphs.Select(p => p.Label!.Text).ShouldBe(["23", "24", "25"]);
        RuleVerifier.Run(new NumberingAnalyzer(), excerpt).ShouldBeEmpty();
    }

    [Fact]
    public void Near_miss_without_an_elision_the_same_jump_is_a_gap() =>
        RuleVerifier.Run(new NumberingAnalyzer(), "The European Parliament,\n\n– having regard to X,\n\n1. Stresses this;\n\n3. Calls for that.\n")
            .Single().Id.ShouldBe("DR1001");

    [Fact]
    public void An_item_cut_by_an_elision_is_not_held_to_its_terminal_mark() =>
        RuleVerifier.Verify<DR5001TerminalPunctuation>(
            "The European Parliament,\n\n– having regard to X,\n\nA. whereas the trials were unfair and\n\n(...)\n\nB. whereas it is so;\n\n1. Calls for that.\n");

    [Fact]
    public void A_site_footer_after_the_last_paragraph_is_not_part_of_it()
    {
        const string page = "The European Parliament,\n\n– having regard to X,\n\n1. Stresses this;\n\n2. Instructs its President to forward this resolution.\n\n"
            + "Greens/EFA group in the European Parliament.\n\nwww.greens-efa.eu\n";

        Parse(page).Paragraphs[^1].Text.Value.ShouldBe("Instructs its President to forward this resolution.");
        RuleVerifier.Verify<DR5001TerminalPunctuation>(page);
    }

    [Fact]
    public void Near_miss_a_sentence_after_an_abbreviation_goes_on_in_the_paragraph() =>
        Parse("Het Europees Parlement,\n\n– gezien X,\n\n1. betreurt dat het mw.\n\nSokolova verboden is deel te nemen.\n").Paragraphs.Single().Text.Value
            .ShouldBe("betreurt dat het mw. Sokolova verboden is deel te nemen.");

    [Fact]
    public void Dashes_and_labels_glued_to_their_words_are_read_as_such()
    {
        var document = Parse("MOTION FOR A RESOLUTION\non the case of Boualem Sansal in Algeria\n–having regard to its previous resolutions on Algeria,\n"
            + "–having regard to Rule 150(5) of its Rules of Procedure,\nA.whereas the writer was arrested on 16 November 2024;\nB.whereas new amendments were adopted;\n1. Calls for his release.\n");

        document.Citations.Length.ShouldBe(2);
        document.Recitals.Select(r => (r.Label!.Text, r.Text.Value)).ShouldBe([("A", "whereas the writer was arrested on 16 November 2024;"), ("B", "whereas new amendments were adopted;")]);
    }

    [Fact]
    public void Near_miss_a_hyphen_glued_to_a_word_is_no_citation_dash() =>
        Parse("The European Parliament,\n\n– having regard to X,\n\n1. Stresses the so-called\n-based approach;\n").Citations.Length.ShouldBe(1);

    [Fact]
    public void A_label_on_a_line_of_its_own_labels_the_text_on_the_next()
    {
        var document = Parse("Das Europäische Parlament,\n\ngestützt auf Artikel 349 des Vertrags,\n\n1.\n\nbilligt den Vorschlag der Kommission;\n\n2.\n\nbeauftragt seinen Präsidenten, den Standpunkt zu übermitteln.\n", "de");

        document.Paragraphs.Select(p => (p.Label!.Text, p.Text.Value)).ShouldBe([("1", "billigt den Vorschlag der Kommission;"), ("2", "beauftragt seinen Präsidenten, den Standpunkt zu übermitteln.")]);
    }

    [Fact]
    public void A_page_header_between_the_cells_removes_only_its_own_cells()
    {
        var text = EurLex.Replace("— |\nhaving regard to Rule 115(5)", "C 169 E/50 |\nEN |\nOfficial Journal of the European Union |\n15.6.2012 |\n— |\nhaving regard to Rule 115(5)", StringComparison.Ordinal);

        var document = Parse(text);

        document.Citations.Length.ShouldBe(3);
        (document.Recitals.Length, document.Paragraphs.Length).ShouldBe((1, 1));
    }

    [Fact]
    public void Near_miss_a_page_break_after_a_sentence_inside_a_paragraph_keeps_the_paragraph_whole()
    {
        const string text = "The European Parliament,\n\n– having regard to X,\n\n1. Condemns the arrests and calls for an inquiry.\n\nRE\\895214EN.doc\n\n3/4\n\nThe authorities must release the prisoners;\n\n2. Calls for their release.\n";

        Parse(text).Paragraphs[0].Text.Value.ShouldBe("Condemns the arrests and calls for an inquiry. The authorities must release the prisoners;");
        RuleVerifier.Verify<DR5001TerminalPunctuation>(text);
    }

    [Theory]
    [InlineData("1. Stresses what is set out in Article\n\n2.\n\n2. Calls for the release of the prisoners.\n")]
    [InlineData("A.\n\n(…)\n\nD. whereas it is so;\n\n1. Calls for the release of the prisoners.\n")]
    public void Near_miss_a_bare_label_takes_no_labelled_line_or_elision_for_its_text(string body)
    {
        var document = Parse("The European Parliament,\n\n– having regard to X,\n\n" + body);

        document.Paragraphs.Concat(document.Recitals).ShouldAllBe(i => !i.Text.Value.StartsWith("2.", StringComparison.Ordinal) && !i.Text.Value.StartsWith("(…)", StringComparison.Ordinal));
    }

    [Fact]
    public void Near_miss_an_elision_among_the_recitals_hides_no_gap_in_the_paragraphs() =>
        RuleVerifier.Run(new NumberingAnalyzer(), "The European Parliament,\n\n– having regard to X,\n\nA. whereas one;\n\n(…)\n\nD. whereas four;\n\n2. Calls for that;\n\n3. Instructs its President.\n")
            .Single().Message.ShouldBe("Paragraph '2' follows the start of the paragraphs: '1' is missing.");
}

