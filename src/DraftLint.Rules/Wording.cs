using System.Globalization;
using Humanizer;

namespace DraftLint.Rules;

/// <summary>Message wording in English whatever the machine's culture (Humanizer follows the current culture otherwise).</summary>
public static class Wording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// "1 file", "3 warnings", "2 overlapping fixes": a count and a noun, its plural given or made with "s".
    /// Humanizer's ToQuantity would run its inflector, whose hundred-odd compiled regular expressions
    /// cost about 100 ms at the first call of a process: a fifth of a cold run (docs/performance.md).
    /// </summary>
    public static string Quantity(int count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>
    /// "Recital" from "recital": the first letter in upper case as the invariant culture writes it. Humanizer's
    /// To.SentenceCase asks the current culture, whose first upper-casing of a letter makes ICU build a collator
    /// (about 10 ms of a run, docs/performance.md), and would write a Turkish dotted İ under a Turkish culture.
    /// </summary>
    public static string SentenceCase(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>"1 time", "3 times".</summary>
    public static string Times(int count) => Quantity(count, "time");

    /// <summary>"7th", "10th".</summary>
    public static string Ordinal(int number) => number.Ordinalize(English);
}
