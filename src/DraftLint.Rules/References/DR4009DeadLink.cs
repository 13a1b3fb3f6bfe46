using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4009: a URL that does not answer (off by default: run with --check-links, which needs the network).</summary>
public sealed partial class DR4009DeadLink : DiagnosticAnalyzer
{
    /// <summary>How long one request may take; --link-timeout changes it.</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4009",
        "Dead link",
        "'{0}' {1}.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        "With --check-links, each URL of the run is probed once (HEAD, then GET where HEAD is refused), with a timeout and at most eight "
        + "requests at once. A URL that answers 404, 410 or 5xx, times out or cannot be reached is reported. Off by default, so linting works offline.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterRunStartAction(run =>
        {
            // Built on first use: a run with the rule off (the default) opens no HTTP client.
            var checker = new Lazy<LinkChecker>(() => new LinkChecker(Timeout));
            run.RegisterDocumentEndAction(document =>
            {
                var texts = document.Document.Items.Select(i => (Name: i.DisplayName, i.Text))
                    .Concat(document.Document.Footnotes.Select(f => (Name: "footnote", f.Text)));
                foreach (var (name, text) in texts)
                {
                    for (var match = Urls.Absolute().Match(text.Value); match.Success; match = match.NextMatch())
                    {
                        var url = Urls.TrimTrailing(match.Value);
                        if (!Uri.TryCreate(url, UriKind.Absolute, out _) || checker.Value.Check(url).Problem is not { } problem)
                        {
                            continue;
                        }

                        document.ReportDiagnostic(Diagnostic.Create(
                            Descriptor,
                            Location.Create(document.Document.Source, text.ToSource(new TextSpan(match.Index, url.Length))),
                            [url, problem],
                            logicalLocation: name));
                    }
                }
            });
            run.RegisterRunEndAction(_ =>
            {
                if (checker.IsValueCreated)
                {
                    checker.Value.Dispose();
                }
            });
        });
}
