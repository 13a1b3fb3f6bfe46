using System.Collections.Immutable;
using DraftLint.Text;

namespace DraftLint.Diagnostics;

/// <summary>A replacement of a span of the original file (an empty span inserts, an empty text deletes).</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    /// <summary>The lines and columns of <see cref="Span"/>, set when the fix's diagnostic is made (reports need them after the text is gone).</summary>
    public LinePositionSpan LineSpan { get; init; }
}

/// <summary>A fix a diagnostic offers: a title and edits of the file the diagnostic is in, all against the original text.</summary>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits)
{
    public static CodeFix Replace(string title, TextSpan span, string newText) => new(title, [new TextEdit(span, newText)]);

    /// <summary>This fix with each edit's <see cref="TextEdit.LineSpan"/> read from the text it edits.</summary>
    internal CodeFix WithLineSpans(SourceText text) =>
        this with { Edits = [.. Edits.Select(e => e with { LineSpan = text.GetLinePositionSpan(e.Span) })] };
}
