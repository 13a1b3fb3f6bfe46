using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6005: a number written in digits that differs between language versions. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6005NumberDiffersBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6005",
        "Number differs between language versions",
        "{0} gives '{1}' here, where the {3} version has '{2}'; the versions of one text must give the same numbers.",
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the numbers each pair of items writes in digits are compared "
        + "as values, read with each language's decimal mark ('1,5' in Dutch, French and German is '1.5' in English; '20.000', '20,000' "
        + "and '20 000' are one number). Dates and references are DR6002's and DR6004's; years, numbers glued to letters ('28th', 'G20') "
        + "and numbers in a reference list ('60/251') are left out. Where the two items have as many numbers and some differ, each number "
        + "of one version without its value in the other is reported, on the version compared (the second in language order, or the one not in the reference language: see DR6001), with the other as related "
        + "location. Where one version has more numbers than the other (one writes 'three', the other '3'), nothing is said. "
        + "Scale words are not read: '1,5 miljard' and '1.5 billion' agree, '1 500 million' and '1,5 miljard' would not.",
        WellKnownTags.LanguageNeutral);

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair) =>
        ReportDifferingValues(run, pair, i => i.Values, (x, y) => x.Value == y.Value, n => (n.Text, n.Span));
}
