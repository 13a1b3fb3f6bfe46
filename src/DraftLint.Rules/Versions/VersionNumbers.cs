using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Text;

namespace DraftLint.Rules.Versions;

/// <summary>
/// A number of an item written in digits, as a value: what two versions must agree on, whatever their separators. An
/// amount carries its scale word's factor ("1,5 miljard": 1.5 × 10^9) and its currency ("EUR", from "EUR", "€" or
/// "euro" on either side); <see cref="Scale"/> is null where the version's language has no scale words to read.
/// </summary>
public sealed record VersionNumber(decimal Value, string Text, TextSpan Span, decimal? Scale = 1, string? Currency = null)
{
    /// <summary>
    /// The same number in two versions: the same amount (scaled where both languages read scale words, as written
    /// otherwise) and no two different currencies. A currency one version leaves to the context is no difference.
    /// </summary>
    public bool SameAs(VersionNumber other) =>
        (Currency is null || other.Currency is null || Currency == other.Currency)
        && (Scale is { } scale && other.Scale is { } otherScale ? Value * scale == other.Value * otherScale : Value == other.Value);
}

/// <summary>
/// Reads the numbers an item writes in digits as values, with its language's marks: "1,5" is one and a half in Dutch,
/// French and German and "1.5" in English; "20.000", "20,000" and "20 000" are twenty thousand. Dates and references
/// are compared by their own rules and are left out, as are years, numbers glued to letters ("28th", "28e", "G20",
/// "COVID-19") and numbers in a list of references ("60/251"). A scale word after a number ("million", "miljard",
/// "Mrd.") and a currency before or after it ("EUR 10 million", "10 miljoen euro", "€10") make it an amount.
/// </summary>
internal static partial class VersionNumbers
{
    public static ImmutableArray<VersionNumber> Read(MappedText text, LanguageData language, StructureData structure, IReadOnlyList<TextSpan> exclude)
    {
        var value = text.Value;
        var decimalMark = language.DecimalSeparator.Length == 1 ? language.DecimalSeparator[0] : '.';
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
                if (exclude.Any(e => e.Start < source.End && source.Start < e.End) || Parse(written, decimalMark) is not decimal parsed)
                {
                    continue;
                }

                var (scaled, scale, scaleEnd) = Following(value, start + length, language.ScaleWords);
                var (_, currencyAfter, afterEnd) = Following(value, scaleEnd, language.CurrencyWords, structure.Currencies);
                var (currencyBefore, beforeStart) = Preceding(value, start, structure.Currencies);

                // A year is no amount ("in 2015"), but "EUR 2000 million" is.
                if (!scaled && currencyAfter is null && currencyBefore is null && written.Length == 4 && parsed is >= 1900 and <= 2099)
                {
                    continue;
                }

                var (from, to) = (currencyBefore is null ? start : beforeStart, currencyAfter is null ? scaleEnd : afterEnd);
                numbers.Add(new VersionNumber(
                    parsed,
                    value[from..to],
                    text.ToSource(new TextSpan(from, to - from)),
                    language.ScaleWords.Count == 0 ? null : scaled ? scale : 1,
                    currencyBefore ?? currencyAfter));
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

    /// <summary>
    /// The word of <paramref name="words"/> (or, failing one, of <paramref name="more"/>) after the spaces at
    /// <paramref name="at"/>, the longest first, whole ("Millionen" is not "Million" and a letter), with what it stands
    /// for and where it ends; nothing and <paramref name="at"/> where none follows.
    /// </summary>
    private static (bool Found, T? Meaning, int End) Following<T>(string value, int at, Dictionary<string, T> words, Dictionary<string, T>? more = null)
    {
        var start = at;
        while (start < value.Length && value[start] is ' ' or '\u00a0' or '\u202f')
        {
            start++;
        }

        foreach (var candidates in more is null ? [words] : new[] { words, more })
        {
            foreach (var (word, meaning) in candidates.OrderByDescending(w => w.Key.Length))
            {
                var end = start + word.Length;
                if (end <= value.Length && string.Compare(value, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (end == value.Length || !char.IsLetterOrDigit(value[end])))
                {
                    return (true, meaning, end);
                }
            }
        }

        return (false, default, at);
    }

    /// <summary>The currency code or sign just before a number ("EUR 10", "€10", "US$ 5"), with where it starts.</summary>
    private static (string? Code, int Start) Preceding(string value, int at, Dictionary<string, string> currencies)
    {
        var end = at;
        while (end > 0 && value[end - 1] is ' ' or '\u00a0' or '\u202f')
        {
            end--;
        }

        foreach (var (sign, code) in currencies.OrderByDescending(c => c.Key.Length))
        {
            var start = end - sign.Length;
            // A code is a word of its own ("EUR 10", not "…EUR 10"); a sign may follow a letter ("US$").
            if (start >= 0 && string.CompareOrdinal(value, start, sign, 0, sign.Length) == 0 && (start == 0 || !char.IsLetterOrDigit(value[start - 1]) || !char.IsLetter(sign[0])))
            {
                return (code, start);
            }
        }

        return (null, at);
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
