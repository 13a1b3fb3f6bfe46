using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5009: a comma with no space after it before a word ("Charter 97[4],and").</summary>
public sealed class DR5009SpaceAfterComma : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5009",
        "Space after a comma",
        "No space after the comma before '{0}'; write '{1}'.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A comma is followed by a space before the next word: 'Charter 97[4],and of 17 September' loses it (often where a footnote marker "
        + "was pasted). Commas inside numbers ('1,500'), URLs and references are not checked. The fix inserts the space.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            foreach (var item in document.Document.AllItems)
            {
                var text = item.Text.Value;
                List<TextSpan>? urls = null;
                for (var at = text.IndexOf(','); at >= 0 && at + 1 < text.Length; at = text.IndexOf(',', at + 1))
                {
                    // A letter right after, and a letter, bracket or quote right before (not a number's "1,500").
                    if (!char.IsLetter(text[at + 1]) || at == 0 || char.IsDigit(text[at - 1]) || char.IsWhiteSpace(text[at - 1]))
                    {
                        continue;
                    }

                    urls ??= Urls.FindAny(text);
                    if (Urls.AnyCovers(urls, at))
                    {
                        continue;
                    }

                    var end = at + 1;
                    while (end < text.Length && char.IsLetter(text[end]))
                    {
                        end++;
                    }

                    var word = text[(at + 1)..end];
                    var comma = item.Text.ToSource(new TextSpan(at, 1));
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, comma),
                        [word, ", " + word],
                        fix: CodeFix.Replace("Add a space", new TextSpan(comma.End, 0), " "),
                        logicalLocation: item.DisplayName));
                }
            }
        });
}
