using DraftLint.Data;

namespace DraftLint.Semantics;

/// <summary>
/// The forms of a date, read by hand at one position of a text from a language's tables. It answers what this
/// regular expression answers when anchored there (ignoring case, words of a phrase separated by white space,
/// each word list tried longest first, and an optional part taken when the rest still matches):
/// <code>
/// (?&lt;![\p{L}\d/(_.‑-])
/// (?:(?&lt;wd&gt;weekday),?\s+)?
/// (?: (?&lt;d&gt;\d{1,2})(?&lt;o&gt;ordinal)?\s*(?:[-–]|\s(?:range)\s)\s*(?&lt;d2&gt;\d{1,2})(?:ordinal)?\s+(?&lt;m&gt;month)\.?(?:\s+(?&lt;y&gt;Year))?
///   | (?&lt;d&gt;\d{1,2})(?&lt;o&gt;ordinal)?\.?\s+(?:of\s+)?(?&lt;m&gt;month)\.?(?:,?\s+(?&lt;y&gt;Year))?
///   | (?&lt;mf&gt;(?&lt;m&gt;month)\.?\s+(?&lt;d&gt;\d{1,2})(?&lt;o&gt;ordinal)?,?\s+(?&lt;y&gt;Year))
///   | (?:(?&lt;approx&gt;approximate)[-\s])?(?&lt;m&gt;month)\.?\s+(?&lt;y&gt;Year)
///   | (?&lt;nd&gt;\d{1,2})(?&lt;sep&gt;[./])(?&lt;nm&gt;\d{1,2})\k&lt;sep&gt;(?&lt;ny&gt;Year)
///   | (?&lt;iy&gt;Year)-(?&lt;im&gt;\d{2})-(?&lt;id&gt;\d{2})
///   | (?&lt;y&gt;Year)\s?[-–]\s?(?&lt;y2&gt;Year)
///   | (?&lt;=\b(?:preposition)\s)(?&lt;m&gt;month)(?!\.?\s*\d)
///   | (?&lt;y&gt;Year) )
/// (?![\p{L}\d/)_]|[-‑]\d)          where Year = (?:1[89]|20)\d{2}
/// </code>
/// The expression, interpreted at each of the ~30 candidates of a draft, with a Match and its groups made for each,
/// was the largest cost left in date recognition; this reads the same alternatives in the same order without
/// allocating. <c>DatePatternTests</c> checks both answer alike on thousands of generated texts. Words are compared
/// ignoring case ordinally, where the expression used the regular-expression engine's case table: the two differ
/// only on characters such as the Kelvin sign, which no month name holds.
/// </summary>
internal sealed class DatePattern
{
    private readonly string[] _months;
    private readonly string[] _weekdays;
    private readonly string[] _ordinals;
    private readonly string[] _dayMonthConnectors;
    private readonly string[][] _ranges;
    private readonly string[][] _approximates;
    private readonly string[][] _prepositions;

    public DatePattern(IEnumerable<string> months, IEnumerable<string> weekdays, LanguageData language)
    {
        _months = Longest(months);
        _weekdays = Longest(weekdays);
        _ordinals = Longest(language.OrdinalSuffixes);
        _dayMonthConnectors = language.DayMonthConnectors;
        _ranges = Phrases(language.RangeWords);
        _approximates = Phrases(language.ApproximateMonthPrefixes);
        _prepositions = Phrases(language.MonthAlonePrepositions);
    }

    /// <summary>The parts of a date read at one position; a part the text does not give has Start -1.</summary>
    public struct Parts
    {
        public Part Whole, Weekday, Day, Ordinal, Day2, Month, Year, Year2, NumericDay, NumericMonth, NumericYear, IsoYear, IsoMonth, IsoDay;
        public char Separator;
        public bool MonthFirst, Approximate;

        internal static Parts None => new()
        {
            Whole = Part.None, Weekday = Part.None, Day = Part.None, Ordinal = Part.None, Day2 = Part.None, Month = Part.None,
            Year = Part.None, Year2 = Part.None, NumericDay = Part.None, NumericMonth = Part.None, NumericYear = Part.None,
            IsoYear = Part.None, IsoMonth = Part.None, IsoDay = Part.None,
        };
    }

