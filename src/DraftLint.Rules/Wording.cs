using System.Globalization;
using Humanizer;

namespace DraftLint.Rules;

/// <summary>Message wording in English whatever the machine's culture (Humanizer follows the current culture otherwise).</summary>
internal static class Wording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>"1 time", "3 times".</summary>
    public static string Times(int count) => "time".ToQuantity(count);

    /// <summary>"7th", "10th".</summary>
    public static string Ordinal(int number) => number.Ordinalize(English);
}
