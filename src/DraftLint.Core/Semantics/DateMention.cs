using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>The forms a date takes in a text.</summary>
public enum DateForm
{
    /// <summary>"15 March 2012", "3rd February 2012", "March 15, 2012".</summary>
    DayMonthYear,

    /// <summary>"28 January", "op 24 maart": no year.</summary>
    DayMonth,

    /// <summary>"December 2011", "mid-December 2011".</summary>
    MonthYear,

    /// <summary>"since May", "sinds mei".</summary>
    Month,

    /// <summary>"in 2010".</summary>
    Year,

    /// <summary>"21-22 June 2007", "21 en 22 juni 2007", "17-19 September 2018".</summary>
    DayRange,

    /// <summary>"2014-2015".</summary>
    YearRange,

    /// <summary>"15.3.2012", "15/03/2012", "2012-03-15".</summary>
    Numeric,
}

/// <summary>Whether the clause a date stands in tells of the past, looks forward, or cites a document.</summary>
public enum TenseContext
{
    Unknown,
    Past,
    Future,

    /// <summary>A citation ("having regard to its resolution of …"): a document that exists, so a past date.</summary>
    Citation,
}

/// <summary>
/// A date as written in an item: its form, its parts (a part the text does not give is null), where it stands
/// (a span of the item's text and of the file) and the tense of its clause.
/// </summary>
public sealed record DateMention : Mention
{
    public required ItemSyntax Item { get; init; }

    public override SyntaxNode Host => Item;

    public override MappedText HostText => Item.Text;


    public string Text => Item.Text.Value.Substring(Range.Start, Range.Length);

    public required DateForm Form { get; init; }

    public int? Day { get; init; }

    public int? Month { get; init; }

    public int? Year { get; init; }

    /// <summary>The last day of a range ("22" of "21-22 June").</summary>
    public int? EndDay { get; init; }

    /// <summary>The last year of a year range ("2015" of "2014-2015").</summary>
    public int? EndYear { get; init; }

    /// <summary>True where the year was taken from a later date of the same list ("3 November and 22 December 2011").</summary>
    public bool YearFromList { get; init; }

    /// <summary>1 = Monday … 7 = Sunday, where a weekday precedes the date ("Monday 16 December 2011").</summary>
    public int? Weekday { get; init; }

    /// <summary>The span of the weekday name within the item text.</summary>
    public TextSpan? WeekdayRange { get; init; }

    /// <summary>The span of an ordinal suffix ("rd" of "3rd") within the item text.</summary>
    public TextSpan? OrdinalRange { get; init; }

    /// <summary>The span of a day or month written with a leading zero ("03").</summary>
    public TextSpan? LeadingZeroRange { get; init; }

    /// <summary>True for "March 15, 2012" (month before day).</summary>
    public bool MonthFirst { get; init; }

    /// <summary>True for "mid-December", "early 2012": approximate within the month or year.</summary>
    public bool Approximate { get; init; }

    public TenseContext Context { get; init; }

    /// <summary>The clause the date stands in.</summary>
    public SentenceSyntax? Sentence { get; init; }

    /// <summary>The year, given or taken from the list.</summary>
    public bool HasYear => Year is not null;

    /// <summary>False for dates that cannot exist: 31 April, 29 February 2011, month 13, day 0.</summary>
    public bool IsValid => Problem is null;

    /// <summary>Why the date cannot exist, or null.</summary>
    public ImpossibleDate? Problem
    {
        get
        {
            if (Month is int m && (m < 1 || m > 12))
            {
                return new ImpossibleDate(ImpossibleDateReason.NoSuchMonth, m, 0, "");
            }

            if (Day is not int d || Month is not int month)
            {
                return null;
            }

            var max = Year is int y ? DateTime.DaysInMonth(y, month) : DateTime.DaysInMonth(2000, month);
            var name = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            if (d < 1 || d > max)
            {
                return month == 2 && d == 29 && Year is int year
                    ? new ImpossibleDate(ImpossibleDateReason.NotALeapYear, year, max, name)
                    : new ImpossibleDate(ImpossibleDateReason.DayBeyondMonth, d, max, name);
            }

            return EndDay is int end && (end < 1 || end > max) ? new ImpossibleDate(ImpossibleDateReason.RangeEndBeyondMonth, end, max, name) : null;
        }
    }

    /// <summary>The first day the mention covers, where its year is known and it is valid.</summary>
    public DateOnly? Start => !IsValid || Year is not int year ? null
        : new DateOnly(year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the mention covers, where its year is known and it is valid.</summary>
    public DateOnly? End
    {
        get
        {
            if (!IsValid || Year is not int year)
            {
                return null;
            }

            var lastYear = EndYear ?? year;
            if (Month is not int month)
            {
                return new DateOnly(lastYear, 12, 31);
            }

            return new DateOnly(year, month, EndDay ?? Day ?? DateTime.DaysInMonth(year, month));
        }
    }

    /// <summary>True where the date names a single day with its year ("15 March 2012").</summary>
    public bool IsFullDate => Form is DateForm.DayMonthYear or DateForm.Numeric && Year is not null && Day is not null;
}

/// <summary>Why a date cannot exist.</summary>
public enum ImpossibleDateReason
{
    /// <summary>Month 13 or 0: <see cref="ImpossibleDate.Value"/> is the month.</summary>
    NoSuchMonth,

    /// <summary>29 February of a common year: <see cref="ImpossibleDate.Value"/> is the year.</summary>
    NotALeapYear,

    /// <summary>A day past its month's last, or day 0: <see cref="ImpossibleDate.Value"/> is the day.</summary>
    DayBeyondMonth,

    /// <summary>A range of days ending past its month's last: <see cref="ImpossibleDate.Value"/> is the range's last day.</summary>
    RangeEndBeyondMonth,
}

/// <summary>Why a date cannot exist, with the values that show it: the month's days and its name in English, where there is a month.</summary>
public sealed record ImpossibleDate(ImpossibleDateReason Reason, int Value, int DaysInMonth, string MonthName);

