using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6009: an item with more or fewer footnote markers than the same item of another language version. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6009FootnotesDifferBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6009",
        "Footnote markers differ between language versions",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, each pair of items is compared by the number of its footnote "
        + "markers (a marker whose note the document has). An item with more or fewer markers than its counterpart is reported on the version "
        + "compared (see DR6001), at its first extra marker or at the item, with the other version's item as related location. Only where both "
        + "versions have notes as far as the item (a later marker in each): a page copied without its notes, or an excerpt cut before them, "
        + "says nothing of its markers.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' has footnote markers: '{{1}}' here, '{{2}}' in the '{{3}}' version; the versions of one text must have the same notes.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        // The last marker of each version: its notes are there as far as that; after it, an excerpt may have lost them.
        var lastFirst = LastMarker(pair.First.Summary);
        var lastSecond = LastMarker(pair.Second.Summary);
        if (lastFirst is null || lastSecond is null)
        {
            return;
        }

        foreach (var (a, b, _) in pair.Matched)
        {
            var (mine, theirs) = (b.FootnoteMarkers.Length, a.FootnoteMarkers.Length);
            if (mine == theirs || a.Span.Start > lastFirst || b.Span.Start > lastSecond)
            {
                continue;
            }

            var at = mine > theirs ? b.FootnoteMarkers[theirs] : b.Span;
            var there = theirs > mine ? a.FootnoteMarkers[mine] : a.Span;
            run.ReportDiagnostic(Diagnostic.Create(
                Descriptor,
                run.Locate(pair.Second.Path, at, mine > theirs ? $"a marker the {pair.First.Language} version lacks" : $"{b.DisplayName}, without a marker the {pair.First.Language} version has"),
                [b.Mark, mine, theirs, pair.First.Language],
                [run.Locate(pair.First.Path, there, theirs > mine ? $"the marker of {a.DisplayName} of the {pair.First.Language} version" : $"{a.DisplayName} of the {pair.First.Language} version")],
                logicalLocation: b.DisplayName,
                messageId: MessageId(b.Kind)));
        }
    }

    private static int? LastMarker(VersionSummary summary) =>
        summary.Items.Where(i => i.HasFootnotes).Select(i => (int?)i.FootnoteMarkers[^1].Start).LastOrDefault();
}
