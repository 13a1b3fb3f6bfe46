using System.Collections.Immutable;
using DraftLint.Parsing;
using DraftLint.Syntax;

namespace DraftLint.Rules.Numbering;

/// <summary>What can be wrong at one item of a numbered run.</summary>
internal enum NumberingProblem
{
    /// <summary>Labels are skipped and never appear later.</summary>
    Gap,

    /// <summary>The label was used by an earlier item of the run.</summary>
    Duplicate,

    /// <summary>The label comes after a higher one.</summary>
    OutOfOrder,
}

/// <param name="Problem">What is wrong.</param>
/// <param name="Item">The item where the problem shows.</param>
/// <param name="Previous">The item just before it, or null at the start of the run.</param>
/// <param name="Earlier">For a duplicate: the earlier item with the same label.</param>
/// <param name="Missing">For a gap: the labels that never appear.</param>
/// <param name="Expected">The label that should stand here.</param>
internal sealed record NumberingFinding(NumberingProblem Problem, ItemSyntax Item, ItemSyntax? Previous, ItemSyntax? Earlier, IReadOnlyList<string> Missing, string Expected);

/// <summary>
/// Reads a run of labelled items (recitals A, B … Z, AA …; paragraphs 1, 2 …; points (a), (b) … or (i), (ii) …)
/// and finds gaps, duplicates and misordered labels. Shared by DR1001, DR1002 and DR1003 so that they agree.
/// </summary>
internal static class NumberingSequence
{
    /// <summary>Every labelled run in a document: its recitals, its paragraphs, and the points of each item.</summary>
    public static IEnumerable<IReadOnlyList<ItemSyntax>> Runs(DocumentSyntax document)
    {
        yield return document.Recitals;
        yield return document.Paragraphs;
        foreach (var item in document.Recitals.Concat(document.Paragraphs).Where(i => i.SubPoints.Length > 1))
        {
            yield return item.SubPoints;
        }
    }

    /// <remarks>
    /// Where <paramref name="document"/> marks an elision ("(…)") before an item, the labels before it were left out of a
    /// quoted excerpt: the run goes on from that item's label, with no gap.
    /// </remarks>
    public static IEnumerable<NumberingFinding> Analyze(IReadOnlyList<ItemSyntax> items, DocumentSyntax? document = null)
    {
        var labelled = items.Where(i => i.Label is not null).ToList();
        var seen = new Dictionary<int, ItemSyntax>();
        var max = 0;
        ItemSyntax? previous = null;
        for (var index = 0; index < labelled.Count; index++)
        {
            var item = labelled[index];
            var label = item.Label!;
            var ordinal = label.Ordinal;

            // The label expected here is written out only for a finding (most items have none).
            if (seen.TryGetValue(ordinal, out var earlier))
            {
                yield return new NumberingFinding(NumberingProblem.Duplicate, item, previous, earlier, [], Format(max + 1, label.Scheme));
            }
            else if (ordinal > max + 1 && document is not null && document.IsElidedBetween(previous?.Span.Start ?? PreviousStart(document, item), item.Span.Start))
            {
                // Left out on purpose.
            }
            else if (ordinal > max + 1)
            {
                // Skipped labels that turn up later are misordered, not missing: they are reported where they stand.
                var later = labelled.Skip(index + 1).Select(i => i.Label!.Ordinal).ToHashSet();
                var missing = Enumerable.Range(max + 1, ordinal - max - 1).Where(o => !later.Contains(o)).ToList();
                if (missing.Count > 0)
                {
                    yield return new NumberingFinding(NumberingProblem.Gap, item, previous, null, [.. missing.Select(o => Format(o, label.Scheme))], Format(max + 1, label.Scheme));
                }
            }
            else if (ordinal < max + 1)
            {
                yield return new NumberingFinding(NumberingProblem.OutOfOrder, item, previous, null, [], Format(max + 1, label.Scheme));
            }

            seen.TryAdd(ordinal, item);
            max = Math.Max(max, ordinal);
            previous = item;
        }
    }

    /// <summary>
    /// Where the citation, recital or paragraph before this one starts, of whatever kind (the last citation before the
    /// first recital); headings between them do not count.
    /// </summary>
    private static int PreviousStart(DocumentSyntax document, ItemSyntax item)
    {
        var start = 0;
        foreach (var other in document.AllItems)
        {
            if (other.Kind is not (SyntaxKind.ProseBlock or SyntaxKind.HeaderLine or SyntaxKind.Preamble) && other.Span.Start < item.Span.Start && other.Span.Start > start)
            {
                start = other.Span.Start;
            }
        }

        return start;
    }

    /// <summary>The label for an ordinal in a scheme: 27 → "AA", 4 → "iv".</summary>
    public static string Format(int ordinal, LabelScheme scheme) => scheme switch
    {
        LabelScheme.UpperLetters => LabelOrdinals.ToLetters(ordinal),
        LabelScheme.LowerLetters => LabelOrdinals.ToLetters(ordinal).ToLowerInvariant(),
        LabelScheme.LowerRoman => LabelOrdinals.ToRoman(ordinal),
        _ => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>"recital", "paragraph" or "point": the noun for an item in messages.</summary>
    public static string Noun(ItemSyntax item) => item.Kind switch
    {
        SyntaxKind.Recital => "recital",
        SyntaxKind.Paragraph => "paragraph",
        _ => "point",
    };

    /// <summary>Every <see cref="Noun"/>: the numbering rules have a message for each.</summary>
    public static readonly ImmutableArray<string> Nouns = ["recital", "paragraph", "point"];
}
