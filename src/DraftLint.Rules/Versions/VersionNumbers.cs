using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Text;

namespace DraftLint.Rules.Versions;

/// <summary>A number of an item written in digits, as a value: what two versions must agree on, whatever their separators.</summary>
public sealed record VersionNumber(decimal Value, string Text, TextSpan Span);

/// <summary>
/// Reads the numbers an item writes in digits as values, with its language's marks: "1,5" is one and a half in Dutch,
/// French and German and "1.5" in English; "20.000", "20,000" and "20 000" are twenty thousand. Dates and references
/// are compared by their own rules and are left out, as are years, numbers glued to letters ("28th", "28e", "G20",
/// "COVID-19") and numbers in a list of references ("60/251").
/// </summary>
internal static partial class VersionNumbers
{
    public static ImmutableArray<VersionNumber> Read(MappedText text, string decimalSeparator, IReadOnlyList<TextSpan> exclude)
    {
        var value = text.Value;
        var decimalMark = decimalSeparator.Length == 1 ? decimalSeparator[0] : '.';
        var numbers = ImmutableArray.CreateBuilder<VersionNumber>();
        foreach (Match run in Run().Matches(value))
        {
            foreach (var (start, length) in Split(value, run.Index, run.Length, decimalMark))
            {
                var before = start > 0 ? value[start - 1] : ' ';
                var after = start + length < value.Length ? value[start + length] : ' ';
                if (char.IsLetterOrDigit(before) || before is '-' or '/' or '_' || char.IsLetter(after) || after is '-' or '/' or '_' or '(')
                {
                    continue;
                }

                var written = value.Substring(start, length);
                var source = text.ToSource(new TextSpan(start, length));
                if (exclude.Any(e => e.Start < source.End && source.Start < e.End) || Parse(written, decimalMark) is not decimal parsed || (written.Length == 4 && parsed is >= 1900 and <= 2099))
                {
                    continue;
                }

                numbers.Add(new VersionNumber(parsed, written, source));
            }
        }

        return numbers.ToImmutable();
    }

    /// <summary>
    /// A run of digits and marks cut into numbers: a mark is part of a number where it groups three digits (a space or
    /// the mark that is not the decimal one) or, the last, is the decimal mark; ", " or two marks end one.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> Split(string value, int start, int length, char decimalMark)
    {
        var end = start + length;
        var numberStart = start;
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsAsciiDigit(value[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var mark = value[i];
            var next = i + 1;
            var digits = 0;
            while (next + digits < end && char.IsAsciiDigit(value[next + digits]))
            {
                digits++;
            }

            var grouping = digits == 3 && mark != decimalMark && (next + 3 >= end || !char.IsAsciiDigit(value[next + 3]));
            var fraction = mark == decimalMark && digits > 0 && (next + digits >= end || value[next + digits] != decimalMark);
            if (!grouping && !fraction)
            {
                yield return (numberStart, i - numberStart);
                i++;
                while (i < end && !char.IsAsciiDigit(value[i]))
                {
                    i++;
                }

                numberStart = i;
                continue;
            }

            i = next;
        }

        if (numberStart < end)
        {
            yield return (numberStart, end - numberStart);
        }
    }

    private static decimal? Parse(string written, char decimalMark)
    {
        var plain = new System.Text.StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                plain.Append(c);
            }
            else if (c == decimalMark)
            {
                plain.Append('.');
            }
        }

        return decimal.TryParse(plain.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    // Digits with the marks that can stand inside a number between them: spaces (also no-break and narrow), points, commas.
    [GeneratedRegex("[0-9](?:[0-9]|[ \u00a0\u202f.,](?=[0-9]))*")]
    private static partial Regex Run();
}
