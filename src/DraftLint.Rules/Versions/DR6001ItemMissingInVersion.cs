using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6001: a citation, recital or paragraph of one language version that the other version of the text lacks. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6001ItemMissingInVersion : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6001",
        "Item missing in another language version",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The language versions of one text in a run (paired by file name or by their own reference, never a motion with the text adopted from it) "
        + "are aligned by structure: recitals and paragraphs by label, citations by position and by their dates and references. "
        + "An item of one version with no counterpart in the other is reported at the item, with the other version's item before the gap as related location. "
        + "An item after the point where the other version's text stops (an excerpt cut earlier) is not compared.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' has no counterpart in the '{{1}}' version ({noun.ToLowerInvariant()}s: '{{2}}' there, '{{3}}' here); a version lacks it or has one too many.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        var (first, second) = (pair.First, pair.Second);
        foreach (var (kind, alignment) in pair.Alignments)
        {
            var counts = (First: alignment.Count(s => s.First is not null), Second: alignment.Count(s => s.Second is not null));
            for (var step = 0; step < alignment.Length; step++)
            {
                var (here, there, item, other, otherIsSecond) = alignment[step] switch
                {
                    { First: { } only, Second: null } => (first, second, only, second.Summary, true),
                    { First: null, Second: { } only } => (second, first, only, first.Summary, false),
                    _ => default,
                };
                if (item is null || !LanguageVersions.WithinBoth(alignment, step, other, kind, otherIsSecond))
                {
                    continue;
                }

                var (hereCount, thereCount) = otherIsSecond ? (counts.First, counts.Second) : (counts.Second, counts.First);
                var before = alignment.Take(step).Select(s => otherIsSecond ? s.Second : s.First).LastOrDefault(i => i is not null);
                Location[] related = before is null ? [] : [run.Locate(there.Path, before.Span, $"{before.DisplayName} of the {there.Language} version, before the gap")];
                run.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    run.Locate(here.Path, item.Span, $"{item.DisplayName} of the {here.Language} version"),
                    [item.Mark, there.Language, thereCount, hereCount],
                    related,
                    logicalLocation: item.DisplayName,
                    messageId: MessageId(kind)));
            }
        }
    }
}
