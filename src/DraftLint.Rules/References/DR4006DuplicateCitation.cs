using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Syntax;

namespace DraftLint.Rules.References;

/// <summary>DR4006: the same instrument cited twice (the same reference, or the same citation word for word).</summary>
public sealed class DR4006DuplicateCitation : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4006",
        "Duplicate citation",
        "Citation '{0}' cites '{1}', which citation '{2}' already cites.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Each instrument is cited once. Two citations with the same reference (text adopted, document, procedure), or with the same words "
        + "(case, spaces and punctuation aside), usually come from merging two drafts.",
        WellKnownTags.LanguageNeutral);

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
            [citation.Index, what, first.Index],
            [Location.Create(source, first.Span, "the first citation")],
            logicalLocation: citation.DisplayName));
    }

    /// <summary>
    /// The text's letters and digits (<c>\p{L}</c>, <c>\p{N}</c>) in lower case, everything else left out: "Having regard to
    /// its resolution of 6 July 2011" and "having regard to its Resolution of 6 July 2011," have one key. The kept
    /// characters are counted, then written into a string of that length (a regular expression's Replace after a
    /// lower-case copy made two strings per citation and reference).
    /// </summary>
    internal static string Normalize(string text) =>
        string.Create(CountKept(text), text, static (key, text) =>
        {
            var written = 0;
            foreach (var c in text)
            {
                if (IsKept(c))
                {
                    key[written++] = char.ToLowerInvariant(c);
                }
            }
        });

    private static int CountKept(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsKept(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsKept(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.GetUnicodeCategory(c) is <= System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.LetterNumber
            or System.Globalization.UnicodeCategory.OtherNumber;
}
