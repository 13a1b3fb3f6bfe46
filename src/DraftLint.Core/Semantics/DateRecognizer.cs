using System.Globalization;
using System.Runtime.InteropServices;
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
    // Weak: a recognizer lives as long as its pack, not as long as the process.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageData, DateRecognizer> Cache = [];

    private readonly LanguageData _language;
    private readonly Dictionary<string, int> _months;
    private readonly Dictionary<string, int> _weekdays;

    // Span lookups, made once: GetAlternateLookup checks the comparer's type at each call.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _monthNumbers;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _weekdayNumbers;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    // The first words of the "approximately" phrases ("the" of "the end of", "eind" of "eind van").
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _listWords;

    // Month and weekday names and the phrases' first words: most words of a text fail this before any lookup.
    private readonly WordFilter _startFilter;

    private readonly DatePattern _pattern;

    private DateRecognizer(LanguageData language)
    {
        _language = language;
        _months = Index(language.Months);
        _weekdays = Index(language.Weekdays.Select(names => names.Take(1).ToArray()).ToArray());
        _monthNumbers = _months.GetAlternateLookup<ReadOnlySpan<char>>();
        _weekdayNumbers = _weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        _pattern = new DatePattern(_months.Keys, _weekdays.Keys, language);
        _listWords = new HashSet<string>(language.ListWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = new HashSet<string>(_months.Keys.Concat(_weekdays.Keys), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseStarts = new HashSet<string>(
            language.ApproximateMonthPrefixes.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0).Select(words => words[0]),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _startFilter = new WordFilter(_starters.Set.Concat(_phraseStarts.Set));
    }

    public static DateRecognizer For(LanguageData language) => Cache.GetValue(language, l => new DateRecognizer(l));

    /// <summary>
    /// The dates in an item's text, in order, with years shared along lists ("19 January, 26 January and 9 February 2012"),
    /// each with its clause and the tense <paramref name="tense"/> reads in it, added to <paramref name="into"/>
    /// (one list for a whole document).
    /// </summary>
    public void Recognize(ItemSyntax item, TenseClassifier tense, List<DateMention> into)
    {
        var text = item.Text.Value;
        var first = into.Count;
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

                candidate = AfterBoundary(text, i) && CanStartDate(text.AsSpan(i, end - i), end < text.Length ? text[end] : null);
            }
            else if (char.IsLetter(c))
            {
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                candidate = AfterBoundary(text, i) && StartsDate(text, i, end);
            }
            else
            {
                candidate = false;
            }

            if (candidate && _pattern.TryMatch(text, i, out var parts) && AsciiDigits(text.AsSpan(parts.Whole.Start, parts.Whole.Length)))
            {
                if (ToMention(item, text, parts, tense) is { } mention)
                {
                    into.Add(mention);
                }

                end = parts.Whole.Start + Math.Max(1, parts.Whole.Length);
            }

            i = end;
        }

        ShareListYears(text, CollectionsMarshal.AsSpan(into)[first..]);
    }

    /// <summary>The pattern's look-behind, asked before the rest: no date opens right after a letter, digit, '/', '(' ….</summary>
    private static bool AfterBoundary(string text, int start) => DatePattern.MayStartAt(text, start);

    /// <summary>
    /// Whether the word text[start..end] can open a date: a month or weekday name, or the first word of an
    /// "approximately" phrase that the text goes on with ("the end of …", not every "the"). Words of a phrase are
    /// separated by white space, as the pattern has them.
    /// </summary>
    private bool StartsDate(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (!_startFilter.MayContain(word))
        {
            return false;
        }

        if (_starters.Contains(word))
        {
            return true;
        }

        // A phrase's first word: the pattern reads whether the rest of a phrase follows.
        return _phraseStarts.Contains(word) && _pattern.ApproximatePhraseAt(text, start);
    }

    /// <summary>
    /// Whether a run of digits, and the character after it, can open a match of the pattern, so that the pattern is
    /// not tried where it must fail. A day or month has one or two digits and is followed by an ordinal suffix, a
    /// space, a dash, '.' or '/' ("3rd", "3 May", "3-5 May", "15.3.2012", "15/03/2012"); a year has four (18xx, 19xx,
    /// 20xx) and is not followed by a letter, '/' or '_'. "0588", "135", "5," are skipped unread.
    /// </summary>
    private static bool CanStartDate(ReadOnlySpan<char> digits, char? next) =>
        digits.Length switch
        {
            1 or 2 => next is char c && (char.IsLetter(c) || char.IsWhiteSpace(c) || c is '.' or '/' or '-' or '–'),
            4 => ((digits[0] == '1' && digits[1] is '8' or '9') || (digits[0] == '2' && digits[1] == '0'))
                && !(next is char c && (char.IsLetter(c) || c is '/' or '_')),
            _ => false,
        };

    private DateMention? ToMention(ItemSyntax item, string text, DatePattern.Parts parts, TenseClassifier tense)
    {
        // "may" is a verb; English month names take a capital.
        if (parts.Month.Found && _language.CapitalizedMonths && !char.IsUpper(text[parts.Month.Start]))
        {
            return null;
        }

        // A year joined to a capitalised word is part of a name: "2030 Agenda", "Agenda 2030", "Horizon 2020".
        if (Form(parts) == DateForm.Year && !parts.NumericYear.Found && !parts.IsoYear.Found && IsPartOfName(text, parts.Whole))
        {
            return null;
        }

        // The clause and its tense are set here, where the mention is made, rather than on a copy of it.
        var range = Range(parts.Whole);
        var sentence = item.SentenceAt(range.Start);
        var context = tense.Classify(item, sentence, range);
        if (parts.NumericDay.Found)
        {
            // Leading zeros are a style matter in the Official Journal's dotted dates ("20.8.2008"), not in "15/03/2012".
            var (day, month) = (parts.NumericDay, parts.NumericMonth);
            TextSpan? zero = parts.Separator != '.' ? null
                : day.Length == 2 && text[day.Start] == '0' ? new TextSpan(day.Start, 1)
                : month.Length == 2 && text[month.Start] == '0' ? new TextSpan(month.Start, 1)
                : null;
            return new DateMention
            {
                Item = item, Range = range, Sentence = sentence, Context = context, Form = DateForm.Numeric,
                Day = Int(text, day), Month = Int(text, month), Year = Int(text, parts.NumericYear), LeadingZeroRange = zero,
            };
        }

        if (parts.IsoYear.Found)
        {
            return new DateMention
            {
                Item = item, Range = range, Sentence = sentence, Context = context, Form = DateForm.Numeric,
                Year = Int(text, parts.IsoYear), Month = Int(text, parts.IsoMonth), Day = Int(text, parts.IsoDay),
            };
        }

        int? monthNumber = null;
        if (parts.Month.Found)
        {
            monthNumber = _monthNumbers[text.AsSpan(parts.Month.Start, parts.Month.Length)];
        }

        var (weekday, ordinal, day1) = (parts.Weekday, parts.Ordinal, parts.Day);
        return new DateMention
        {
            Item = item,
            Range = range,
            Sentence = sentence,
            Context = context,
            Form = Form(parts),
            Day = day1.Found ? Int(text, day1) : null,
            Month = monthNumber,
            Year = parts.Year.Found ? Int(text, parts.Year) : null,
            EndDay = parts.Day2.Found ? Int(text, parts.Day2) : null,
            EndYear = parts.Year2.Found ? Int(text, parts.Year2) : null,
            Weekday = weekday.Found ? _weekdayNumbers[text.AsSpan(weekday.Start, weekday.Length)] : null,
            WeekdayRange = weekday.Found ? Range(weekday) : null,
            OrdinalRange = ordinal.Found && !IsStyleOrdinal(text.AsSpan(day1.Start, ordinal.End - day1.Start), text.AsSpan(ordinal.Start, ordinal.Length)) ? Range(ordinal) : null,
            LeadingZeroRange = day1.Found && day1.Length == 2 && text[day1.Start] == '0' ? new TextSpan(day1.Start, 1) : null,
            MonthFirst = parts.MonthFirst,
            Approximate = parts.Approximate,
        };
    }

    /// <summary>
    /// True where a capitalised word that is not a month or weekday stands right before or after the year, one space
    /// apart: a programme or agenda named by its year. A year that opens a sentence ("2012 saw …") is not a name.
    /// </summary>
    private bool IsPartOfName(string text, DatePattern.Part year)
    {
        // The word before the year: "in 2011 Mr X was arrested" is a date, "the 2030 Agenda" a name.
        var wordEnd = year.Start >= 1 && text[year.Start - 1] == ' ' ? year.Start - 1 : -1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var before = wordEnd > wordStart ? text.AsSpan(wordStart, wordEnd - wordStart) : [];
        if (IsPreposition(before))
        {
            return false;
        }

        // A capitalised word after the year makes a name only after a determiner: "the 2030 Agenda", not "between 2009
        // and 2011 Kazakh police".
        var after = year.Start + year.Length;
        if (IsDeterminer(before) && after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]))
        {
            var end = after + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (!IsDateWord(text.AsSpan(after + 1, end - after - 1)))
            {
                return true;
            }
        }

        // A capitalised word before it, not at the start of a sentence ("In 2012, …"): "Agenda 2030", "Horizon 2020".
        return before.Length > 0 && char.IsUpper(before[0]) && !IsDateWord(before) && !_listWords.Contains(before) && !OpensSentence(text, wordStart);
    }

    private bool IsDeterminer(ReadOnlySpan<char> word) => IsOneOf(word, _language.Determiners);

    /// <summary>A day and ordinal the language's style writes ("1er"), or a suffix it writes after every day ("."): no ordinal to report.</summary>
    private bool IsStyleOrdinal(ReadOnlySpan<char> dayAndOrdinal, ReadOnlySpan<char> suffix)
    {
        foreach (var written in _language.StyleOrdinals)
        {
            if (written.Length > 0 && (char.IsAsciiDigit(written[0]) ? dayAndOrdinal : suffix).Equals(written, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPreposition(ReadOnlySpan<char> word) => IsOneOf(word, _language.MonthAlonePrepositions);

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

    /// <summary>True where only white space, or nothing, stands between the start of a sentence and <paramref name="position"/>.</summary>
    private static bool OpensSentence(string text, int position)
    {
        var p = position;
        while (p > 0 && char.IsWhiteSpace(text[p - 1]))
        {
            p--;
        }

        return p == 0 || text[p - 1] is '.' or ';' or ':' or '(' or '–' or '—' or '-' or '"' or '“' or '‘';
    }

    private bool IsDateWord(ReadOnlySpan<char> word) => _monthNumbers.ContainsKey(word) || _weekdayNumbers.ContainsKey(word);

    private static DateForm Form(DatePattern.Parts parts) =>
        parts.Year2.Found ? DateForm.YearRange
        : parts.Day2.Found ? DateForm.DayRange
        : parts.Day.Found && parts.Year.Found ? DateForm.DayMonthYear
        : parts.Day.Found ? DateForm.DayMonth
        : parts.Month.Found && parts.Year.Found ? DateForm.MonthYear
        : parts.Month.Found ? DateForm.Month
        : DateForm.Year;

    private static TextSpan Range(DatePattern.Part span) => new(span.Start, span.Length);

    /// <summary>
    /// A day and month without a year takes the year of the next date of its list, where only list words
    /// (",", "and", "en" …) stand between them: "on 3 November and 22 December 2011".
    /// </summary>
    private void ShareListYears(string text, Span<DateMention> mentions)
    {
        for (var i = mentions.Length - 2; i >= 0; i--)
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

    /// <summary>False where the date's numbers hold a digit of another script (٣, ২): the pattern reads \d, and such a date is none.</summary>
    private static bool AsciiDigits(ReadOnlySpan<char> date)
    {
        foreach (var c in date)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Int(string text, DatePattern.Part span) => int.Parse(text.AsSpan(span.Start, span.Length), CultureInfo.InvariantCulture);

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
}
