using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Rules.Numbering;
using DraftLint.Syntax;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Engine;

public sealed class AnalyzerDriverTests
{
    private const string Broken = "The European Parliament,\n\n– having regard to X,\n\nA. whereas one;\n\nC. whereas three;\n\n1. Stresses;\n\n1. Stresses again.\n";

    private static FileConfiguration Config(params (string Id, DiagnosticSeverity Severity)[] severities) =>
        new(null, null, severities.ToDictionary(s => s.Id, s => s.Severity));

    [Fact]
    public void Severity_overrides_apply_and_none_turns_a_rule_off()
    {
        var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), RuleVerifier.Data);

        var result = driver.Run([LintInput.FromText("a.txt", Broken)], _ => Config(("DR1001", DiagnosticSeverity.Error), ("DR1002", DiagnosticSeverity.None)));

        result.Diagnostics.Select(d => (d.Id, d.Severity)).ShouldBe([("DR1001", DiagnosticSeverity.Error)]);
        result.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Output_order_is_the_same_whatever_the_parallelism()
    {
        var inputs = Enumerable.Range(0, 60)
            .Select(i => LintInput.FromText($"doc{i % 7}/{i:D3}.txt", Broken.Replace("three", $"three {i}", StringComparison.Ordinal)))
            .ToList();
        var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), RuleVerifier.Data);

        var single = driver.Run(inputs, _ => Config(), maxDegreeOfParallelism: 1).Diagnostics.Select(d => d.ToString()).ToList();
        var parallel = driver.Run(inputs.AsEnumerable().Reverse().ToList(), _ => Config(), maxDegreeOfParallelism: 4).Diagnostics.Select(d => d.ToString()).ToList();

        parallel.ShouldBe(single);
        single.Count.ShouldBe(120);
        single.Take(2).ShouldBe([
            "doc0/000.txt(7,1): warning DR1001: Recital 'C' follows recital 'A': 'B' is missing.",
            "doc0/000.txt(11,1): warning DR1002: Paragraph '1' repeats the label of an earlier paragraph; the next label here is '2'.",
        ]);
    }

    [Fact]
    public void A_failing_rule_is_reported_and_the_others_still_run()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new NumberingAnalyzer()], RuleVerifier.Data);

        var result = driver.Run([LintInput.FromText("a.txt", Broken)], _ => Config());

        result.Diagnostics.Select(d => d.Id).ShouldBe(["DR1001", "DR1002"]);
        result.Notifications.Single().Id.ShouldBe(ToolNotification.RuleFailure);
        result.Notifications.Single().Message.ShouldContain("ThrowingAnalyzer");
        result.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_other_files_are_linted()
    {
        var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), RuleVerifier.Data);

        var result = driver.Run([LintInput.FromFile("/no/such/file.txt"), LintInput.FromText("b.txt", Broken)], _ => Config());

        result.Notifications.Single().ShouldBe(new ToolNotification(ToolNotification.UnreadableFile, "/no/such/file.txt", "cannot read the file: the file does not exist"));
        result.Diagnostics.ShouldNotBeEmpty();
        result.FilesAnalyzed.ShouldBe(1);
    }

    [Fact]
    public void Node_text_document_and_cross_document_actions_are_called_in_their_order()
    {
        var analyzer = new RecordingAnalyzer();
        var driver = new AnalyzerDriver([analyzer], RuleVerifier.Data);

        driver.Run([LintInput.FromText("a.txt", Broken), LintInput.FromText("b.txt", Broken)], _ => Config(), maxDegreeOfParallelism: 1);

        analyzer.Calls.ShouldBe([
            "doc-start a.txt", "recital A", "recital C", "text citation 1", "text recital A", "text recital C", "text paragraph 1", "text paragraph 1", "doc-end a.txt", "summarise a.txt",
            "doc-start b.txt", "recital A", "recital C", "text citation 1", "text recital A", "text recital C", "text paragraph 1", "text paragraph 1", "doc-end b.txt", "summarise b.txt",
            "across a.txt, b.txt"]);
    }

    [Fact]
    public void A_rule_that_reports_what_it_does_not_declare_fails_and_the_others_still_run()
    {
        var driver = new AnalyzerDriver([new MisreportingAnalyzer(late: false), new NumberingAnalyzer()], RuleVerifier.Data);

        var result = driver.Run([LintInput.FromText("a.txt", Broken)], _ => Config());

        result.Diagnostics.Select(d => d.Id).ShouldBe(["DR1001", "DR1002"]);
        result.Notifications.Single().Message.ShouldBe(
            "rule DR9003 (MisreportingAnalyzer) failed: InvalidOperationException: MisreportingAnalyzer reported DR1001, which it does not declare in SupportedDiagnostics.");
    }

    [Fact]
    public void A_report_after_the_action_returned_fails_instead_of_being_lost()
    {
        // The document's context is kept and used once the run ends: the finding has no document to go to.
        var driver = new AnalyzerDriver([new MisreportingAnalyzer(late: true)], RuleVerifier.Data);

        var result = driver.Run([LintInput.FromText("a.txt", Broken)], _ => Config());

        result.Diagnostics.ShouldBeEmpty();
        result.Notifications.Single().Message.ShouldBe(
            "rule DR9003 (MisreportingAnalyzer) failed: InvalidOperationException: DR9003 was reported after its analyzer's action returned; report from within the action.");
    }

    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("DR9001", "Throws", "Throws.", "Test", DiagnosticSeverity.Warning, true, "A rule that fails.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.Recital);
    }

    private sealed class RecordingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("DR9002", "Records", "Records.", "Test", DiagnosticSeverity.Note, true, "A rule that records its calls.");

        public List<string> Calls { get; } = [];

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterDocumentStartAction(start =>
            {
                Calls.Add($"doc-start {start.Document.Source.Path}");
                start.RegisterSyntaxNodeAction(node => Calls.Add(((ItemSyntax)node.Node).DisplayName), SyntaxKind.Recital);
                start.RegisterDocumentEndAction(end => Calls.Add($"doc-end {end.Document.Source.Path}"));
            });
            context.RegisterTextAction(text =>
            {
                if (text.Item?.Kind is not (SyntaxKind.Preamble or SyntaxKind.HeaderLine))
                {
                    Calls.Add($"text {text.Name}");
                }
            });
            context.RegisterCrossDocumentAction(
                document =>
                {
                    Calls.Add($"summarise {document.Document.Source.Path}");
                    return document.Document.Source.Path;
                },
                across => Calls.Add($"across {string.Join(", ", across.Documents.Select(d => d.Summary))}"));
        }
    }

    private sealed class MisreportingAnalyzer(bool late) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("DR9003", "Misreports", "Misreports.", "Test", DiagnosticSeverity.Warning, true, "A rule that reports wrongly.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            if (!late)
            {
                context.RegisterDocumentEndAction(document =>
                    document.ReportDiagnostic(Diagnostic.Create(DR1001NumberingGap.Descriptor, Location.Create(document.Document.Source, new Text.TextSpan(0, 1)), ["Recital", "C", "recital 'A'", "'B' is missing"])));
                return;
            }

            DocumentAnalysisContext? kept = null;
            context.RegisterCrossDocumentAction(
                document =>
                {
                    kept = document;
                    return "kept";
                },
                _ => kept!.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(kept.Document.Source, new Text.TextSpan(0, 1)), [])));
        }
    }
}
