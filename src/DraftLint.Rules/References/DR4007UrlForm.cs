using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4007: a URL that is not well formed, or uses http:// where the site is served over https://.</summary>
public sealed partial class DR4007UrlForm : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4007",
        "URL form",
        "'{0}' is not a well-formed URL.",
        "References",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "URLs in citations and footnotes must parse as absolute http(s) URLs. An http:// URL on a host that is served over https:// "
        + "(httpsHosts in rules/references.json: europa.eu and its subdomains, among others) is reported with a fix to https://.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = [(Https, "'{0}' uses http://, and '{1}' is served over https://.")],
    };

    private const string Https = "https";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterTextAction(text =>
        {
            var value = text.Text.Value;
            for (var match = Urls.Absolute().Match(value); match.Success; match = match.NextMatch())
            {
                var url = Urls.TrimTrailing(match.Value);
                var range = new TextSpan(match.Index, url.Length);
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || !uri.Host.Contains('.', StringComparison.Ordinal))
                {
                    text.Report(Descriptor, range, [url]);
                }
                else if (uri.Scheme == "http" && text.Data.Get<Data.ReferenceData>("references.json").HttpsHosts
                    .Any(h => uri.Host == h || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
                {
                    var fix = text.Text.IsContiguous(range) ? CodeFix.Replace("Use https://", new TextSpan(text.Text.ToSource(range).Start, "http".Length), "https") : null;
                    text.Report(Descriptor, range, [url, uri.Host], fix, messageId: Https);
                }
            }
        });
}
