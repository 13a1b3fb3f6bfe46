using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5002: a word written twice in a row ("the the"), as line breaks in drafting tools often leave.</summary>
public sealed class DR5002DoubledWord : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5002",
        "Doubled word",
        "'{0}' is written twice.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The same word twice in a row, across a line break or not, is a typing error, except for the repeats a language allows "
        + "('that that', 'had had'; allowedRepeats in rules/lang/XX/pack.json). The fix deletes the second one.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            // Made at the first doubled word only: most documents have none.
            HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? allowed = null;
            foreach (var item in document.Document.AllItems)
            {
                // One pass over the words: a word equal to the one before it, with only white space between.
                var text = item.Text.Value;
                Words.Word? previous = null;
                foreach (var word in Words.In(text))
                {
                    // Letters glued to a number ("3rd", "A4", "km" in "10km") are no word here.
                    if ((word.Index > 0 && char.IsNumber(text[word.Index - 1]))
                        || (word.Index + word.Length < text.Length && char.IsNumber(text[word.Index + word.Length])))
                    {
                        continue;
                    }

                    if (previous is { } before
                        && word.Length == before.Length
                        && text.AsSpan(before.Index, before.Length).Equals(text.AsSpan(word.Index, word.Length), StringComparison.OrdinalIgnoreCase)
                        && text.AsSpan(before.Index + before.Length, word.Index - before.Index - before.Length).IsWhiteSpace()
                        && !(allowed ??= AllowedRepeats(document)).Contains(text.AsSpan(word.Index, word.Length)))
                    {
                        var written = text.Substring(before.Index, before.Length);
                        var deletion = item.Text.ToSource(TextSpan.FromBounds(before.Index + before.Length, word.Index + word.Length));
                        document.ReportDiagnostic(Diagnostic.Create(
                            Descriptor,
                            Location.Create(document.Document.Source, item.Text.ToSource(TextSpan.FromBounds(before.Index, word.Index + word.Length))),
                            [written],
                            fix: CodeFix.Replace($"Delete the second '{written}'", deletion, ""),
                            logicalLocation: item.DisplayName));
                    }

                    previous = word;
                }
            }
        });

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllowedRepeats(DocumentAnalysisContext document) =>
        new HashSet<string>(document.Data.GetLanguage(document.Document.Language).AllowedRepeats, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
