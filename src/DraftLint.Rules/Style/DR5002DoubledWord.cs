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
                        var deletion = Deletion(document.Document.Source.Text, item.Text.ToSource(new TextSpan(word.Index, word.Length)));
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

    /// <summary>
    /// The second word and one space beside it, never more: the white space between the two words may hold a line
    /// break or a paragraph's blank line (a PDF's lines joined into one item), which the fix must leave.
    /// </summary>
    private static TextSpan Deletion(string source, TextSpan second)
    {
        static bool Space(char c) => c is ' ' or '\u00A0' or '\t';
        return second.Start > 0 && Space(source[second.Start - 1]) ? TextSpan.FromBounds(second.Start - 1, second.End)
            : second.End < source.Length && Space(source[second.End]) ? TextSpan.FromBounds(second.Start, second.End + 1)
            : second;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllowedRepeats(DocumentAnalysisContext document) =>
        new HashSet<string>(document.Data.GetLanguage(document.Document.Language).AllowedRepeats, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
