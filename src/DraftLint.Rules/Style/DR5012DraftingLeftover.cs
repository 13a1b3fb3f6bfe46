using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;
using Humanizer;

namespace DraftLint.Rules.Style;

/// <summary>DR5012: a Word draft that still holds tracked changes or comments.</summary>
public sealed class DR5012DraftingLeftover : DiagnosticAnalyzer
{
    /// <summary>
    /// One message per what a place holds (the place is a paragraph, page or footnote, or the file where the text
    /// shows none), with its authors where the file names them.
    /// </summary>
    private static readonly MessageSet Messages = new(
        from held in new[]
        {
            ("changes-by", "tracked changes by '{1}'"), ("changes", "tracked changes"),
            ("comments-by", "comments by '{1}'"), ("comments", "comments"),
            ("changes-and-comments-by", "tracked changes by '{1}' and comments by '{2}'"), ("changes-and-comments", "tracked changes and comments"),
        }
        select (held.Item1, $"'{{0}}' still holds {held.Item2}: accept or reject the changes and resolve the comments before tabling."));

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5012",
        "Tracked change or comment left in the draft",
        Messages.Default,
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A Word draft is linted as it would read with every tracked change accepted, but a tabled text must not hold "
        + "revisions or comments: whoever opens it sees the markup, and a change nobody accepted is not in the text the "
        + "author meant. One finding per paragraph, at the first change or comment in it, says what there is and by "
        + "whom. Text files and PDFs have none.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = Messages.Alternatives,
    };

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
                var (id, authors) = Describe([.. group]);
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(source, first.Span),
                    [place.Length == 0 ? Path.GetFileName(source.Path) : Wording.SentenceCase(place), .. authors],
                    logicalLocation: place.Length == 0 ? null : place,
                    messageId: Messages.IdOf(id)));
            }
        });

    /// <summary>
    /// What the leftovers of one place are ("changes-and-comments-by") and their authors ("Jane Drafter and A Reviewer"
    /// for the changes, then those of the comments); authors are named only where every kind held has some.
    /// </summary>
    private static (string Id, string[] Authors) Describe(IReadOnlyList<DocumentLeftover> leftovers)
    {
        var kinds = new List<string>();
        var authors = new List<string>();
        foreach (var (comments, noun) in new[] { (false, "changes"), (true, "comments") })
        {
            var these = leftovers.Where(l => (l.Kind == LeftoverKind.Comment) == comments).ToList();
            if (these.Count == 0)
            {
                continue;
            }

            kinds.Add(noun);
            var names = these.Select(l => l.Author).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count > 0)
            {
                authors.Add(names.Humanize("and"));
            }
        }

        var id = string.Join("-and-", kinds);
        return authors.Count == kinds.Count ? (id + "-by", [.. authors]) : (id, []);
    }
}
