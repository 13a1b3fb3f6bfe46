using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5011: two punctuation marks where one belongs (",,", ";;", "..", ",.", "; ;").</summary>
public sealed class DR5011DoubledPunctuation : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5011",
        "Doubled punctuation",
        "'{0}' doubles the punctuation; write '{1}'.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A comma, semicolon, colon or full stop followed by another one (',,', ';;', '..', ',.', ';,') is left over from an edit. "
        + "Where the two marks are the same and touch, the fix deletes the second; where they differ, or a space stands between "
        + "them (', ,' often marks a deleted word), which to keep is the drafter's choice and there is no fix. An ellipsis ('...'), "
        + "an abbreviation's point before a comma or semicolon ('etc.,', '2020 r.,'), URLs and the heading's page chrome are not reported.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = [(KeepOne, "'{0}' doubles the punctuation; keep one mark.")],
    };

    private const string KeepOne = "keep-one";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start => start.RegisterTextAction(text =>
        {
            // The heading is page chrome as often as text: a list of signatories with the names cut out reads ", , ,".
            if (text.Node.Kind == SyntaxKind.HeaderLine)
            {
                return;
            }

            var value = text.Text.Value;
            List<TextSpan>? urls = null;
            for (var at = value.IndexOfAny(Marks); at >= 0 && at + 1 < value.Length; at = value.IndexOfAny(Marks, at + 1))
            {
                var next = at + 1;
                while (next < value.Length && value[next] == ' ')
                {
                    next++;
                }

                // A point starts an abbreviation's "etc.," or an ellipsis; a second mark after it is only doubled when it is
                // a point too ("Council.."), and three points or more are an ellipsis.
                if (next >= value.Length || Array.IndexOf(Marks, value[next]) < 0
                    || (value[at] == '.' && (value[next] != '.' || next > at + 1 || (at > 0 && value[at - 1] == '.') || (next + 1 < value.Length && value[next + 1] == '.'))))
                {
                    continue;
                }

                // "..." written after a comma (", ...") is an ellipsis, not a doubled mark.
                if (value[next] == '.' && next + 1 < value.Length && value[next + 1] == '.')
                {
                    continue;
                }

                urls ??= Urls.FindAny(value);
                if (Urls.AnyCovers(urls, at))
                {
                    continue;
                }

                var range = TextSpan.FromBounds(at, next + 1);
                var same = value[at] == value[next] && next == at + 1;
                var source = text.Text.ToSource(range);
                text.Report(
                    Descriptor,
                    range,
                    same ? [value[at..(next + 1)], value[at]] : [value[at..(next + 1)]],
                    same && text.Text.IsContiguous(range) ? CodeFix.Replace($"Delete the second '{value[at]}'", TextSpan.FromBounds(source.End - 1, source.End), "") : null,
                    messageId: same ? DiagnosticDescriptor.DefaultMessageId : KeepOne);
                at = next;
            }
        }));

    private static readonly char[] Marks = [',', ';', ':', '.'];
}
