using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Engine;

/// <summary>
/// Issue 23: a cross-document check may hold a lesser summary of each document until it runs (the DR6 rules hold what
/// pairs language versions) and have the whole summary made, from the file, of the documents it compares.
/// </summary>
public sealed class HeldSummaryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("draftlint-held-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_check_sees_the_held_summaries_and_gets_the_whole_one_again_from_the_file_of_each_document_it_asks_for()
    {
        var analyzer = new WordCounter();
        var inputs = new[] { ("a.txt", "The European Parliament,\n\n1. Calls for one two three.\n"), ("b.txt", "The European Parliament,\n\n1. Calls.\n") }
            .Select(f =>
            {
                var path = Path.Combine(_folder, f.Item1);
                File.WriteAllText(path, f.Item2);
                return LintInput.FromFile(path);
            })
            .ToList();

        new AnalyzerDriver([analyzer], RuleVerifier.Data).Run(inputs, _ => new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>()));

        analyzer.Held.ShouldBe(["a.txt: held", "b.txt: held"]);
        analyzer.Whole.ShouldBe(["a.txt: 9 words"]);
    }

    /// <summary>Summarises a document as its count of words, holds only its name, and asks for one whole summary.</summary>
    private sealed class WordCounter : DiagnosticAnalyzer
    {
        public List<string> Held { get; } = [];

        public List<string> Whole { get; } = [];

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [new("DR9004", "Counts", "Counts.", "Test", DiagnosticSeverity.Warning, true, "A test check.")];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterCrossDocumentAction(
                document => new Summary(Path.GetFileName(document.Document.Source.Path), $"{document.Document.Source.Text.Split(' ', '\n').Count(w => w.Length > 0)} words"),
                run =>
                {
                    Held.AddRange(run.Documents.Select(d => $"{d.Summary.Name}: {d.Summary.Words}"));
                    Whole.Add(run.Whole(run.Documents[0]) is { } whole ? $"{whole.Name}: {whole.Words}" : "none");
                },
                hold: document => new Summary(Path.GetFileName(document.Document.Source.Path), "held"));
    }

    private sealed record Summary(string Name, string Words);
}
