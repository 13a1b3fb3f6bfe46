using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>
/// Finds the dates in an item's text, in the forms a drafter writes them, from the month and weekday names of
/// the language's table (so a new language is data). Footnote markers glued to years were already removed
/// from the item text by the parser ("20111" reads "2011").
/// </summary>
public sealed class DateRecognizer
{
    private static readonly ConcurrentDictionary<LanguageData, DateRecognizer> Cache = new();

    private readonly LanguageData _language;
    private readonly Regex _pattern;
    private readonly Dictionary<string, int> _months;
    private readonly Dictionary<string, int> _weekdays;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    // The "approximately" phrases ("the end of", "eind van") by first word, each as the words that follow it.
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _phrasesByFirstWord;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _listWords;

    // The pattern's groups by number (a lookup by name costs a dictionary search per group per date).
    private readonly int _approx, _d, _d2, _id, _im, _iy, _m, _mf, _nd, _nm, _ny, _o, _sep, _wd, _y, _y2;

    private DateRecognizer(LanguageData language)
    {
        _language = language;
        _months = Index(language.Months);
        _weekdays = Index(language.Weekdays.Select(names => names.Take(1).ToArray()).ToArray());
        var month = Alternation(_months.Keys);
        var weekday = Alternation(_weekdays.Keys);
        var ordinal = Alternation(language.OrdinalSuffixes);
        var range = Alternation(language.RangeWords);
        var approximate = Alternation(language.ApproximateMonthPrefixes);
        var preposition = Alternation(language.MonthAlonePrepositions);
        const string Year = @"(?:1[89]|20)\d{2}";
        var pattern = $$"""
            (?<![\p{L}\d/(_.‑-])
            (?:(?<wd>{{weekday}}),?\s+)?
            (?:
                (?<d>\d{1,2})(?<o>{{ordinal}})?\s*(?:[-–]|\s(?:{{range}})\s)\s*(?<d2>\d{1,2})(?:{{ordinal}})?\s+(?<m>{{month}})\.?(?:\s+(?<y>{{Year}}))?
              | (?<d>\d{1,2})(?<o>{{ordinal}})?\.?\s+(?:of\s+)?(?<m>{{month}})\.?(?:,?\s+(?<y>{{Year}}))?
              | (?<mf>(?<m>{{month}})\.?\s+(?<d>\d{1,2})(?<o>{{ordinal}})?,?\s+(?<y>{{Year}}))
              | (?:(?<approx>{{approximate}})[-\s])?(?<m>{{month}})\.?\s+(?<y>{{Year}})
              | (?<nd>\d{1,2})(?<sep>[./])(?<nm>\d{1,2})\k<sep>(?<ny>{{Year}})
              | (?<iy>{{Year}})-(?<im>\d{2})-(?<id>\d{2})
              | (?<y>{{Year}})\s?[-–]\s?(?<y2>{{Year}})
              | (?<=\b(?:{{preposition}})\s)(?<m>{{month}})(?!\.?\s*\d)
              | (?<y>{{Year}})
            )
            (?![\p{L}\d/)_]|[-‑]\d)
            """;
        // The pattern is tried only where a date can start (see Recognize), anchored there with \G: interpreted, it
        // costs nothing to build, where compiling this many alternations costs a third of a second of JIT at start-up.
        _pattern = new Regex(@"\G(?:" + pattern + ")", RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _approx = _pattern.GroupNumberFromName("approx");
        _d = _pattern.GroupNumberFromName("d");
        _d2 = _pattern.GroupNumberFromName("d2");
        _id = _pattern.GroupNumberFromName("id");
        _im = _pattern.GroupNumberFromName("im");
        _iy = _pattern.GroupNumberFromName("iy");
        _m = _pattern.GroupNumberFromName("m");
        _mf = _pattern.GroupNumberFromName("mf");
        _nd = _pattern.GroupNumberFromName("nd");
        _nm = _pattern.GroupNumberFromName("nm");
        _ny = _pattern.GroupNumberFromName("ny");
        _o = _pattern.GroupNumberFromName("o");
        _sep = _pattern.GroupNumberFromName("sep");
        _wd = _pattern.GroupNumberFromName("wd");
        _y = _pattern.GroupNumberFromName("y");
        _y2 = _pattern.GroupNumberFromName("y2");
        _listWords = new HashSet<string>(language.ListWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = new HashSet<string>(_months.Keys.Concat(_weekdays.Keys), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _phrasesByFirstWord = language.ApproximateMonthPrefixes
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(words => words[1..]).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static DateRecognizer For(LanguageData language) => Cache.GetOrAdd(language, l => new DateRecognizer(l));

    /// <summary>The dates in an item's text, in order, with years shared along lists ("19 January, 26 January and 9 February 2012").</summary>
    public IReadOnlyList<DateMention> Recognize(ItemSyntax item)
    {
        var text = item.Text.Value;
        var mentions = new List<DateMention>();
        var i = 0;
        while (i < text.Length)
        {
            // A date starts with a number, or with a month, weekday or "mid"/"early" word: the pattern is tried
            // there only, as the same leftmost matches of a scan over every position would be found.
            var c = text[i];
            var end = i + 1;
            bool candidate;
            if (char.IsDigit(c))
            {
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }

                candidate = (i == 0 || !IsBeforeNoDate(text[i - 1])) && CanStartDate(text.AsSpan(i, end - i), end < text.Length ? text[end] : null);
            }
            else if (char.IsLetter(c))
            {
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                candidate = (i == 0 || !IsBeforeNoDate(text[i - 1])) && StartsDate(text, i, end);
            }
            else
            {
                candidate = false;
            }

            if (candidate && _pattern.Match(text, i) is { Success: true } match)
            {
                if (ToMention(item, match) is { } mention)
                {
                    mentions.Add(mention);
                }

                end = match.Index + Math.Max(1, match.Length);
            }

            i = end;
        }

        return ShareListYears(text, mentions);
    }

    /// <summary>
    /// Whether the word text[start..end] can open a date: a month or weekday name, or the first word of an
    /// "approximately" phrase that the text goes on with ("the end of …", not every "the"). Words of a phrase are
    /// separated by white space, as the pattern has them.
    /// </summary>
    private bool StartsDate(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (_starters.Contains(word))
        {
            return true;
        }

        if (!_phrasesByFirstWord.TryGetValue(word, out var phrases))
        {
            return false;
        }

        foreach (var rest in phrases)
        {
            var position = end;
            var all = true;
            foreach (var next in rest)
            {
                var spaces = position;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                // A word outside ASCII is left to the pattern's own case rules.
                all = position > spaces && (!Ascii.IsValid(next) || text.AsSpan(position).StartsWith(next, StringComparison.OrdinalIgnoreCase));
                if (!all)
                {
                    break;
                }

                position += next.Length;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A character the pattern's look-behind forbids before a date: a letter, digit, '/', '(', '_', '.' or hyphen.</summary>
    private static bool IsBeforeNoDate(char c) => char.IsLetterOrDigit(c) || c is '/' or '(' or '_' or '.' or '‑' or '-';

    /// <summary>
    /// Whether a run of digits, and the character after it, can open a match of the pattern, so that the pattern is
    /// not tried where it must fail. A day or month has one or two digits and is followed by an ordinal suffix, a
    /// space, a dash, '.' or '/' ("3rd", "3 May", "3-5 May", "15.3.2012", "15/03/2012"); a year has four (18xx, 19xx,
    /// 20xx) and is not followed by a letter, '/', ')' or '_'. "0588", "135", "(2011)", "5," are skipped unread.
    /// </summary>
    private static bool CanStartDate(ReadOnlySpan<char> digits, char? next) =>
        digits.Length switch
        {
            1 or 2 => next is char c && (char.IsLetter(c) || char.IsWhiteSpace(c) || c is '.' or '/' or '-' or '–'),
            4 => ((digits[0] == '1' && digits[1] is '8' or '9') || (digits[0] == '2' && digits[1] == '0'))
                && !(next is char c && (char.IsLetter(c) || c is '/' or ')' or '_')),
            _ => false,
        };

    private DateMention? ToMention(ItemSyntax item, Match m)
    {
        var range = new TextSpan(m.Index, m.Length);
        if (m.Groups[_nd].Success)
        {
            return Numeric(item, range, m.Groups[_nd], m.Groups[_nm], m.Groups[_ny], m.Groups[_sep].Value);
        }

        if (m.Groups[_iy].Success)
        {
            return new DateMention
            {
                Item = item, Range = range, Form = DateForm.Numeric,
                Year = Int(m.Groups[_iy]), Month = Int(m.Groups[_im]), Day = Int(m.Groups[_id]),
            };
        }

        int? monthNumber = null;
        if (m.Groups[_m].Success)
        {
            var monthText = m.Groups[_m].Value;
            if (_language.CapitalizedMonths && !char.IsUpper(monthText[0]))
            {
                // "may" is a verb; English month names take a capital.
                return null;
            }

            monthNumber = _months[monthText];
        }

        var weekday = m.Groups[_wd];
        var ordinal = m.Groups[_o];
        var day = m.Groups[_d];
        var mention = new DateMention
        {
            Item = item,
            Range = range,
            Form = Form(m),
            Day = day.Success ? Int(day) : null,
            Month = monthNumber,
            Year = m.Groups[_y].Success ? Int(m.Groups[_y]) : null,
            EndDay = m.Groups[_d2].Success ? Int(m.Groups[_d2]) : null,
            EndYear = m.Groups[_y2].Success ? Int(m.Groups[_y2]) : null,
            Weekday = weekday.Success ? _weekdays[weekday.Value] : null,
            WeekdayRange = weekday.Success ? new TextSpan(weekday.Index, weekday.Length) : null,
            OrdinalRange = ordinal.Success ? new TextSpan(ordinal.Index, ordinal.Length) : null,
            LeadingZeroRange = day.Success && day.Length == 2 && day.Value[0] == '0' ? new TextSpan(day.Index, 1) : null,
            MonthFirst = m.Groups[_mf].Success,
            Approximate = m.Groups[_approx].Success,
        };
        return mention;
    }

    private DateForm Form(Match m) =>
        m.Groups[_y2].Success ? DateForm.YearRange
        : m.Groups[_d2].Success ? DateForm.DayRange
        : m.Groups[_d].Success && m.Groups[_y].Success ? DateForm.DayMonthYear
        : m.Groups[_d].Success ? DateForm.DayMonth
        : m.Groups[_m].Success && m.Groups[_y].Success ? DateForm.MonthYear
        : m.Groups[_m].Success ? DateForm.Month
        : DateForm.Year;

    private static DateMention Numeric(ItemSyntax item, TextSpan range, Group day, Group month, Group year, string separator)
    {
        // Leading zeros are a style matter in the Official Journal's dotted dates ("20.8.2008"), not in "15/03/2012".
        TextSpan? zero = separator != "." ? null
            : day.Length == 2 && day.Value[0] == '0' ? new TextSpan(day.Index, 1)
            : month.Length == 2 && month.Value[0] == '0' ? new TextSpan(month.Index, 1)
            : null;
        return new DateMention
        {
            Item = item, Range = range, Form = DateForm.Numeric,
            Day = Int(day), Month = Int(month), Year = Int(year), LeadingZeroRange = zero,
        };
    }

    /// <summary>
    /// A day and month without a year takes the year of the next date of its list, where only list words
    /// (",", "and", "en" …) stand between them: "on 3 November and 22 December 2011".
    /// </summary>
    private List<DateMention> ShareListYears(string text, List<DateMention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var current = mentions[i];
            if (current.Year is not null || current.Form is not (DateForm.DayMonth or DateForm.DayRange))
            {
                continue;
            }

            var next = mentions[i + 1];
            if (next.Year is int year && next.Day is not null && OnlyListWords(text.AsSpan(current.Range.End, next.Range.Start - current.Range.End)))
            {
                mentions[i] = current with { Year = year, YearFromList = true };
            }
        }

        return mentions;
    }

    /// <summary>True where the text between two dates holds only list words, commas and spaces.</summary>
    private bool OnlyListWords(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(" ,\u00A0"))
        {
            var word = between[range];
            if (word.Length > 0 && !_listWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Index(string[][] names)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                index[name] = i + 1;
            }
        }

        return index;
    }

    /// <summary>A regex alternation of the words, longest first, each escaped; "(?!)" for none.</summary>
    private static string Alternation(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)).ToList();
        return list.Count == 0 ? "(?!)" : string.Join('|', list);
    }
}
