using System.Collections.Concurrent;
using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4009: a URL that does not answer (off by default: run with --check-links, which needs the network).</summary>
public sealed partial class DR4009DeadLink : DiagnosticAnalyzer, IDisposable
{
    /// <summary>How long one request may take (--link-timeout, or rules.DR4009.timeoutSeconds in draftlint.json).</summary>
    public static readonly RuleOption TimeoutSeconds = new("timeoutSeconds", "Seconds one link probe may take.", Default: 10, Minimum: 1, Maximum: 300);

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4009",
        "Dead link",
        "'{0}' answered '{1}'.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        "With --check-links, each URL of the run is probed once (HEAD, then GET where HEAD is refused), with a timeout and at most eight "
        + "requests at once. A URL that answers 404, 410 or 5xx, times out or cannot be reached is reported. Off by default, so linting works offline.",
        WellKnownTags.LanguageNeutral)
    {
        Options = [TimeoutSeconds],
        AlternativeMessageFormats =
        [
            (NoAnswer, "'{0}' did not answer within '{1}'."),
            (Unreachable, "'{0}' could not be reached ('{1}')."),
        ],
    };

    internal const string NoAnswer = "no-answer";
    internal const string Unreachable = "unreachable";

    // One checker per timeout in use, made on first use (a run with the rule off, the default, opens no HTTP client);
    // each URL is probed once for all the documents this analyzer sees.
    private readonly ConcurrentDictionary<int, Lazy<LinkChecker>> _checkers = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTextAction(text =>
        {
            var value = text.Text.Value;
            for (var match = Urls.Absolute().Match(value); match.Success; match = match.NextMatch())
            {
                var url = Urls.TrimTrailing(match.Value);
                if (Uri.TryCreate(url, UriKind.Absolute, out _) && Checker(text.Options.GetOption(Descriptor, TimeoutSeconds)).Check(url) is { Problem: { } problem } status)
                {
                    text.Report(Descriptor, new TextSpan(match.Index, url.Length), [url, .. status.Values], messageId: problem);
                }
            }
        });

    public void Dispose()
    {
        foreach (var checker in _checkers.Values.Where(c => c.IsValueCreated))
        {
            checker.Value.Dispose();
        }
    }

    private LinkChecker Checker(int seconds) =>
        _checkers.GetOrAdd(seconds, s => new Lazy<LinkChecker>(() => new LinkChecker(TimeSpan.FromSeconds(s)))).Value;
}
