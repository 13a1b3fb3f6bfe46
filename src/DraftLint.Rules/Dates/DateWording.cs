using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Semantics;

namespace DraftLint.Rules.Dates;

/// <summary>Wording and inference the date rules share.</summary>
internal static partial class DateWording
{
    /// <summary>
    /// The messages of a rule that says where the document's date came from: <paramref name="template"/> once per
    /// <see cref="DocumentDate.EvidenceFormats"/>, its "{evidence}" replaced by the evidence's words, whose quoted values
    /// take the placeholders after the template's own <paramref name="arguments"/>; each under "<paramref name="id"/>.evidence".
    /// </summary>
    public static IEnumerable<(string Id, string Format)> WithEvidence(string id, string template, int arguments) =>
        DocumentDate.EvidenceFormats.Select(e => (EvidenceId(id, e.Id), template.Replace("{evidence}", Placeholder().Replace(e.Format, m =>
            "{" + (int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + arguments).ToString(CultureInfo.InvariantCulture) + "}"), StringComparison.Ordinal)));

    /// <summary>The id, among <see cref="WithEvidence"/>'s messages, of the one that says where <paramref name="own"/> came from.</summary>
    public static string EvidenceId(string id, DocumentDate own) => EvidenceId(id, own.EvidenceId);

    /// <summary>A message's arguments followed by the text the document's date quotes, as <see cref="WithEvidence"/>'s messages take them.</summary>
    public static object?[] EvidenceArguments(DocumentDate own, params object?[] arguments) => [.. arguments, .. own.Quoted];

    private static string EvidenceId(string id, string evidence) => $"{id}.{evidence}";

    [GeneratedRegex(@"\{([0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

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
