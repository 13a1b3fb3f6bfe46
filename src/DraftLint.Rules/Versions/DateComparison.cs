namespace DraftLint.Rules.Versions;

/// <summary>How the dates of two aligned items differ: shared by DR6002 (values) and DR6003 (precision), so that a date is one or the other, never both.</summary>
internal sealed record DateComparison(
    List<(VersionDate Second, VersionDate First)> Differing,
    List<(VersionDate Second, VersionDate First)> Precision,
    List<VersionDate> OnlyFirst,
    List<VersionDate> OnlySecond)
{
    /// <summary>
    /// The dates of <paramref name="first"/> and <paramref name="second"/> matched by value (a day and month without
    /// its year matching the same day with one); what is left is paired, in
    /// order, as a precision difference (same month) or as a differing date, and the rest is in one version only. A year
    /// on its own is left out of what is reported: the languages do not all read "the 2013 report" as a date.
    /// </summary>
    public static DateComparison Compare(VersionItem first, VersionItem second)
    {
        var left = first.Dates.Where(d => d.Month is not null).ToList();
        var right = second.Dates.Where(d => d.Month is not null).ToList();
        foreach (var date in left.ToList())
        {
            var same = right.FindIndex(d => d.Key == date.Key);
            if (same >= 0)
            {
                right.RemoveAt(same);
                left.Remove(date);
            }
        }

        foreach (var date in left.ToList())
        {
            var same = right.FindIndex(d => d.SameDayOneWithoutYear(date));
            if (same >= 0)
            {
                right.RemoveAt(same);
                left.Remove(date);
            }
        }

        var precision = new List<(VersionDate, VersionDate)>();
        foreach (var date in left.ToList())
        {
            var near = right.FindIndex(d => d.SameMonthOtherPrecision(date));
            if (near >= 0)
            {
                precision.Add((right[near], date));
                right.RemoveAt(near);
                left.Remove(date);
            }
        }

        var differing = new List<(VersionDate, VersionDate)>();
        while (left.Count > 0 && right.Count > 0)
        {
            differing.Add((right[0], left[0]));
            right.RemoveAt(0);
            left.RemoveAt(0);
        }

        return new DateComparison(differing, precision, left, right);
    }
}