    /// <summary>A part's place in the text: [Start, End).</summary>
    public readonly record struct Part(int Start, int End)
    {
        public static Part None => new(-1, -1);

        public bool Found => Start >= 0;

        public int Length => End - Start;
    }

    /// <summary>Reads a date that starts exactly at <paramref name="start"/>.</summary>
    public bool TryMatch(string text, int start, out Parts parts)
    {
        parts = Parts.None;
        if (!MayStartAt(text, start))
        {
            return false;
        }

        // The weekday is optional and tried first: "Monday, 16 December 2011".
        Span<int> ends = stackalloc int[_weekdays.Length];
        var count = Alternatives(text, start, _weekdays, ends);
        for (var k = 0; k < count; k++)
        {
            var after = ends[k] < text.Length && text[ends[k]] == ',' ? ends[k] + 1 : ends[k];
            var next = SkipSpace(text, after);
            if (next > after && Body(text, next, ref parts))
            {
                parts.Weekday = new Part(start, ends[k]);
                parts.Whole = new Part(start, parts.Whole.End);
                return true;
            }
        }

        return Body(text, start, ref parts);
    }

    /// <summary>A character the pattern's look-behind forbids before a date: a letter, digit, '/', '(', '_', '.' or hyphen.</summary>
    public static bool IsBeforeNoDate(char c) => char.IsLetterOrDigit(c) || c is '/' or '(' or '_' or '.' or '‑' or '-';

    /// <summary>
    /// The pattern's look-behind: no date opens after those characters, except after '(' where the date is not a bare
    /// year: "(15 February 2007)" is a date, the "(2011)" of "P7_TA(2011)0588" is not.
    /// </summary>
    public static bool MayStartAt(string text, int start) =>
        start == 0 || !IsBeforeNoDate(text[start - 1]) || (text[start - 1] == '(' && !IsBareYearAt(text, start));

