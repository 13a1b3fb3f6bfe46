using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6008: an item that names one body by its acronym where the same item of another language version names another. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6008BodyDiffersBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6008",
        "Body named by acronym differs between language versions",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the bodies each pair of items names by an acronym are compared "
        + "through the table of equivalents in rules/names.json ('acronymEquivalents': NATO = NAVO = OTAN, OSCE = OVSE = OSZE, UN = VN = ONU = UNO, "
        + "EU = UE …), in capitals as a word or a part of a compound ('VN-Mensenrechtenraad'). Where each item is left with as many bodies the other "
        + "does not name, each is reported on the version compared (see DR6001), the other's as related location. A body only one version names "
        + "by its acronym (the other writes it out, 'Verenigde Naties') is not reported. A note: an acronym is a hint, not a reading of the sentence.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' names '{{1}}' here, where the '{{3}}' version names '{{2}}'; check that both versions name the same body.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair) =>
        ReportDifferingValues(run, pair, i => i.Acronyms, (x, y) => x.Body == y.Body, a => (a.Text, a.Span));
}
