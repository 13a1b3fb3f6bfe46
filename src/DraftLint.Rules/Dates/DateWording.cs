using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>Wording and inference the date rules share.</summary>
internal static class DateWording
{
    /// <summary>"10 months", "1 year and 2 months", "12 days": how far <paramref name="later"/> lies after <paramref name="earlier"/>, worded in English.</summary>
    public static string Distance(DateOnly earlier, DateOnly later, bool dayPrecision)
    {
        var months = ((later.Year - earlier.Year) * 12) + later.Month - earlier.Month;
        if (dayPrecision && later.Day < earlier.Day)
        {
            months--;
        }

        if (months < 1)
        {
            return Wording.Quantity(later.DayNumber - earlier.DayNumber, "day");
        }

        var years = months / 12;
        var rest = months % 12;
        return years == 0 ? Wording.Quantity(rest, "month")
            : rest == 0 ? Wording.Quantity(years, "year")
            : $"{Wording.Quantity(years, "year")} and {Wording.Quantity(rest, "month")}";
    }

    /// <summary>
    /// The year a day and month without one most likely has: the document's year, or the year before where
    /// that would put a past event after the document.
    /// </summary>
    public static int? InferYear(DateMention mention, DocumentDate? document)
    {
        if (document is null || mention.Month is not int month || mention.Day is not int day)
        {
            return null;
        }

        // A day that cannot exist (00, 31 April) is DR3002's finding: no year is suggested for it.
        var year = document.Date.Year;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var candidate = new DateOnly(year, month, day);
        return mention.Context is TenseContext.Past or TenseContext.Citation && candidate > document.Date ? year - 1 : year;
    }
}
