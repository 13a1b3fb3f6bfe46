using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6002: a date of an item that the same item of another language version gives as another date, or does not give. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6002DateDiffersBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6002",
        "Date differs between language versions",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the dates of each pair of items are compared as calendar values "
        + "(day, month, year, the last day of a range), whatever each language's words and order. A date of one version that the other version's item "
        + "does not have is reported on the version compared (the second in language order, or the one not in the reference language: see DR6001), with the first version's date (or item) as related location. "
        + "A date given to the day in one version and as its month in the other is DR6003's note; a year on its own is not compared.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf, Absent),
    };

    /// <summary>The choice of words for a date the other version's item does not give.</summary>
    private const string Absent = "absent";

    private static string FormatOf(string noun, string choice) => choice == Absent
        ? $"{noun} '{{0}}' gives '{{1}}' here, where the '{{3}}' version gives no such date; the versions of one text must state the same date."
        : $"{noun} '{{0}}' gives '{{1}}' here, where the '{{3}}' version has '{{2}}'; the versions of one text must state the same date.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        var (first, second) = (pair.First, pair.Second);
        foreach (var (a, b, dates) in pair.Matched)
        {
            foreach (var (mine, theirs) in dates.Differing)
            {
                Report(run, second.Path, mine, theirs.Text, first.Language, run.Locate(first.Path, theirs.Span, $"'{theirs.Text}' in the {first.Language} version"), b);
            }

            foreach (var mine in dates.OnlySecond)
            {
                Report(run, second.Path, mine, null, first.Language, run.Locate(first.Path, a.Span, $"{a.DisplayName} of the {first.Language} version"), b);
            }

            // A date only the first version has is reported there: the second has nothing to point at.
            foreach (var theirs in dates.OnlyFirst)
            {
                Report(run, first.Path, theirs, null, second.Language, run.Locate(second.Path, b.Span, $"{b.DisplayName} of the {second.Language} version"), a);
            }
        }
    }

    /// <summary>Reports a date against the other version's (<paramref name="other"/>), or against none where that is null.</summary>
    private static void Report(CrossDocumentAnalysisContext<VersionSummary> run, string path, VersionDate date, string? other, string otherLanguage, Location related, VersionItem item) =>
        run.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            run.Locate(path, date.Span, $"'{date.Text}' written here"),
            [item.Mark, date.Text, other ?? "", otherLanguage],
            [related],
            logicalLocation: item.DisplayName,
            messageId: MessageId(item.Kind, other is null ? Absent : "")));
}
