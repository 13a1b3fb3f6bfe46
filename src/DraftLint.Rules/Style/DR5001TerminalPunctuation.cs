using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5001: an item that does not end as the European Parliament's convention ends it (citations ",", recitals ";", paragraphs ";", the last ".").</summary>
public sealed class DR5001TerminalPunctuation : DiagnosticAnalyzer
{
    /// <summary>One message per kind of item, for an item that ends with a mark and for one that ends with none.</summary>
    private static readonly MessageSet Messages = new(
        from kind in new[] { "citation", "recital", "paragraph" }
        from end in new[] { ("", "with '{1}'"), ("-unpunctuated", "with no punctuation") }
        select (kind + end.Item1, $"{Wording.SentenceCase(kind)} '{{0}}' ends {end.Item2}; the convention is '{{{(end.Item1.Length == 0 ? 2 : 1)}}}'."));

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5001",
        "Terminal punctuation",
        Messages.Default,
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In both languages citations end with ',', recitals with ';', paragraphs with ';' and the last paragraph with '.' (rules/style.json). "
        + "A document of an earlier term is held to the convention of its date (earlierConventions in rules/style.json: recitals of the 6th term may end with ','). "
        + "Items with points of their own (which end with ':') and the points are not checked. The fix writes the expected mark.")
    {
        AlternativeMessageFormats = Messages.Alternatives,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            // The convention of the document's own time: recitals of the 6th term end with ',' as often as with ';'.
            var style = document.Data.Get<StyleData>("style.json").TerminalPunctuationOn(document.SemanticModel.ConventionDate);
            var syntax = document.Document;
            var last = syntax.Paragraphs.LastOrDefault();
            var language = document.Data.GetLanguage(syntax.Language);
            foreach (var item in syntax.Citations.Concat(syntax.Recitals).Concat(syntax.Paragraphs))
            {
                // An item right before an elision mark ("(…)") may be cut where the excerpt leaves out the rest.
                if (item.SubPoints.Length > 0 || item.Text.Length == 0 || (syntax.Elisions.Length > 0 && syntax.IsElidedBetween(item.Span.End, NextStart(syntax, item))))
                {
                    continue;
                }

                var accepted = item.Kind switch
                {
                    SyntaxKind.Citation => style.Citation,
                    SyntaxKind.Recital => style.Recital,
                    _ => item == last ? style.LastParagraph : style.Paragraph,
                };
                var text = item.Text.Value;
                var at = LastMark(text);
                var end = text[at];
                if (accepted.Length == 0 || accepted.Contains(end))
                {
                    continue;
                }

                // A last paragraph that ends as a paragraph before another ends ("…;") is the end of an excerpt, cut
                // before the paragraphs that follow, unless it is the closing paragraph ("Instructs its President …").
                if (item == last && style.Paragraph.Contains(end) && !language.OpensWithClosingFormula(text))
                {
                    continue;
                }

                var expected = accepted[..1];

                var lastChar = item.Text.ToSource(new TextSpan(at, 1));
                var isMark = ",;:.".Contains(end);
                var fix = isMark
                    ? CodeFix.Replace($"Write '{expected}'", lastChar, expected)
                    : CodeFix.Replace($"Add '{expected}'", new TextSpan(lastChar.End, 0), expected);
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(syntax.Source, lastChar),
                    isMark ? [Label(item), end, expected] : [Label(item), expected],
                    fix: fix,
                    logicalLocation: item.DisplayName,
                    messageId: Messages.IdOf(item.Kind.ToString().ToLowerInvariant() + (isMark ? "" : "-unpunctuated"))));
            }
        });

    /// <summary>A citation's number, a recital's or paragraph's label ("3", "C", "12").</summary>
    private static string Label(ItemSyntax item) =>
        item.Kind == SyntaxKind.Citation || item.Label is null ? item.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : item.Label.Text;

    /// <summary>
    /// The position of the item's closing character: the last, or the mark before a footnote call that follows it
    /// ("… de l'Union européenne,(2)", as some web copies print the call), which is no part of the item's punctuation.
    /// </summary>
    private static int LastMark(string text)
    {
        var i = text.Length - 1;
        if (text[i] != ')')
        {
            return i;
        }

        var digits = i - 1;
        while (digits >= 0 && char.IsAsciiDigit(text[digits]))
        {
            digits--;
        }

        return digits < i - 1 && digits >= 1 && text[digits] == '(' && ",;:.".Contains(text[digits - 1]) ? digits - 1 : i;
    }

    /// <summary>Where the next item of the body starts (the end of the text after the last).</summary>
    private static int NextStart(DocumentSyntax syntax, ItemSyntax item)
    {
        var next = syntax.Source.Length;
        foreach (var other in syntax.Citations.Concat(syntax.Recitals).Concat(syntax.Paragraphs))
        {
            if (other.Span.Start > item.Span.Start && other.Span.Start < next)
            {
                next = other.Span.Start;
            }
        }

        return next;
    }
}
