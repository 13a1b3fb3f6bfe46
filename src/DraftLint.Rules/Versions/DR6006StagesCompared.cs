using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>
/// DR6006: two documents the configuration pairs as versions whose own references say they are different stages of one
/// resolution (a motion and the text adopted). Reported by <see cref="VersionsAnalyzer"/>, instead of the item checks.
/// </summary>
public sealed class DR6006StagesCompared : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6006",
        "Different stages of one resolution paired as versions",
        FormatOf(TextStage.Adopted),
        "Versions",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "Documents are never paired as language versions by their names or own references when those references say they are different stages: "
        + "a tabled motion or report (B7-0140/2012, RC-B8-0228/2015, A8-0001/2015) and a text adopted (P7_TA(2012)0089, TA-9-2021-0014). "
        + "A set in the configuration ('versions.sets') pairs them all the same. Between a motion and the text adopted from it, citations, recitals "
        + "and paragraphs are added, deleted, amended and renumbered by the vote, so an item-by-item comparison would report every amendment as a "
        + "translation error. One note says which stages the two are, at the own reference of the version compared, with the other's as related "
        + "location (a document without an own reference is told by its title: a text adopted's gives its date, 'resolution of 15 March 2012 on', a motion's does not); DR6001 to DR6005 do not compare the pair. Compare a text with another version of the same stage to check its translation.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = [(Tabled, FormatOf(TextStage.Tabled))],
    };

    /// <summary>The message where the version compared is the text as tabled (the default: the text adopted).</summary>
    private const string Tabled = "tabled";

    private static string FormatOf(TextStage stage) =>
        $"'{{0}}' is the {Stage(stage)} and the '{{1}}' version's '{{2}}' the {Stage(stage == TextStage.Adopted ? TextStage.Tabled : TextStage.Adopted)}: "
        + "different stages of one resolution, which amendments make differ; their items are not compared as versions.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override bool ComparesStages => true;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        var (first, second) = (pair.First.Summary, pair.Second.Summary);
        run.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            run.Locate(pair.Second.Path, second.StageSpan, $"'{second.StageText}', the {Stage(second.Stage)}"),
            [second.StageText, pair.First.Language, first.StageText],
            [run.Locate(pair.First.Path, first.StageSpan, $"'{first.StageText}' of the {pair.First.Language} version, the {Stage(first.Stage)}")],
            messageId: second.Stage == TextStage.Adopted ? DiagnosticDescriptor.DefaultMessageId : Tabled));
    }

    private static string Stage(TextStage stage) => stage == TextStage.Adopted ? "text adopted" : "text as tabled";
}
