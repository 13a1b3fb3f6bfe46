using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>DR6004: a document, procedure, text adopted, Official Journal or Rules of Procedure reference that differs between language versions. Reported by <see cref="VersionsAnalyzer"/>.</summary>
public sealed class DR6004ReferenceDiffersBetweenVersions : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6004",
        "Reference differs between language versions",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the references of each pair of items (with the footnotes the item points to) "
        + "(where both versions have those footnotes: an excerpt may stop before its notes) are compared by value: documents (B8-0066/2016), procedures (2015/2572(RSP)), texts adopted (P8_TA(2015)0079 = TA-8-2015-0079), "
        + "Official Journal references (series number, date, page) and Rules of Procedure (the rule's number; each language writes its paragraphs its own way). "
        + "A reference of one kind left over in both versions is a differing reference; one in one version only is a missing one, "
        + "unless the other version's document has no reference of that kind at all (its language's recogniser does not read it). "
        + "Reported on the version compared (the second in language order, or the one not in the reference language: see DR6001), or on the first where only it has the reference, with the other version as related location.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf, Absent),
    };

    /// <summary>The choice of words for a reference the other version's item does not give.</summary>
    private const string Absent = "absent";

    private static string FormatOf(string noun, string choice) => choice == Absent
        ? $"{noun} '{{0}}' cites '{{1}}' here, where the '{{3}}' version cites no such reference; the versions of one text must cite the same."
        : $"{noun} '{{0}}' cites '{{1}}' here, where the '{{3}}' version has '{{2}}'; the versions of one text must cite the same.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        var (first, second) = (pair.First, pair.Second);
        foreach (var (a, b, _) in pair.Matched)
        {
            // A footnote's references count only where both versions have the item's footnotes: an excerpt
            // often stops before the page's notes, and then the other version's notes are simply not there.
            var notes = a.HasFootnotes && b.HasFootnotes;
            var left = a.References.Where(r => notes || !r.InFootnote).ToList();
            var right = b.References.Where(r => notes || !r.InFootnote).ToList();
            foreach (var reference in left.ToList())
            {
                var same = right.FindIndex(r => r.Key == reference.Key);
                if (same >= 0)
                {
                    right.RemoveAt(same);
                    left.Remove(reference);
                }
            }

            foreach (var kind in left.Concat(right).Select(r => r.Kind).Distinct())
            {
                var mine = right.Where(r => r.Kind == kind).ToList();
                var theirs = left.Where(r => r.Kind == kind).ToList();
                for (var i = 0; i < Math.Max(mine.Count, theirs.Count); i++)
                {
                    var other = i < theirs.Count ? theirs[i] : null;
                    var counterpart = i < mine.Count ? mine[i] : null;

                    // One side only, where the other's language never yields the kind: its recogniser missed it.
                    if ((other is null && !first.Summary.ReferenceKinds.Contains(kind)) || (counterpart is null && !second.Summary.ReferenceKinds.Contains(kind)))
                    {
                        continue;
                    }

                    if (i < mine.Count)
                    {
                        Report(run, second.Path, mine[i], b, other?.Text, first.Language,
                            other is null ? run.Locate(first.Path, a.Span, $"{a.DisplayName} of the {first.Language} version") : run.Locate(first.Path, other.Span, $"'{other.Text}' in the {first.Language} version"));
                    }
                    else
                    {
                        Report(run, first.Path, theirs[i], a, null, second.Language, run.Locate(second.Path, b.Span, $"{b.DisplayName} of the {second.Language} version"));
                    }
                }
            }
        }
    }

    /// <summary>Reports a reference against the other version's (<paramref name="other"/>), or against none where that is null.</summary>
    private static void Report(CrossDocumentAnalysisContext<VersionSummary> run, string path, VersionReference reference, VersionItem item, string? other, string otherLanguage, Location related) =>
        run.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            run.Locate(path, reference.Span, $"'{reference.Text}' written here"),
            [item.Mark, reference.Text, other ?? "", otherLanguage],
            [related],
            logicalLocation: item.DisplayName,
            messageId: MessageId(item.Kind, other is null ? Absent : "")));
}
