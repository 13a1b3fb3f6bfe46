using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>
/// DR4010: a placeholder left in the text — a date, number or page still to be filled in ("its resolution of ... on",
/// "…/2019", "B8-0000/2016", "XXXX(RSP)", "p. …", "[date]", "TBC", an empty "()").
/// </summary>
public sealed partial class DR4010UnfilledPlaceholder : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4010",
        "Unfilled placeholder",
        "'{0}' is a placeholder left in the text: it was never filled in.",
        "References",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A text tabled for a vote holds no blanks. Reported: an ellipsis where a date or number belongs ('its resolution of ... on', '…/2019', 'p. …'), "
        + "references numbered 0000 or XXXX ('B8-0000/2016', '2019/XXXX(RSP)'), bracketed placeholders and markers of the language "
        + "(placeholderWords in rules/lang/XX/pack.json: '[date]', 'TBC'), and an empty reference '()' in the body. An ellipsis in a quotation "
        + "and '(…)' or '[…]' marking an omission are not placeholders.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats =
        [
            (NoNumber, "'{0}' is a placeholder left in the text: the reference has no number yet."),
            (NoNumberBeforeYear, "'{0}' is a placeholder left in the text: the number before the year is missing."),
            (NoPage, "'{0}' is a placeholder left in the text: the page is missing."),
            (NothingAfter, "'{0}' is a placeholder left in the text: the date or number after '{1}' is missing."),
            (EmptyReference, "'{0}' is a placeholder left in the text: the reference in the brackets is missing."),
        ],
    };

    private const string NeverFilledIn = DiagnosticDescriptor.DefaultMessageId;
    private const string NoNumber = "no-number";
    private const string NoNumberBeforeYear = "no-number-before-year";
    private const string NoPage = "no-page";
    private const string NothingAfter = "nothing-after";
    private const string EmptyReference = "empty-reference";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var language = document.Data.GetLanguage(document.Document.Language);
            var source = document.Document.Source;

            // A legislative text names acts not yet adopted or published as "No …/2014" and "OJ L …, …, p. …".
            var legislative = ContainsAny(source.Text, language.ForthcomingActWords);
            foreach (var item in document.Document.AllItems)
            {
                var text = item.Text.Value;

                // Nearly every text holds none of the marks a placeholder needs: those are read with no iterator made.
                if (!MayHold(text, language.PlaceholderWords))
                {
                    continue;
                }

                var body = item.Kind is not (SyntaxKind.HeaderLine or SyntaxKind.ProseBlock);
                foreach (var (range, messageId, word) in Find(text, language, body, legislative))
                {
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(source, item.Text.ToSource(range)),
                        word is null ? [text.Substring(range.Start, range.Length)] : [text.Substring(range.Start, range.Length), word],
                        logicalLocation: item.DisplayName,
                        messageId: messageId));
                }
            }
        });

    /// <summary>Each placeholder: where it is, the message that says what is missing, and the word before it where the message names one.</summary>
    private static IEnumerable<(TextSpan Range, string MessageId, string? Word)> Find(string text, Data.LanguageData language, bool body, bool legislative)
    {
        var (connectors, words) = (language.DateConnectors, language.PlaceholderWords);

        // Most texts hold none of what the expressions look for: each runs only where its marks stand in the text.
        var hasEllipsis = text.Contains("...", StringComparison.Ordinal) || text.Contains('…');
        if (text.Contains("0000", StringComparison.Ordinal) || text.Contains("XXXX", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in Reference().Matches(text))
            {
                yield return (new TextSpan(m.Index, m.Length), NoNumber, null);
            }
        }

        if (!hasEllipsis)
        {
            foreach (var found in Marked(text, words, body))
            {
                yield return found;
            }

            yield break;
        }

        // "with a view to the adoption of Regulation (EU) No …/2014": an act not yet adopted has no number, and that
        // is how a legislative text names it (forthcomingActWords in the pack), with "OJ L …, …, p. …" for its publication.
        if (!legislative)
        {
            foreach (Match m in EllipsisYear().Matches(text))
            {
                yield return (new TextSpan(m.Index, m.Length), NoNumberBeforeYear, null);
            }

            foreach (Match m in EllipsisPage().Matches(text))
            {
                yield return (new TextSpan(m.Index, m.Length), NoPage, null);
            }
        }

        // "of ... on": a connector of the language, an ellipsis, then a word (the date that was to come between).
        foreach (Match m in Ellipsis().Matches(text))
        {
            var before = text.AsSpan(0, m.Index).TrimEnd();
            var start = before.Length;
            while (start > 0 && char.IsLetter(before[start - 1]))
            {
                start--;
            }

            var word = before[start..];
            var after = text.AsSpan(m.Index + m.Length);
            var next = after.TrimStart();
            if (word.Length > 0 && next.Length > 0 && char.IsLetter(next[0]) && next.Length < after.Length && IsOneOf(word, connectors) && !InQuotation(text, m.Index))
            {
                yield return (new TextSpan(m.Index, m.Length), NothingAfter, word.ToString());
            }
        }

        foreach (var found in Marked(text, words, body))
        {
            yield return found;
        }
    }

    /// <summary>Bracketed placeholders ("[date]"), markers in capitals ("TBC") and, in the body, an empty "()".</summary>
    private static IEnumerable<(TextSpan Range, string MessageId, string? Word)> Marked(string text, string[] words, bool body)
    {
        if (text.Contains('['))
        {
            foreach (Match m in Bracketed().Matches(text))
            {
                if (IsOneOf(m.Groups["word"].ValueSpan, words))
                {
                    yield return (new TextSpan(m.Index, m.Length), NeverFilledIn, null);
                }
            }
        }

        foreach (var word in words)
        {
            if (word.Length < 2 || !word.All(char.IsUpper))
            {
                continue;
            }

            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    yield return (new TextSpan(at, word.Length), NeverFilledIn, null);
                }
            }
        }

        if (body && text.Contains('(') && text.Contains(')'))
        {
            foreach (Match m in EmptyBrackets().Matches(text))
            {
                yield return (new TextSpan(m.Index, m.Length), EmptyReference, null);
            }
        }
    }

    /// <summary>An ellipsis, a 0000 or XXXX number, a bracket pair or a placeholder word in capitals: something to look at.</summary>
    private static bool MayHold(string text, string[] words)
    {
        if (text.Contains("...", StringComparison.Ordinal) || text.Contains('…') || text.Contains("0000", StringComparison.Ordinal)
            || text.Contains("XXXX", StringComparison.OrdinalIgnoreCase) || text.Contains('[') || text.Contains("()", StringComparison.Ordinal)
            || text.Contains("( )", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[^1]) && text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True where a quotation opened before the position is not closed yet: an ellipsis there is the quoter's.</summary>
    private static bool InQuotation(string text, int position)
    {
        var before = text.AsSpan(0, position);
        return before.LastIndexOfAny("‘“«„") > before.LastIndexOfAny("’”»");
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // B8-0000/2016, RC-B8-0000/2016, 2016/0000(RSP), P8_TA(2016)0000, XXXX(RSP), 2019/XXXX(RSP), XXXX/2019.
    [GeneratedRegex(@"\b(?:(?:RC[-‑])?[ABC][0-9]{1,2}[-‑](?:0000|[Xx]{4})/[0-9]{4}|[0-9]{4}/(?:0000|[Xx]{4})\([A-Z]{3}\)|(?<![/0-9])[Xx]{4}\([A-Z]{3}\)|P[0-9]{1,2}_TA(?:-PROV)?\([0-9]{4}\)0000|[Xx]{4}/[0-9]{4})")]
    private static partial Regex Reference();

    // "…/2019", ".../2019": an act or document number still to be written.
    [GeneratedRegex(@"(?:\.{3}|…)\s?/\s?[0-9]{4}\b")]
    private static partial Regex EllipsisYear();

    // "p. …", "blz. ...", "S. …".
    [GeneratedRegex(@"\b(?:p|pp|blz|S)\.\s?(?:\.{3}|…)")]
    private static partial Regex EllipsisPage();

    // An ellipsis standing alone between spaces ("of ... on"); not "(…)", not a dot leader, not one glued to a word.
    [GeneratedRegex(@"(?<=\s)(?:\.{3}|…)(?=\s)")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\[(?<word>\p{L}+)\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\(\s?\)")]
    private static partial Regex EmptyBrackets();
}
