using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>
/// DR5008: a citation whose formula is misspelt ("having regards to"), capitalised among lower-case ones, or
/// introduced by another dash than the en dash the other citations use.
/// </summary>
public sealed class DR5008CitationFormula : DiagnosticAnalyzer
{
    /// <summary>How many citations with a dash a text needs before one odd dash among them counts.</summary>
    public const int DashedCitations = 3;

    /// <summary>Dashes a citation may wrongly take for the en dash: em dash, hyphen, minus, non-breaking hyphen.</summary>
    private const string WrongDashes = "—-−‑";

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5008",
        "Citation formula",
        "Citation '{0}' opens with '{1}', not with '{2}'.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Citations open with the language's formula, in lower case, after an en dash: '– having regard to …,' ('– gezien …,'). Reported: a "
        + "formula one or two letters off the language's first citationOpeners entry, with the same words count and last word ('having regards "
        + "to'); a capitalised formula in a text whose other citations are lower case; an em dash or hyphen before one citation where the others "
        + "use the en dash; a citation with no dash where the others (three at least, three in four) have one. The fix writes the formula, the case or the dash.")
    {
        AlternativeMessageFormats =
        [
            (Capitalised, "Citation '{0}' opens with '{1}' in capitals; the other citations open with '{2}'."),
            (WrongDash, "Citation '{0}' is introduced by '{1}'; the other citations use the en dash '–'."),
            (NoDash, "Citation '{0}' has no dash; the other citations open with the en dash '–'."),
        ],
    };

    private const string Capitalised = "capitalised";
    private const string WrongDash = "wrong-dash";
    private const string NoDash = "no-dash";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var citations = document.Document.Citations;
            if (citations.Length == 0)
            {
                return;
            }

            var openers = document.Data.GetLanguage(document.Document.Language).CitationOpeners;
            var source = document.Document.Source;
            var lowerCase = citations.Count(c => c.Text.Length > 0 && char.IsLower(c.Text.Value[0]));
            var dashes = citations.Select(c => Dash(source, c)).ToList();
            var enDashes = dashes.Count(d => d?.Glyph == '–');
            for (var i = 0; i < citations.Length; i++)
            {
                var citation = citations[i];
                var text = citation.Text.Value;
                if (text.Length == 0)
                {
                    continue;
                }

                if (openers.Length > 0 && Misspelt(text, openers) is { } written)
                {
                    Report(document, citation, new TextSpan(0, written.Length), DiagnosticDescriptor.DefaultMessageId, [written, openers[0]], $"Write '{openers[0]}'", openers[0]);
                }
                else if (char.IsUpper(text[0]) && lowerCase * 2 > citations.Length && OpensWith(text, openers) is { } opener)
                {
                    var lower = char.ToLowerInvariant(text[0]) + opener[1..];
                    Report(document, citation, new TextSpan(0, opener.Length), Capitalised, [opener, lower], $"Write '{lower}'", lower);
                }

                // One em dash or hyphen among en dashes: the extraction keeps the glyph the drafter typed.
                if (dashes[i] is { } dash && WrongDashes.Contains(dash.Glyph) && enDashes >= DashedCitations - 1 && enDashes * 2 > dashes.Count(d => d is not null))
                {
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(source, new TextSpan(dash.Position, 1)),
                        [Number(citation), dash.Glyph],
                        fix: CodeFix.Replace("Write '–'", new TextSpan(dash.Position, 1), "–"),
                        logicalLocation: citation.DisplayName,
                        messageId: WrongDash));
                }
                else if (dashes[i] is null && enDashes >= DashedCitations && enDashes * 4 >= citations.Length * 3 && OpensItsLine(source, citation))
                {
                    // A citation that lost its dash among citations that all have one (three at least, three in four):
                    // where the extraction loses the dashes it loses them all.
                    var at = citation.Text.ToSource(new TextSpan(0, 0)).Start;
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(source, new TextSpan(at, OpensWith(text, openers)?.Length ?? 0)),
                        [Number(citation)],
                        fix: CodeFix.Replace("Add '– '", new TextSpan(at, 0), "– "),
                        logicalLocation: citation.DisplayName,
                        messageId: NoDash));
                }
            }
        });

    private static void Report(DocumentAnalysisContext document, ItemSyntax citation, TextSpan range, string messageId, string[] words, string title, string replacement)
    {
        var span = citation.Text.ToSource(range);
        document.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            Location.Create(document.Document.Source, span),
            [Number(citation), .. words],
            fix: citation.Text.IsContiguous(range) ? CodeFix.Replace(title, span, replacement) : null,
            logicalLocation: citation.DisplayName,
            messageId: messageId));
    }

    private static string Number(ItemSyntax citation) => citation.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The words that open the citation where they are one or two letters off the formula, with as many words and the
    /// same last one ("having regards to" for "having regard to"; not "having regard in particular to", a real variant).
    /// </summary>
    private static string? Misspelt(string text, string[] openers)
    {
        var formula = openers[0];
        var words = formula.Split(' ');
        if (formula.Length < 10 || OpensWith(text, openers) is not null)
        {
            return null;
        }

        // As many words as the formula has, from the start of the text.
        var end = 0;
        for (var w = 0; w < words.Length; w++)
        {
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
        }

        var written = text[..end];
        var last = written.LastIndexOf(' ');
        if (written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != words.Length || last < 0
            || !written[(last + 1)..].Equals(words[^1], StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var distance = EditDistance.OptimalStringAlignment(written.ToLowerInvariant(), formula.ToLowerInvariant());
        return distance is >= 1 and <= 2 ? written : null;
    }

    /// <summary>The language's formula the text opens with, as a whole word or words, if any.</summary>
    private static string? OpensWith(string text, string[] openers)
    {
        foreach (var opener in openers.OrderByDescending(o => o.Length))
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (text.Length == opener.Length || !char.IsLetter(text[opener.Length])))
            {
                return text[..opener.Length];
            }
        }

        return null;
    }

    /// <summary>True where nothing but spaces stands before the citation on its line.</summary>
    private static bool OpensItsLine(SourceText source, ItemSyntax citation)
    {
        var p = citation.Text.ToSource(new TextSpan(0, 0)).Start;
        while (p > 0 && source[p - 1] is ' ' or '\t' or '\u00A0')
        {
            p--;
        }

        return p == 0 || source[p - 1] is '\n' or '\r';
    }

    /// <summary>The dash before the citation on its first line, where one stands there, and its offset in the file.</summary>
    private static (char Glyph, int Position)? Dash(SourceText source, ItemSyntax citation)
    {
        var start = citation.Text.ToSource(new TextSpan(0, 0)).Start;
        var p = start;
        while (p > 0 && source[p - 1] is ' ' or '\t' or '\u00A0')
        {
            p--;
        }

        return p > 0 && (source[p - 1] == '–' || WrongDashes.Contains(source[p - 1])) ? (source[p - 1], p - 1) : null;
    }
}
