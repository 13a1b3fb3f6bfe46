using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Syntax;

namespace DraftLint.Rules.References;

/// <summary>DR4006: the same instrument cited twice (the same reference, or the same citation word for word).</summary>
public sealed partial class DR4006DuplicateCitation : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4006",
        "Duplicate citation",
        "{0} cites '{1}', which {2} already cites.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Each instrument is cited once. Two citations with the same reference (text adopted, document, procedure), or with the same words "
        + "(case, spaces and punctuation aside), usually come from merging two drafts.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var source = document.Document.Source;
            var seen = new Dictionary<string, ItemSyntax>(StringComparer.Ordinal);
            var byText = new Dictionary<string, ItemSyntax>(StringComparer.Ordinal);
            var references = document.SemanticModel.References
                .Where(r => r.Kind is ReferenceKind.TextAdopted or ReferenceKind.Document or ReferenceKind.Procedure)
                .Select(r => (Citation: r.CitedBy ?? r.Node as ItemSyntax, Reference: r))
                .Where(r => r.Citation?.Kind == SyntaxKind.Citation)
                .ToLookup(r => r.Citation!, r => r.Reference);
            foreach (var citation in document.Document.Citations)
            {
                var reported = false;
                foreach (var reference in references[citation])
                {
                    var key = Normalize(reference.Value);
                    if (seen.TryGetValue(key, out var first) && first != citation)
                    {
                        Report(document, citation, first, reference.Value, reference.SourceSpan);
                        reported = true;
                    }
                    else
                    {
                        seen.TryAdd(key, citation);
                    }
                }

                var words = Normalize(citation.Text.Value);
                if (!reported && byText.TryGetValue(words, out var same))
                {
                    Report(document, citation, same, citation.Text.Value.TrimEnd(',', ';', '.'), citation.Span);
                }

                byText.TryAdd(words, citation);
            }
        });

    private static void Report(DocumentAnalysisContext document, ItemSyntax citation, ItemSyntax first, string what, Text.TextSpan span)
    {
        var source = document.Document.Source;
        document.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            Location.Create(source, span),
            [char.ToUpperInvariant(citation.DisplayName[0]) + citation.DisplayName[1..], what, first.DisplayName],
            [Location.Create(source, first.Span, "the first citation")],
            logicalLocation: citation.DisplayName));
    }

    private static string Normalize(string text) => NotLetters().Replace(text.ToLowerInvariant(), "").Replace('‑', '-');

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetters();
}