    private static bool IsBareYearAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - start == 4;
    }

    // The nine alternatives, in the pattern's order; each resets the parts it does not set.
    private bool Body(string text, int p, ref Parts parts)
    {
        parts = Parts.None;
        if (DayRange(text, p, ref parts) || DayMonth(text, p, ref parts) || MonthDayYear(text, p, ref parts) || MonthYear(text, p, ref parts)
            || NumericDate(text, p, ref parts) || IsoDate(text, p, ref parts) || YearRange(text, p, ref parts) || MonthAlone(text, p, ref parts)
            || YearAlone(text, p, ref parts))
        {
            return true;
        }

        parts = Parts.None;
        return false;
    }

    // d o? \s* ([-–] | \s range \s) \s* d2 ordinal? \s+ m \.? (\s+ y)?
    private bool DayRange(string text, int p, ref Parts parts)
    {
        var dayEnd = Day(text, p);
        if (dayEnd < 0)
        {
            return false;
        }

        Span<int> ordinals = stackalloc int[_ordinals.Length + 1];
        Span<int> ranges = stackalloc int[_ranges.Length];
        var ordinalCount = Optional(text, dayEnd, _ordinals, ordinals);
        for (var o = 0; o < ordinalCount; o++)
        {
            var spaceEnd = SkipSpace(text, ordinals[o]);
            parts.Day = new Part(p, dayEnd);
            parts.Ordinal = ordinals[o] > dayEnd ? new Part(dayEnd, ordinals[o]) : Part.None;
            if (spaceEnd < text.Length && text[spaceEnd] is '-' or '–' && DayRangeEnd(text, p, spaceEnd + 1, ref parts))
            {
                return true;
            }

            // "\s range \s": the range word right after the white space, and one white-space character after it.
            var rangeCount = spaceEnd > ordinals[o] ? PhraseAlternatives(text, spaceEnd, _ranges, ranges) : 0;
            for (var r = 0; r < rangeCount; r++)
            {
                if (ranges[r] < text.Length && char.IsWhiteSpace(text[ranges[r]]) && DayRangeEnd(text, p, ranges[r] + 1, ref parts))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // \s* d2 ordinal? \s+ m \.? (\s+ y)?
    private bool DayRangeEnd(string text, int start, int p, ref Parts parts)
    {
        var day2Start = SkipSpace(text, p);
        var day2End = Day(text, day2Start);
        if (day2End < 0)
        {
            return false;
        }

        Span<int> ordinals = stackalloc int[_ordinals.Length + 1];
        var ordinalCount = Optional(text, day2End, _ordinals, ordinals);
        for (var o = 0; o < ordinalCount; o++)
        {
            var monthStart = SkipSpace(text, ordinals[o]);
            parts.Day2 = new Part(day2Start, day2End);
            if (monthStart > ordinals[o] && MonthThenYear(text, start, monthStart, yearComma: false, ref parts))
            {
                return true;
            }
        }

        parts.Day2 = Part.None;
        return false;
    }

    // d o? \.? \s+ (connector \s+)? m \.? (,? \s+ y)?
    private bool DayMonth(string text, int p, ref Parts parts)
    {
        parts = Parts.None;
        var dayEnd = Day(text, p);
        if (dayEnd < 0)
        {
            return false;
        }

        Span<int> ordinals = stackalloc int[_ordinals.Length + 1];
        var ordinalCount = Optional(text, dayEnd, _ordinals, ordinals);
        for (var o = 0; o < ordinalCount; o++)
        {
            for (var dot = OptionalEnd(text, ordinals[o], '.'); dot >= ordinals[o]; dot--)
            {
                var spaceEnd = SkipSpace(text, dot);
                if (spaceEnd == dot)
                {
                    continue;
                }

                parts.Day = new Part(p, dayEnd);
                parts.Ordinal = ordinals[o] > dayEnd ? new Part(dayEnd, ordinals[o]) : Part.None;

                // A connector of the language ("15th of March") and the white space after it, or neither.
                foreach (var connector in _dayMonthConnectors)
                {
                    if (text.AsSpan(spaceEnd).StartsWith(connector, StringComparison.OrdinalIgnoreCase))
                    {
                        var afterConnector = SkipSpace(text, spaceEnd + connector.Length);
                        if (afterConnector > spaceEnd + connector.Length && MonthThenYear(text, p, afterConnector, yearComma: true, ref parts))
                        {
                            return true;
                        }
                    }
                }

                if (MonthThenYear(text, p, spaceEnd, yearComma: true, ref parts))
                {
                    return true;
                }
            }
        }

        parts = Parts.None;
        return false;
    }

    // m \.? (,? \s+ y)? with the comma only where yearComma; sets Month, Year and Whole.
    private bool MonthThenYear(string text, int start, int p, bool yearComma, ref Parts parts)
    {
        Span<int> months = stackalloc int[_months.Length];
        var monthCount = Alternatives(text, p, _months, months);
        for (var m = 0; m < monthCount; m++)
        {
            for (var dot = OptionalEnd(text, months[m], '.'); dot >= months[m]; dot--)
            {
                parts.Month = new Part(p, months[m]);
                for (var comma = yearComma ? OptionalEnd(text, dot, ',') : dot; comma >= dot; comma--)
                {
                    var yearStart = SkipSpace(text, comma);
                    if (yearStart > comma && Year(text, yearStart) is var yearEnd and >= 0 && AtEnd(text, yearEnd))
                    {
                        parts.Year = new Part(yearStart, yearEnd);
                        parts.Whole = new Part(start, yearEnd);
                        return true;
                    }
                }

                if (AtEnd(text, dot))
                {
                    parts.Year = Part.None;
                    parts.Whole = new Part(start, dot);
                    return true;
                }
            }
        }

        parts.Month = Part.None;
        return false;
    }

    // m \.? \s+ d o? ,? \s+ y
    private bool MonthDayYear(string text, int p, ref Parts parts)
    {
        parts = Parts.None;
        Span<int> months = stackalloc int[_months.Length];
        Span<int> ordinals = stackalloc int[_ordinals.Length + 1];
        var monthCount = Alternatives(text, p, _months, months);
        for (var m = 0; m < monthCount; m++)
        {
            for (var dot = OptionalEnd(text, months[m], '.'); dot >= months[m]; dot--)
            {
                var dayStart = SkipSpace(text, dot);
                var dayEnd = dayStart > dot ? Day(text, dayStart) : -1;
                var ordinalCount = dayEnd < 0 ? 0 : Optional(text, dayEnd, _ordinals, ordinals);
                for (var o = 0; o < ordinalCount; o++)
                {
                    for (var comma = OptionalEnd(text, ordinals[o], ','); comma >= ordinals[o]; comma--)
                    {
                        var yearStart = SkipSpace(text, comma);
                        if (yearStart > comma && Year(text, yearStart) is var yearEnd and >= 0 && AtEnd(text, yearEnd))
                        {
                            parts.Month = new Part(p, months[m]);
                            parts.Day = new Part(dayStart, dayEnd);
                            parts.Ordinal = ordinals[o] > dayEnd ? new Part(dayEnd, ordinals[o]) : Part.None;
                            parts.Year = new Part(yearStart, yearEnd);
                            parts.MonthFirst = true;
                            parts.Whole = new Part(p, yearEnd);
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the "approximately" phrases ("the end of", "eind van") is written at p, its words apart by white
    /// space: what the recognizer asks at a phrase's first word before it tries the pattern there (not every "the").
    /// </summary>
    public bool ApproximatePhraseAt(string text, int p)
    {
        Span<int> ends = stackalloc int[_approximates.Length];
        return PhraseAlternatives(text, p, _approximates, ends) > 0;
    }

    // (approximate [-\s])? m \.? \s+ y
    private bool MonthYear(string text, int p, ref Parts parts)
    {
        parts = Parts.None;
        Span<int> approximates = stackalloc int[_approximates.Length];
        var approximateCount = PhraseAlternatives(text, p, _approximates, approximates);
        for (var a = 0; a < approximateCount; a++)
        {
            var end = approximates[a];
            if (end < text.Length && (text[end] == '-' || char.IsWhiteSpace(text[end])) && MonthSpaceYear(text, p, end + 1, ref parts))
            {
                parts.Approximate = true;
                return true;
            }
        }

        return MonthSpaceYear(text, p, p, ref parts);
    }

    // m \.? \s+ y
    private bool MonthSpaceYear(string text, int start, int p, ref Parts parts)
    {
        Span<int> months = stackalloc int[_months.Length];
        var monthCount = Alternatives(text, p, _months, months);
        for (var m = 0; m < monthCount; m++)
        {
            for (var dot = OptionalEnd(text, months[m], '.'); dot >= months[m]; dot--)
            {
                var yearStart = SkipSpace(text, dot);
                if (yearStart > dot && Year(text, yearStart) is var yearEnd and >= 0 && AtEnd(text, yearEnd))
                {
                    parts.Month = new Part(p, months[m]);
                    parts.Year = new Part(yearStart, yearEnd);
                    parts.Whole = new Part(start, yearEnd);
                    return true;
                }
            }
        }

        return false;
    }

    // nd [./] nm \k<sep> ny
    private static bool NumericDate(string text, int p, ref Parts parts)
    {
        var dayEnd = Day(text, p);
        if (dayEnd < 0 || dayEnd >= text.Length || text[dayEnd] is not ('.' or '/'))
        {
            return false;
        }

        var separator = text[dayEnd];
        var monthEnd = Day(text, dayEnd + 1);
        if (monthEnd < 0 || monthEnd >= text.Length || text[monthEnd] != separator || Year(text, monthEnd + 1) is not (var yearEnd and >= 0) || !AtEnd(text, yearEnd))
        {
            return false;
        }

        parts.NumericDay = new Part(p, dayEnd);
        parts.Separator = separator;
        parts.NumericMonth = new Part(dayEnd + 1, monthEnd);
        parts.NumericYear = new Part(monthEnd + 1, yearEnd);
        parts.Whole = new Part(p, yearEnd);
        return true;
    }

    // iy - \d{2} - \d{2}
    private static bool IsoDate(string text, int p, ref Parts parts)
    {
        var yearEnd = Year(text, p);
        if (yearEnd < 0 || yearEnd + 6 > text.Length || text[yearEnd] != '-' || !char.IsDigit(text[yearEnd + 1]) || !char.IsDigit(text[yearEnd + 2])
            || text[yearEnd + 3] != '-' || !char.IsDigit(text[yearEnd + 4]) || !char.IsDigit(text[yearEnd + 5]) || !AtEnd(text, yearEnd + 6))
        {
            return false;
        }

        parts.IsoYear = new Part(p, yearEnd);
        parts.IsoMonth = new Part(yearEnd + 1, yearEnd + 3);
        parts.IsoDay = new Part(yearEnd + 4, yearEnd + 6);
        parts.Whole = new Part(p, yearEnd + 6);
        return true;
    }

    // y \s? [-–] \s? y2
    private static bool YearRange(string text, int p, ref Parts parts)
    {
        var yearEnd = Year(text, p);
        for (var dash = yearEnd < 0 ? -1 : OptionalSpaceEnd(text, yearEnd); dash >= yearEnd && yearEnd >= 0; dash--)
        {
            if (dash >= text.Length || text[dash] is not ('-' or '–'))
            {
                continue;
            }

            for (var year2 = OptionalSpaceEnd(text, dash + 1); year2 > dash; year2--)
            {
                if (Year(text, year2) is var year2End and >= 0 && AtEnd(text, year2End))
                {
                    parts.Year = new Part(p, yearEnd);
                    parts.Year2 = new Part(year2, year2End);
                    parts.Whole = new Part(p, year2End);
                    return true;
                }
            }
        }

        return false;
    }

    // (?<=\b preposition \s) m (?!\.?\s*\d)
    private bool MonthAlone(string text, int p, ref Parts parts)
    {
        if (!AfterPreposition(text, p))
        {
            return false;
        }

        Span<int> months = stackalloc int[_months.Length];
        var monthCount = Alternatives(text, p, _months, months);
        for (var m = 0; m < monthCount; m++)
        {
            var next = months[m] < text.Length && text[months[m]] == '.' ? months[m] + 1 : months[m];
            next = SkipSpace(text, next);
            if (next < text.Length && char.IsDigit(text[next]))
            {
                continue;
            }

            if (AtEnd(text, months[m]))
            {
                parts.Month = new Part(p, months[m]);
                parts.Whole = new Part(p, months[m]);
                return true;
            }
        }

        return false;
    }

    private static bool YearAlone(string text, int p, ref Parts parts)
    {
        if (Year(text, p) is not (var yearEnd and >= 0) || !AtEnd(text, yearEnd))
        {
            return false;
        }

        parts.Year = new Part(p, yearEnd);
        parts.Whole = new Part(p, yearEnd);
        return true;
    }

    /// <summary>Whether one of the prepositions, as a whole word, and one white-space character stand right before p.</summary>
    private bool AfterPreposition(string text, int p)
    {
        if (p == 0 || !char.IsWhiteSpace(text[p - 1]))
        {
            return false;
        }

        foreach (var words in _prepositions)
        {
            var end = p - 1;
            var matched = true;
            for (var w = words.Length - 1; w >= 0 && matched; w--)
            {
                var word = words[w];
                matched = end >= word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
                end -= word.Length;
                if (matched && w > 0)
                {
                    var spaces = end;
                    while (end > 0 && char.IsWhiteSpace(text[end - 1]))
                    {
                        end--;
                    }

                    matched = end < spaces;
                }
            }

            if (matched && (end > 0 && IsWordCharacter(text[end - 1])) != IsWordCharacter(text[end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The closing look-ahead: no letter, digit, '/' or '_' next, nor a hyphen and a digit.</summary>
    private static bool AtEnd(string text, int p)
    {
        if (p >= text.Length)
        {
            return true;
        }

        var c = text[p];
        // A closing bracket may follow ("(15 February 2007)"): a bracketed bare year ("TA(2011)") is turned away before it.
        return !(char.IsLetterOrDigit(c) || c is '/' or '_' || (c is '-' or '‑' && p + 1 < text.Length && char.IsDigit(text[p + 1])));
    }

    /// <summary>The end of a day or month number (\d{1,2}) at p, or -1. A third digit after it fails every alternative that reads one.</summary>
    private static int Day(string text, int p)
    {
        if (p >= text.Length || !char.IsDigit(text[p]))
        {
            return -1;
        }

        var end = p + 1 < text.Length && char.IsDigit(text[p + 1]) ? p + 2 : p + 1;
        return end < text.Length && char.IsDigit(text[end]) ? -1 : end;
    }

    /// <summary>The end of a year (18xx, 19xx, 20xx) at p, or -1.</summary>
    private static int Year(string text, int p) =>
        p + 4 <= text.Length
        && ((text[p] == '1' && text[p + 1] is '8' or '9') || (text[p] == '2' && text[p + 1] == '0'))
        && char.IsDigit(text[p + 2]) && char.IsDigit(text[p + 3])
            ? p + 4
            : -1;

    private static int SkipSpace(string text, int p)
    {
        while (p < text.Length && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>The ends of the words that match at p, in the list's order.</summary>
    private static int Alternatives(string text, int p, string[] words, Span<int> ends)
    {
        var count = 0;
        var rest = text.AsSpan(p);
        foreach (var word in words)
        {
            if (StartsWithIgnoringCase(rest, word))
            {
                ends[count++] = p + word.Length;
            }
        }

        return count;
    }

    /// <summary>The ends of the phrases that match at p, in the list's order; words are separated by white space.</summary>
    private static int PhraseAlternatives(string text, int p, string[][] phrases, Span<int> ends)
    {
        var count = 0;
        foreach (var words in phrases)
        {
            var end = p;
            var matched = true;
            for (var w = 0; w < words.Length && matched; w++)
            {
                if (w > 0)
                {
                    var spaces = end;
                    end = SkipSpace(text, end);
                    matched = end > spaces;
                }

                matched = matched && StartsWithIgnoringCase(text.AsSpan(end), words[w]);
                end += words[w].Length;
            }

            if (matched)
            {
                ends[count++] = end;
            }
        }

        return count;
    }

    /// <summary>
    /// <c>rest.StartsWith(word, OrdinalIgnoreCase)</c>, with most words turned away at the first letter: two ASCII
    /// characters that differ in more than the case bit never match ignoring case (beyond ASCII, 'ſ' matches 's':
    /// left to the comparison).
    /// </summary>
    private static bool StartsWithIgnoringCase(ReadOnlySpan<char> rest, string word) =>
        (word.Length == 0 || rest.IsEmpty || !char.IsAscii(word[0]) || !char.IsAscii(rest[0]) || (word[0] | 0x20) == (rest[0] | 0x20))
        && rest.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>An optional word of the list at p, greedy: the ends with each matching word, then p itself.</summary>
    private static int Optional(string text, int p, string[] words, Span<int> ends)
    {
        var count = Alternatives(text, p, words, ends);
        ends[count++] = p;
        return count;
    }

    /// <summary>Where an optional character (c?) may end, greedy first: p + 1 where the text has c at p, else p; then p.</summary>
    private static int OptionalEnd(string text, int p, char c) => p < text.Length && text[p] == c ? p + 1 : p;

    /// <summary>Where an optional white-space character (\s?) may end, greedy first.</summary>
    private static int OptionalSpaceEnd(string text, int p) => p < text.Length && char.IsWhiteSpace(text[p]) ? p + 1 : p;

    /// <summary>A character of \w as a word boundary reads it: a letter, a non-spacing mark, a decimal digit, a connector, ZWJ or ZWNJ.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '\u200D' or '\u200C'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>Words longest first, as the alternation tries them (ties keep the table's order).</summary>
    private static string[] Longest(IEnumerable<string> words) => [.. words.Where(w => w.Length > 0).OrderByDescending(w => w.Length)];

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        [.. phrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0)];
}
