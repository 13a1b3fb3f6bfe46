using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6007: a URL of an item that the same item of another language version gives as another address. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6007UrlDiffersBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6007",
        "URL differs between language versions",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the http(s) URLs each pair of items writes are compared as addresses: "
        + "each version's own language code standing alone in the path or a parameter is left out (a version links to its own language's page: "
        + "eur-lex '/EN/TXT/' and '/NL/TXT/', doceo 'TA-8-2015-0079_EN.html' and '_NL.html'), as are http against https, the host's case and a trailing slash. "
        + "Where the two items have as many URLs and some differ, each is reported on the version compared, with the other's URL as related location. "
        + "A URL only one version gives is not reported: versions may cite a page with or without its address.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' links to '{{1}}' here, where the '{{3}}' version has '{{2}}'; the versions of one text must link to the same address.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair) =>
        ReportDifferingValues(run, pair, i => i.Urls, (x, y) => x.Key == y.Key, u => (u.Text, u.Span));
}
