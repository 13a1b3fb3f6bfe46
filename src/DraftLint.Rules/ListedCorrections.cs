using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules;

/// <summary>
/// Finds the wrong forms of a language pack's table of corrections (pairs of wrong and right wording, and optionally a
/// word after which the wrong form is right: ["tot met", "tot en met", "name"]) in every text
/// of a document, as whole words and case-sensitively, and reports each with the right form as its fix. Shared by the
/// rules that read such a table (DR4011 official titles, DR5010 fixed phrases).
/// </summary>
internal static class ListedCorrections
{
    public static void Report(DocumentAnalysisContext document, DiagnosticDescriptor descriptor, string[][] table)
    {
        var pairs = table.Where(p => p.Length >= 2 && p[0].Length > 0).ToArray();
        if (pairs.Length == 0)
        {
            return;
        }

        foreach (var item in document.Document.AllItems)
        {
            var text = item.Text.Value;
            foreach (var pair in pairs)
            {
                var (wrong, right) = (pair[0], pair[1]);
                for (var at = text.IndexOf(wrong, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wrong, at + wrong.Length, StringComparison.Ordinal))
                {
                    var end = at + wrong.Length;
                    // Whole words only; and not before the word a third entry names ("tot met name" is Dutch).
                    if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(wrong[^1]))
                        || (pair.Length > 2 && text.AsSpan(end).TrimStart().StartsWith(pair[2], StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    var range = new TextSpan(at, wrong.Length);
                    var span = item.Text.ToSource(range);
                    document.ReportDiagnostic(Diagnostic.Create(
                        descriptor,
                        Location.Create(document.Document.Source, span),
                        [wrong, right],
                        fix: item.Text.IsContiguous(range) ? CodeFix.Replace($"Write '{right}'", span, right) : null,
                        logicalLocation: item.DisplayName));
                }
            }
        }
    }
}
