using System.Text;
using DraftLint.Text;

namespace DraftLint.Diagnostics;

/// <summary>The outcome of applying fixes to one text.</summary>
/// <param name="Text">The text with the applied fixes.</param>
/// <param name="Applied">The diagnostics whose fixes were applied.</param>
/// <param name="Skipped">The diagnostics whose fixes overlapped one applied before them (a second pass picks them up).</param>
public sealed record FixResult(string Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped);

/// <summary>
/// Applies the fixes of diagnostics to the text they were computed on. All edits refer to the original text;
/// a fix whose edits overlap an edit already chosen is skipped whole (never two overlapping fixes in one pass),
/// and the chosen edits are applied from the end of the text to its start.
/// </summary>
public static class FixApplier
{
    public static FixResult Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var chosen = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        var skipped = new List<Diagnostic>();
        var candidates = diagnostics
            .Where(d => d.Fix is { Edits.Length: > 0 })
            .OrderBy(d => d.Fix!.Edits.Min(e => e.Span.Start))
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var diagnostic in candidates)
        {
            var edits = diagnostic.Fix!.Edits;
            if (edits.Any(e => e.Span.End > text.Length) || edits.Any(e => chosen.Any(c => Overlaps(c.Span, e.Span))) || HasInnerOverlap(edits))
            {
                skipped.Add(diagnostic);
                continue;
            }

            chosen.AddRange(edits);
            applied.Add(diagnostic);
        }

        var result = new StringBuilder(text);
        foreach (var edit in chosen.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
        {
            result.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return new FixResult(result.ToString(), applied, skipped);
    }

    /// <summary>Spans overlap where they share a character, or both insert at one place, or one inserts strictly inside the other.</summary>
    public static bool Overlaps(TextSpan a, TextSpan b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return a.Start == b.Start;
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            var (point, span) = a.IsEmpty ? (a.Start, b) : (b.Start, a);
            return point > span.Start && point < span.End;
        }

        return a.OverlapsWith(b);
    }

    private static bool HasInnerOverlap(IReadOnlyList<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (Overlaps(edits[i].Span, edits[j].Span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
