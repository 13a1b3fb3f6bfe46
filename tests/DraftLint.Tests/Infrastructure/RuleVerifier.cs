using System.Text;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Text;

namespace DraftLint.Tests.Infrastructure;

/// <summary>
/// Verifies an analyzer against markup, in the spirit of Microsoft.CodeAnalysis.Testing: each expected diagnostic is
/// marked in the text as <c>{|DR1001:C.|}</c>; the analyzer must report exactly those ids at exactly those spans
/// (line, column, end), in order, with exactly the messages given. Text without markup must produce nothing.
/// </summary>
internal static class RuleVerifier
{
    public static RuleDataSet Data { get; } = new(Path.Combine(AppContext.BaseDirectory, "rules"));

    /// <summary>Copies the shipped rule data (every file, language folders included) to a folder, for a test to change.</summary>
    public static void CopyData(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Data.Directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Data.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static void Verify<TAnalyzer>(string markup, params string[] messages)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        Verify(new TAnalyzer(), markup, messages);

    public static void Verify(DiagnosticAnalyzer analyzer, string markup, string[] messages, DateOnly? asOf = null, string? language = null)
    {
        var (text, expected) = ParseMarkup(markup);
        var actual = Run(analyzer, text, asOf, language);
        var expectedLines = expected.Select((e, i) => $"{e.Id} ({e.Span.Start})-({e.Span.End}): {(i < messages.Length ? messages[i] : "<message not given>")}").ToList();
        var actualLines = actual.Select(d => $"{d.Id} ({d.Location.LineSpan.Start})-({d.Location.LineSpan.End}): {d.Message}").ToList();
        actualLines.ShouldBe(expectedLines, $"Diagnostics differ.\nActual:\n  {string.Join("\n  ", actualLines)}");
        messages.Length.ShouldBe(expected.Count, "give one message per marked span");
    }

    /// <summary>
    /// Verifies the markup as <see cref="Verify(DiagnosticAnalyzer, string, string[], DateOnly?, string?)"/> does, applies
    /// every fix with the engine's own <see cref="FixApplier"/> (none may be skipped), and checks that the rule then
    /// finds nothing: the fix is right and applies cleanly. Returns the fixed text.
    /// </summary>
    public static string VerifyFix(DiagnosticAnalyzer analyzer, string markup, string[] messages, string? language = null)
    {
        Verify(analyzer, markup, messages, language: language);
        var text = ParseMarkup(markup).Text;
        var result = FixApplier.Apply(text, Run(analyzer, text, language: language));
        result.Skipped.ShouldBeEmpty("no two fixes of one run overlap");
        Run(analyzer, result.Text, language: language).ShouldBeEmpty("a second run has nothing left to fix");
        return result.Text;
    }

    /// <summary>Runs one analyzer over a text with every rule at its default severity.</summary>
    public static IReadOnlyList<Diagnostic> Run(DiagnosticAnalyzer analyzer, string text, DateOnly? asOf = null, string? language = null, string path = "test.txt")
    {
        var driver = new AnalyzerDriver([analyzer], Data);
        var configuration = new FileConfiguration(language, asOf, new Dictionary<string, DiagnosticSeverity>());
        var result = driver.Run([LintInput.FromText(path, text)], _ => configuration);
        result.Notifications.ShouldBeEmpty();
        return result.Diagnostics;
    }

    /// <summary>Lints a text as a run does: every built-in rule at its default severity, notifications kept.</summary>
    public static LintRunResult RunAll(string text) =>
        new AnalyzerDriver(BuiltInRules.CreateAll(), Data)
            .Run([LintInput.FromText("t.txt", text)], _ => new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>()));

    /// <summary>Strips <c>{|ID:text|}</c> markup, returning the plain text and each marked span with its id.</summary>
    public static (string Text, List<(string Id, LinePositionSpan Span)> Expected) ParseMarkup(string markup)
    {
        var text = new StringBuilder();
        var marks = new List<(string Id, int Start, int End)>();
        var open = new Stack<(string Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i);
                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                marks.Add((id, start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        var source = new SourceText("test.txt", text.ToString());
        var expected = marks
            .OrderBy(m => m.Start).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => (m.Id, source.GetLinePositionSpan(TextSpan.FromBounds(m.Start, m.End))))
            .ToList();
        return (text.ToString(), expected);
    }
}
