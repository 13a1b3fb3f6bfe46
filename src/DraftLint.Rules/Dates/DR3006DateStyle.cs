using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>DR3006: a date not written as the EU Interinstitutional Style Guide writes it (no ordinals, day month year, no leading zero).</summary>
public sealed class DR3006DateStyle : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3006",
        "Date style",
        "'{0}' uses an ordinal; the EU style is '{1}'.",
        "Style",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "The Interinstitutional Style Guide writes dates as '3 February 2012': no ordinal ('3rd'), the day before the month, "
        + "no comma, no leading zero ('03'), also in numeric dates ('20.8.2008'); a range opened by 'from' or 'between' is written out "
        + "('from 2 to 13 December', not 'from 2-13 December'; rangeIntroducers in rules/lang/XX/pack.json).")
    {
        AlternativeMessageFormats =
        [
            (LeadingZero, "'{0}' has a leading zero; the EU style is '{1}'."),
            (MonthFirst, "'{0}' puts the month before the day; the EU style is '{1}'."),
            (DashedRange, "'{0}' joins its days with a dash after '{2}'; the EU style is '{1}'."),
        ],
    };

    private const string LeadingZero = "leading-zero";
    private const string MonthFirst = "month-first";
    private const string DashedRange = "dashed-range";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var introducers = document.Options.Data.GetLanguage(document.Document.Language).RangeIntroducers;
            foreach (var date in document.SemanticModel.Dates)
            {
                // A date that cannot exist is DR3002's; its style is beside the point ('00 February' is not '0 February').
                if (!date.IsValid)
                {
                    continue;
                }

                var text = date.Item.Text;
                string? messageId = null;
                CodeFix? fix = null;
                var styled = "";
                string? opener = null;
                var range = date.Range;
                if (date.OrdinalRange is { } ordinal)
                {
                    messageId = DiagnosticDescriptor.DefaultMessageId;
                    styled = Without(date, ordinal);
                    fix = new CodeFix("Remove the ordinal suffix", [new TextEdit(text.ToSource(ordinal), "")]);
                }
                else if (date.LeadingZeroRange is { } zero)
                {
                    messageId = LeadingZero;
                    styled = Without(date, zero);
                    fix = new CodeFix("Remove the leading zero", [new TextEdit(text.ToSource(zero), "")]);
                }
                else if (date.MonthFirst && date is { Day: int day, Year: int year })
                {
                    var monthText = date.Text.Split(' ', '.')[0];
                    messageId = MonthFirst;
                    styled = $"{day} {monthText} {year}";
                    fix = CodeFix.Replace("Write the day before the month", date.SourceSpan, styled);
                }
                else if (date.Form == DateForm.DayRange && WrittenOut(text.Value, date, introducers) is { } writtenOut)
                {
                    (range, styled) = writtenOut;
                    messageId = DashedRange;
                    opener = text.Value[range.Start..].Split(' ')[0];
                    fix = CodeFix.Replace("Write the range out", text.ToSource(range), styled);
                }

                if (messageId is null)
                {
                    continue;
                }

                // Across a line break a fix's span would cover the break: only a fix of a character or two is kept.
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(document.Document.Source, text.ToSource(range)),
                    opener is null ? [text.Value.Substring(range.Start, range.Length), styled] : [text.Value.Substring(range.Start, range.Length), styled, opener],
                    fix: text.IsContiguous(range) || fix is { Edits: [{ Span.Length: <= 2 }] } ? fix : null,
                    logicalLocation: date.Item.DisplayName,
                    messageId: messageId));
            }
        });

    /// <summary>
    /// For "from 2-13 December 2019": the span from the opening word to the date's end and the range written out
    /// ("from 2 to 13 December 2019"); null where no introducer stands right before a range joined by a dash.
    /// </summary>
    private static (Text.TextSpan Range, string Styled)? WrittenOut(string text, DateMention date, string[][] introducers)
    {
        var value = date.Text;
        var first = 0;
        while (first < value.Length && char.IsAsciiDigit(value[first]))
        {
            first++;
        }

        var dash = first;
        while (dash < value.Length && value[dash] == ' ')
        {
            dash++;
        }

        if (first == 0 || dash >= value.Length || value[dash] is not ('-' or '–' or '‑'))
        {
            return null;
        }

        var second = dash + 1;
        while (second < value.Length && value[second] == ' ')
        {
            second++;
        }

        var wordEnd = date.Range.Start;
        while (wordEnd > 0 && text[wordEnd - 1] == ' ')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        foreach (var pair in introducers)
        {
            if (pair is [var opener, var closer] && word.Equals(opener, StringComparison.OrdinalIgnoreCase))
            {
                var styled = $"{word} {value[..first]} {closer} {value[second..]}";
                return (Text.TextSpan.FromBounds(wordStart, date.Range.End), styled);
            }
        }

        return null;
    }

    private static string Without(DateMention date, Text.TextSpan part) =>
        date.Text.Remove(part.Start - date.Range.Start, part.Length);
}
