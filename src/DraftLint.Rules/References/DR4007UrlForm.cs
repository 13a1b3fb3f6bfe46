using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4007: a URL that is not well formed, or uses http:// where the site is served over https://.</summary>
public sealed partial class DR4007UrlForm : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4007",
        "URL form",
        "'{0}' {1}.",
        "References",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "URLs in citations and footnotes must parse as absolute http(s) URLs. An http:// URL on a host that is served over https:// "
        + "(httpsHosts in rules/references.json: europa.eu and its subdomains, among others) is reported with a fix to https://.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var hosts = document.Data.Get<Data.ReferenceData>("references.json").HttpsHosts;
            var texts = document.Document.Items.Select(i => (Node: (SyntaxNode)i, i.Text))
                .Concat(document.Document.Footnotes.Select(f => (Node: (SyntaxNode)f, f.Text)));
            foreach (var (node, text) in texts)
            {
                for (var match = Urls.Absolute().Match(text.Value); match.Success; match = match.NextMatch())
                {
                    var url = Urls.TrimTrailing(match.Value);
                    var range = new TextSpan(match.Index, url.Length);
                    var source = text.ToSource(range);
                    string? problem = null;
                    CodeFix? fix = null;
                    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || !uri.Host.Contains('.', StringComparison.Ordinal))
                    {
                        problem = "is not a well-formed URL";
                    }
                    else if (uri.Scheme == "http" && hosts.Any(h => uri.Host == h || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
                    {
                        problem = $"uses http://, and {uri.Host} is served over https://";
                        fix = text.IsContiguous(range) ? CodeFix.Replace("Use https://", new TextSpan(source.Start, "http".Length), "https") : null;
                    }

                    if (problem is not null)
                    {
                        document.ReportDiagnostic(Diagnostic.Create(
                            Descriptor,
                            Location.Create(document.Document.Source, source),
                            [url, problem],
                            fix: fix,
                            logicalLocation: node is ItemSyntax item ? item.DisplayName : "footnote"));
                    }
                }
            }
        });
}
