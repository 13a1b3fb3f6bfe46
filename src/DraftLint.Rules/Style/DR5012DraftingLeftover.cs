using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;
using Humanizer;

namespace DraftLint.Rules.Style;

/// <summary>DR5012: a Word draft that still holds tracked changes or comments.</summary>
public sealed class DR5012DraftingLeftover : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5012",
        "Tracked change or comment left in the draft",
        "{0} still holds {1}: accept or reject the changes and resolve the comments before tabling.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A Word draft is linted as it would read with every tracked change accepted, but a tabled text must not hold "
        + "revisions or comments: whoever opens it sees the markup, and a change nobody accepted is not in the text the "
        + "author meant. One finding per paragraph, at the first change or comment in it, says how many there are and by "
        + "whom. Text files and PDFs have none.",
        WellKnownTags.LanguageNeutral);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var source = document.Document.Source;
            if (source.Origin is not { Leftovers.Length: > 0 } origin)
            {
                return;
            }

            foreach (var group in origin.Leftovers.GroupBy(l => origin.PlaceOf(l.Span.Start)))
            {
                var first = group.First();
                var place = group.Key.ToString();
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(source, first.Span),
                    [place.Length == 0 ? "The document" : Wording.SentenceCase(place), Describe([.. group])],
                    logicalLocation: place.Length == 0 ? null : place));
            }
        });

    /// <summary>"2 tracked changes by Jane Drafter and a comment by A Reviewer".</summary>
    private static string Describe(IReadOnlyList<DocumentLeftover> leftovers)
    {
        var parts = new List<string>();
        foreach (var (comments, noun) in new[] { (false, "tracked change"), (true, "comment") })
        {
            var these = leftovers.Where(l => (l.Kind == LeftoverKind.Comment) == comments).ToList();
            if (these.Count == 0)
            {
                continue;
            }

            var authors = these.Select(l => l.Author).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();
            var count = these.Count == 1 ? $"a {noun}" : Wording.Quantity(these.Count, noun);
            parts.Add(authors.Count == 0 ? count : $"{count} by {authors.Humanize("and")}");
        }

        return parts.Humanize("and");
    }
}
