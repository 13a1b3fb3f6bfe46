using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1004: a reference to one of the text's own items ("as stated in paragraph 12", "recital C") that the text does not have.</summary>
public sealed class DR1004CrossReference : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1004",
        "Reference to an item the text does not have",
        "'{0}' refers to paragraph '{1}', which this text does not have; its paragraphs run from '{2}' to '{3}'.",
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A recital or paragraph that refers to another item of the same text ('as stated in paragraph 12', 'recital C', 'overweging C') "
        + "must point at one the text has: a reference left behind when items were renumbered or deleted points at nothing. Read: the words of "
        + "crossReferences in rules/lang/XX/pack.json. Not read as the text's own: citations (they cite other acts), an item followed by a word "
        + "that makes it another act's ('paragraph 26 thereof', 'paragraph 4 of the Charter', unless 'of this resolution'), and a sentence that "
        + "names another act or number before the reference ('Resolution 2334, in paragraph 3'). A paragraph after the text's last one is "
        + "reported only where the text ends with its closing formula ('Instructs its President to forward …'; closingFormulas in the pack): otherwise it may be an excerpt.")
    {
        Precision = RulePrecision.Medium,
        AlternativeMessageFormats = [(RecitalId, "'{0}' refers to recital '{1}', which this text does not have; its recitals run from '{2}' to '{3}'.")],
    };

    private const string RecitalId = "recital";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var syntax = document.Document;
            var language = document.Options.Data.GetLanguage(syntax.Language);
            var words = language.CrossReferences;
            if (words.Paragraph.Length + words.Recital.Length == 0 || (syntax.Paragraphs.IsEmpty && syntax.Recitals.IsEmpty))
            {
                return;
            }

            var pattern = Reference.For(language);
            var complete = syntax.Paragraphs is [.., var last]
                && language.OpensWithClosingFormula(last.Text.Value);
            foreach (var item in syntax.Recitals.Concat(syntax.Paragraphs))
            {
                var text = item.Text.Value;
                foreach (Match match in pattern.Matches(text))
                {
                    var isParagraph = match.Groups["paragraph"].Success;
                    var label = match.Groups["label"].Value;
                    var targets = isParagraph ? syntax.Paragraphs : syntax.Recitals;
                    if (targets.IsEmpty || targets.Any(t => Label(t) == label)
                        || IsAnotherActs(text, match, words, language.IdentifierWords, item))
                    {
                        continue;
                    }

                    // An item after the text's last one is an excerpt's missing item unless the text is whole: recitals all
                    // come before the paragraphs, so a paragraph that names a missing recital is sure; so is a reference
                    // back to an earlier item, and any reference in a text that ends with its closing formula.
                    var ordinal = Ordinal(label, isParagraph);
                    var beyondLast = ordinal > targets.Max(t => t.Label?.Ordinal ?? 0);
                    var sure = !beyondLast || complete || (!isParagraph && item.Kind == SyntaxKind.Paragraph);
                    if (!sure)
                    {
                        continue;
                    }

                    var range = new TextSpan(match.Index, match.Length);
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(syntax.Source, item.Text.ToSource(range)),
                        [match.Value, label, Label(targets[0]), Label(targets[^1])],
                        logicalLocation: item.DisplayName,
                        messageId: isParagraph ? DiagnosticDescriptor.DefaultMessageId : RecitalId));
                }
            }
        });

    private static string Label(ItemSyntax item) => item.Label?.Text.TrimEnd('.', ')') ?? "";

    /// <summary>The position a label stands for: 12 for "12", 3 for "C", 28 for "AB" (an inserted "12a" counts as 12).</summary>
    private static int Ordinal(string label, bool arabic)
    {
        if (arabic)
        {
            return AsciiNumber.TryParse(label.AsSpan().TrimEnd("abcdefghijklmnopqrstuvwxyz"), out var number) ? number : 0;
        }

        var letters = label.TakeWhile(char.IsAsciiLetterUpper).ToArray();
        return letters.Length == 2 ? ((letters[0] - 'A' + 1) * 26) + (letters[1] - 'A' + 1) : letters.Length == 1 ? letters[0] - 'A' + 1 : 0;
    }

    /// <summary>
    /// True where the item referred to is another act's: a word after it makes it so ("thereof", "of the Charter", but not
    /// "of this resolution"), or the sentence names an act or a number before it ("Resolution 2334, in paragraph 3").
    /// </summary>
    private static bool IsAnotherActs(string text, Match match, CrossReferenceWords words, string[] identifiers, ItemSyntax item)
    {
        var after = text.AsSpan(match.Index + match.Length).TrimStart();
        foreach (var phrase in words.Internal)
        {
            if (after.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var word in words.External)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsLetter(after[word.Length])))
            {
                return true;
            }
        }

        var sentenceStart = item.SentenceAt(match.Index)?.Range.Start ?? 0;
        var before = text.AsSpan(sentenceStart, match.Index - sentenceStart);
        if (before.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        foreach (var identifier in identifiers)
        {
            var at = before.IndexOf(identifier, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && (at + identifier.Length == before.Length || !char.IsLetter(before[at + identifier.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"paragraph 12", "paragraph 12a", "recital C", "recital AB" in the pack's words, case aside for the noun.</summary>
    private static readonly PackPattern Reference = new(l => ReferencePattern(l.CrossReferences), RegexOptions.CultureInvariant);

    private static string ReferencePattern(CrossReferenceWords words)
    {
        static string Nouns(string[] nouns) => nouns.Length == 0 ? "(?!)" : string.Join('|', nouns.Select(Regex.Escape));
        return $@"\b(?i:(?<paragraph>{Nouns(words.Paragraph)})|(?<recital>{Nouns(words.Recital)}))\s+(?<label>(?(paragraph)[0-9]{{1,3}}[a-z]{{0,2}}|[A-Z]{{1,2}}[a-z]{{0,2}}))(?![\p{{L}}\p{{N}}(])";
    }
}
