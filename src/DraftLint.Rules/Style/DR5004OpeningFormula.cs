using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5004: a recital that does not open with "whereas" / "overwegende dat", or a paragraph whose first letter has the wrong case for its language.</summary>
public sealed class DR5004OpeningFormula : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5004",
        "Opening formula",
        "Recital '{0}' opens with '{1}', not with '{2}'.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Recitals open with the language's formula ('whereas', 'overwegende dat'; recitalOpeners in rules/lang/XX/pack.json). Paragraphs open with a verb "
        + "that is capitalised in English ('1. Stresses') and lower-case in Dutch ('1. benadrukt'); paragraphInitial in rules/lang/XX/pack.json. The fix changes the case. "
        + "A document of an earlier date is held to the openers of its time (earlierRecitalOpeners: English recitals up to 2011 may open with a participle).")
    {
        AlternativeMessageFormats =
        [
            (LowerCaseParagraph, "Paragraph '{0}' opens with a lower-case letter; paragraphs in '{1}' open with a capitalised verb."),
            (CapitalisedParagraph, "Paragraph '{0}' opens with a capital; paragraphs in '{1}' open with a lower-case verb."),
        ],
    };

    private const string LowerCaseParagraph = "lower-case-paragraph";
    private const string CapitalisedParagraph = "capitalised-paragraph";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var language = document.Data.GetLanguage(document.Document.Language);
            var source = document.Document.Source;

            // The openers of the document's own time: recitals up to 2011 may open with a participle ("A. recalling …").
            var openers = language.RecitalOpenersOn(document.SemanticModel.ConventionDate).ToArray();
            foreach (var recital in document.Document.Recitals)
            {
                var text = recital.Text.Value;
                if (text.Length == 0 || OpensWithAny(text, openers))
                {
                    continue;
                }

                var word = text.Split(' ', 2)[0];
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(source, recital.Text.ToSource(new TextSpan(0, word.Length))),
                    [recital.Label?.Text, word, language.RecitalOpeners[0]],
                    logicalLocation: recital.DisplayName));
            }

            var upper = language.ParagraphInitial != "lower";
            foreach (var paragraph in document.Document.Paragraphs)
            {
                var text = paragraph.Text.Value;
                var first = text.Length > 0 ? text[0] : ' ';
                if (!char.IsLetter(first) || char.IsUpper(first) == upper || (upper is false && text.Split(' ', 2)[0].All(char.IsUpper)))
                {
                    continue;
                }

                var wanted = upper ? char.ToUpperInvariant(first) : char.ToLowerInvariant(first);
                var span = paragraph.Text.ToSource(new TextSpan(0, 1));
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(source, paragraph.Text.ToSource(new TextSpan(0, text.Split(' ', 2)[0].Length))),
                    [paragraph.Label?.Text, language.EnglishName],
                    fix: CodeFix.Replace($"Write '{wanted}'", span, wanted.ToString()),
                    logicalLocation: paragraph.DisplayName,
                    messageId: upper ? LowerCaseParagraph : CapitalisedParagraph));
            }
        });

    private static bool OpensWithAny(string text, string[] openers)
    {
        foreach (var opener in openers)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
