using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5005: quotation marks other than the language's EU style in a resolution (‘…’ in English, “…” in Dutch; the other pair nested).</summary>
public sealed class DR5005QuotationStyle : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5005",
        "Quotation mark style",
        "'{0}' is not this language's quotation style; the EU style is '{1}'.",
        "Style",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "One style per document, the language's EU style (Interinstitutional Style Guide; quotes in rules/lang/XX/pack.json): ‘…’ with “…” nested in English, "
        + "“…” with ‘…’ nested in Dutch. Straight quotes and the other pair at the outer level are reported, with a fix of both marks. Free prose is not checked.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start =>
        {
            if (start.Document.Shape != DocumentShape.Resolution)
            {
                return;
            }

            var quotes = start.Options.Data.GetLanguage(start.Document.Language).Quotes;
            var (open, close) = (quotes.Outer[0][0], quotes.Outer[1][0]);
            var (innerOpen, innerClose) = (quotes.Inner[0][0], quotes.Inner[1][0]);

            start.RegisterTextAction(item =>
            {
                // Only these characters matter: the text between them is skipped by a vectorised search.
                ReadOnlySpan<char> marks = [open, close, innerOpen, '"'];
                var text = item.Text.Value;
                var depth = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    var next = text.AsSpan(i).IndexOfAny(marks);
                    if (next < 0)
                    {
                        break;
                    }

                    i += next;
                    var c = text[i];
                    if (c == open && IsOpening(text, i))
                    {
                        depth++;
                        continue;
                    }

                    if (c == close && depth > 0 && !IsApostrophe(text, i))
                    {
                        depth--;
                        continue;
                    }

                    var wrongPair = c == innerOpen && depth == 0 ? (Open: innerOpen, Close: innerClose)
                        : c == '"' && IsOpening(text, i) ? (Open: '"', Close: '"')
                        : ((char Open, char Close)?)null;
                    if (wrongPair is not { } pair)
                    {
                        continue;
                    }

                    var end = text.IndexOf(pair.Close, i + 1);
                    if (end < 0)
                    {
                        continue;
                    }

                    var edits = ImmutableArray.Create(
                        new TextEdit(item.Text.ToSource(new TextSpan(i, 1)), open.ToString()),
                        new TextEdit(item.Text.ToSource(new TextSpan(end, 1)), close.ToString()));
                    item.Report(Descriptor, TextSpan.FromBounds(i, end + 1), [$"{pair.Open}…{pair.Close}", $"{open}…{close}"], new CodeFix($"Use {open}…{close}", edits));
                    i = end;
                }
            });
        });

    private static bool IsOpening(string text, int index) => index == 0 || !char.IsLetterOrDigit(text[index - 1]);

    private static bool IsApostrophe(string text, int index) =>
        index > 0 && index + 1 < text.Length && char.IsLetter(text[index - 1]) && char.IsLetter(text[index + 1]);
}
