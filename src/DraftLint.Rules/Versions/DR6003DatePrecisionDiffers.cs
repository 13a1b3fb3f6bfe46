using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6003: a date one language version gives to the day and another only as its month. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6003DatePrecisionDiffers : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6003",
        "Date given more precisely in another language version",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, a date of an item given with its day in one version ('27 maart 2014') "
        + "and only as its month and year in the other ('March 2014') is not a contradiction but a difference a lawyer-linguist settles. "
        + "Reported on the version compared (the second in language order, or the one not in the reference language: see DR6001), with the first version's date as related location.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' gives '{{1}}' here and '{{2}}' in the '{{3}}' version: the same month, to the day in one version only.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        foreach (var (_, b, dates) in pair.Matched)
        {
            foreach (var (mine, theirs) in dates.Precision)
            {
                ReportCounterpart(run, pair, b, (mine.Text, mine.Span), (theirs.Text, theirs.Span));
            }
        }
    }
}
