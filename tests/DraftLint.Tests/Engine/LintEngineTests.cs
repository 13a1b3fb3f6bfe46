using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Rules.Names;
using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Tests.Infrastructure;
using DraftLint.Text;

namespace DraftLint.Tests.Engine;

/// <summary>The engine's document API and the workspace that holds documents for the cross-document checks.</summary>
public sealed class LintEngineTests
{
    private const string Preamble = "The European Parliament,\n\n– having regard to its previous resolutions,\n\n";

    private static readonly FileConfiguration Defaults = new(null, null, new Dictionary<string, DiagnosticSeverity>());

    [Fact]
    public void A_document_analysed_again_after_a_change_gets_the_second_versions_diagnostics()
    {
        using var engine = new LintEngine(BuiltInRules.CreateAll(), RuleVerifier.Data);

        var first = engine.Analyze(new SourceText("a.txt", Preamble + "A. whereas one;\n\nC. whereas three;\n\n1. Instructs its President.\n"), Defaults);
        var second = engine.Analyze(new SourceText("a.txt", Preamble + "A. whereas one;\n\nB. whereas two;\n\n1. Instructs its President.\n"), Defaults);

        first.Diagnostics.Select(d => d.ToString()).ShouldBe(["a.txt(7,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing."]);
        second.Diagnostics.ShouldBeEmpty();
        second.Syntax.Recitals.Select(r => r.Label!.Text).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void A_cross_document_check_sees_a_changed_document_anew_and_forgets_a_removed_one()
    {
        using var engine = new LintEngine([new DR2002NameSpelledDifferentlyAcrossDocuments()], RuleVerifier.Data);
        var workspace = new Workspace(engine);
        string[] Across() => [.. workspace.AnalyzeAcrossDocuments().Diagnostics.Select(d => $"{d.Location.FilePath}: {d.Message}")];

        workspace.Analyze(new SourceText("a.txt", Preamble + "A. whereas Igor Vinyavski was detained;\n"), Defaults);
        workspace.Analyze(new SourceText("b.txt", Preamble + "A. whereas Igor Vinyavski was released;\n"), Defaults);
        workspace.Analyze(new SourceText("c.txt", Preamble + "A. whereas Igor Viniavskii was heard;\n"), Defaults);
        Across().ShouldBe(["c.txt: 'Viniavskii' is spelled 'Vinyavski' in more documents of this run; a repository of resolutions should spell a name one way."]);

        // c.txt corrected: nothing left to say.
        workspace.Analyze(new SourceText("c.txt", Preamble + "A. whereas Igor Vinyavski was heard;\n"), Defaults);
        Across().ShouldBeEmpty();

        // b.txt now has the other spelling; then b.txt is closed and its spelling no longer counts.
        workspace.Analyze(new SourceText("b.txt", Preamble + "A. whereas Igor Viniavskii was released;\n"), Defaults);
        Across().ShouldBe(["b.txt: 'Viniavskii' is spelled 'Vinyavski' in more documents of this run; a repository of resolutions should spell a name one way."]);
        workspace.Remove("b.txt").ShouldBeTrue();
        Across().ShouldBeEmpty();
        workspace.Paths.ShouldBe(["a.txt", "c.txt"]);
    }

    [Fact]
    public void One_rule_keeps_at_most_its_cap_of_findings_in_a_document_and_says_how_many_it_found()
    {
        using var engine = new LintEngine([new DR5003UnbalancedBrackets()], RuleVerifier.Data);
        var brackets = string.Join("\n\n", Enumerable.Range(1, 250).Select(i => $"{i}. Calls for (more;"));
        var analysis = engine.Analyze(new SourceText("a.txt", Preamble + brackets + "\n"), Defaults);

        analysis.Diagnostics.Length.ShouldBe(LintEngine.MaxFindingsPerRule);
        analysis.Diagnostics[^1].Location.Span.Start.ShouldBeLessThan(analysis.Source.Text.IndexOf("201. Calls", StringComparison.Ordinal));
        analysis.Notifications.Select(n => $"{n.Id} {n.FilePath} {n.Level}: {n.Message}")
            .ShouldBe(["DR0005 a.txt Warning: DR5003 found 250 problems in this file; the first 200 are reported"]);
    }

    [Fact]
    public void Text_actions_see_the_points_of_items_and_the_footnotes()
    {
        // The same sentence at the top of a paragraph and inside its point (a) gets the same findings.
        const string Text = Preamble + "1. Notes that 3000 people (many of them students were detained;\n(a) notes that 3000 people (many of them students were detained;\n\n2. Instructs its President.\n";
        using var engine = new LintEngine([new DR5007ThousandsSeparator(), new DR5003UnbalancedBrackets()], RuleVerifier.Data);

        var analysis = engine.Analyze(new SourceText("a.txt", Text), Defaults);

        analysis.Diagnostics.Select(d => $"{d.ToString()} [{d.LogicalLocation}]").ShouldBe([
            "a.txt(5,15): note DR5007: '3000' is written without the EU thousands separator; write '3 000'. [paragraph 1]",
            "a.txt(5,27): warning DR5003: '(' is opened but never closed in 'paragraph 1'. [paragraph 1]",
            "a.txt(6,16): note DR5007: '3000' is written without the EU thousands separator; write '3 000'. [point a]",
            "a.txt(6,28): warning DR5003: '(' is opened but never closed in 'point a'. [point a]",
        ]);
    }

    [Fact]
    public void A_url_in_a_footnote_is_read_by_the_url_rule()
    {
        const string Text = "The European Parliament,\n\n– having regard to its resolution of 15 December 2011 on Kazakhstan1,\n\n1. Instructs its President.\n\n1 http://www.europarl.europa.eu/doc\n";
        using var engine = new LintEngine([new DR4007UrlForm()], RuleVerifier.Data);

        var analysis = engine.Analyze(new SourceText("a.txt", Text), Defaults);

        analysis.Diagnostics.Select(d => $"{d.ToString()} [{d.LogicalLocation}]").ShouldBe([
            "a.txt(7,3): note DR4007: 'http://www.europarl.europa.eu/doc' uses http://, and 'www.europarl.europa.eu' is served over https://. [footnote 1]",
        ]);
    }

    [Fact]
    public void A_language_added_as_data_alone_is_read_and_linted()
    {
        // A pack written here, for a language DraftLint does not ship: its formulas, months and quotation marks.
        using var folder = new TempFolder();
        var rules = Path.Combine(folder.Path, "rules");
        RuleVerifier.CopyData(rules);
        Directory.CreateDirectory(Path.Combine(rules, "lang", "eo"));
        File.WriteAllText(Path.Combine(rules, "lang", "eo", "pack.json"), """
            {
              "code": "eo",
              "name": "Esperanto",
              "detectionWords": ["la", "kaj", "de", "ke", "ĉar", "estas", "en", "por"],
              "preambles": ["La Eŭropa Parlamento,"],
              "citationOpeners": ["konsiderante"],
              "recitalOpeners": ["ĉar"],
              "paragraphInitial": "lower",
              "closingFormulas": ["komisias sian prezidanton"],
              "months": [["januaro"], ["februaro"], ["marto"], ["aprilo"], ["majo"], ["junio"], ["julio"], ["aŭgusto"], ["septembro"], ["oktobro"], ["novembro"], ["decembro"]],
              "weekdays": [["lundo"], ["mardo"], ["merkredo"], ["ĵaŭdo"], ["vendredo"], ["sabato"], ["dimanĉo"]],
              "rangeWords": ["kaj", "ĝis"],
              "listWords": ["kaj"],
              "dateConnectors": ["de"],
              "decimalSeparator": ",",
              "groupingMarks": ["."],
              "sinceWords": ["ekde"],
              "quotes": { "outer": ["„", "“"], "inner": ["‚", "‘"] }
            }
            """);
        var data = new RuleDataSet(rules);
        using var engine = new LintEngine(BuiltInRules.CreateAll(), data);
        const string Text = "La Eŭropa Parlamento,\n\n– konsiderante sian rezolucion de 15 marto 2012 pri la „Ekstremismo“ en Kazaĥio,\n\n"
            + "A. ĉar la elektoj okazis je 31 aprilo 2012 kaj estas „liberaj;\n\nC. ĉar la registaro ne respondis al 20.000 homoj;\n\n1. komisias sian prezidanton transsendi ĉi tiun rezolucion;\n";

        var analysis = engine.Analyze(new SourceText("a.eo.txt", Text), Defaults);

        analysis.Syntax.Language.ShouldBe("eo");
        analysis.Notifications.ShouldBeEmpty();
        analysis.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "a.eo.txt(5,29): error DR3002: '31 aprilo 2012' does not exist: 'April' has '30' days.",
            "a.eo.txt(5,54): warning DR5003: '„' is opened but never closed in 'recital A'.",
            "a.eo.txt(7,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.",
            "a.eo.txt(7,37): note DR5007: '20.000' is written without the EU thousands separator; write '20 000'.",
            "a.eo.txt(9,59): warning DR5001: Paragraph '1' ends with ';'; the convention is '.'.",
        ]);
    }

    [Theory]
    [InlineData("de", "Das Europäische Parlament,\n\n– unter Hinweis auf den Bericht über den „Extremismus“ in Europa,\n\nA. in der Erwägung, dass der Bericht „Extremismus“ und ‚Hass‘ nennt;\n\n1. betont, dass dies „wichtig ist;\n", "(7,22)")]
    [InlineData("fr", "Le Parlement européen,\n\n– vu le rapport sur « l’extrémisme » en Europe,\n\nA. considérant que le rapport parle d’« extrémisme » et de “haine”;\n\n1. souligne que c’est « important;\n", "(7,23)")]
    public void German_and_French_quotation_marks_pair_once_the_pack_knows_them(string language, string text, string unclosed)
    {
        // The shipped packs are recognition packs (the quotation rule does not run on them); marked complete here,
        // their quotation marks are what DR5003 pairs: only the quotation left open in paragraph 1 is reported.
        using var folder = new TempFolder();
        RuleVerifier.CopyData(folder.Path);
        var pack = Path.Combine(folder.Path, "lang", language, "pack.json");
        File.WriteAllText(pack, File.ReadAllText(pack).Replace("\"complete\": false", "\"complete\": true", StringComparison.Ordinal));
        using var engine = new LintEngine([new DR5003UnbalancedBrackets()], new RuleDataSet(folder.Path));

        var analysis = engine.Analyze(new SourceText("a.txt", text), Defaults);

        analysis.Syntax.Language.ShouldBe(language);
        analysis.Diagnostics.Select(d => $"({d.Location.LineSpan.Start}) {d.Id}").ShouldBe([$"{unclosed} DR5003"]);
    }
}
