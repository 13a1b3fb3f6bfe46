using System.Text.Json;
using DraftLint.Corpus;
using DraftLint.Data;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Corpus;

/// <summary>
/// The linter against generated drafts it has never seen: every injected error is reported on its line, and a
/// clean draft (PDF layout, footnotes, debris, near misses such as the right weekday or Kozlov beside Kozlova)
/// gets no finding at all.
/// </summary>
public sealed class CorpusTests
{
    [Fact]
    public void Every_injected_error_is_reported_on_its_line()
    {
        using var folder = new TempFolder();
        var generator = new CorpusGenerator(RuleDataSet.Default, seed: 11, errorRate: 1.0);
        var drafts = Enumerable.Range(0, 80).Select(generator.Generate).ToList();
        var (_, findings) = Lint(folder, drafts);

        var expected = drafts.SelectMany(d => d.Expected.Select(e => (d.FileName, e.RuleId, e.Line))).ToList();
        expected.Select(e => e.RuleId).Distinct().Count().ShouldBe(InjectedErrors.All.Count, "every kind of error was injected at least once");
        expected.Except(findings.Select(f => (f.File, f.Rule, f.Line))).ShouldBeEmpty("every injected error is reported on its line");

        // Beyond them, only the cross-document note about an injected name variant (DR2002) may appear.
        var unexpected = findings.Where(f => !expected.Contains((f.File, f.Rule, f.Line))).ToList();
        unexpected.Where(f => f.Rule != "DR2002").ShouldBeEmpty();
        var variants = drafts.SelectMany(d => d.Expected.Where(e => e.Error == InjectedError.NameVariant).Select(e => (d.FileName, e.Line))).ToHashSet();
        unexpected.Where(f => !variants.Contains((f.File, f.Line))).ShouldBeEmpty();
    }

    [Fact]
    public void Clean_drafts_get_no_finding()
    {
        using var folder = new TempFolder();
        var generator = new CorpusGenerator(RuleDataSet.Default, seed: 5, errorRate: 0);
        var drafts = Enumerable.Range(0, 120).Select(generator.Generate).ToList();
        drafts.Select(d => d.Language).Distinct().Order().ShouldBe(["en", "nl"]);

        var (exitCode, findings) = Lint(folder, drafts);

        findings.Select(f => $"{f.File}({f.Line}) {f.Rule}: {f.Message}").ShouldBeEmpty();
        exitCode.ShouldBe(0);
    }

    [Fact]
    public void The_same_seed_writes_the_same_corpus()
    {
        var a = new CorpusGenerator(RuleDataSet.Default, seed: 3);
        var b = new CorpusGenerator(RuleDataSet.Default, seed: 3);
        var c = new CorpusGenerator(RuleDataSet.Default, seed: 4);

        for (var i = 0; i < 20; i++)
        {
            b.Generate(i).Text.ShouldBe(a.Generate(i).Text);
            b.Generate(i).Expected.ShouldBe(a.Generate(i).Expected);
        }

        Enumerable.Range(0, 20).Count(i => a.Generate(i).Text == c.Generate(i).Text).ShouldBe(0);
    }

    [Fact]
    public void A_chosen_mix_injects_only_those_errors()
    {
        var generator = new CorpusGenerator(RuleDataSet.Default, seed: 9, errorRate: 1.0, kinds: [InjectedError.DateAfterDocument, InjectedError.DoubledWord]);

        var rules = Enumerable.Range(0, 30).SelectMany(i => generator.Generate(i).Expected).Select(e => e.RuleId).Distinct().Order();

        rules.ShouldBe(["DR3001", "DR5002"]);
    }

    private static (int ExitCode, List<(string File, string Rule, int Line, string Message)> Findings) Lint(TempFolder folder, IEnumerable<GeneratedDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            folder.Write(draft.FileName, draft.Text);
        }

        var (exitCode, stdout, stderr) = CliRunner.Run(folder.Path, ".", "--format", "json");
        stderr.ShouldBeEmpty();
        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Path.GetFileName(d.GetProperty("file").GetString()!), d.GetProperty("id").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("message").GetString()!))
            .ToList();
        return (exitCode, findings);
    }
}
