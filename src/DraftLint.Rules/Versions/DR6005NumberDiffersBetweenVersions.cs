using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6005: a number written in digits that differs between language versions. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6005NumberDiffersBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6005",
        "Number differs between language versions",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the numbers each pair of items writes in digits are compared "
        + "as values, read with each language's decimal mark ('1,5' = '1.5'; '20.000', '20,000' and '20 000' are one number), and amounts "
        + "with their scale words and currencies on either side ('1,5 miljard' = '1.5 billion' = '1 500 million'; 'EUR 10 million' = "
        + "'10 miljoen euro' = '€10 million'; a currency one version leaves out is no difference). Dates and references are DR6002's and "
        + "DR6004's; years, numbers glued to letters ('28th', 'G20') and numbers in a reference list ('60/251') are left out. Where the two "
        + "items have as many numbers and some differ, each is reported on the version compared (see DR6001), the other as related location; "
        + "where one has more (one writes 'three', the other '3'), nothing is said.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' gives '{{1}}' here, where the '{{3}}' version has '{{2}}'; the versions of one text must give the same numbers.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair) =>
        ReportDifferingValues(run, pair, i => i.Values, (x, y) => x.SameAs(y), n => (n.Text, n.Span));
}
