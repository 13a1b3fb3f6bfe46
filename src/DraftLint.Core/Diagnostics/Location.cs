using DraftLint.Text;

namespace DraftLint.Diagnostics;

/// <summary>A place in a file: a span of its text, with the line/column range it covers and an optional label.</summary>
public sealed class Location
{
    private Location(SourceText source, TextSpan span, string? message)
    {
        Source = source;
        Span = span;
        Message = message;
        LineSpan = source.GetLinePositionSpan(span);
    }

    public SourceText Source { get; }

    public string FilePath => Source.Path;

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    /// <summary>What this place is, for an additional location ("first spelled here").</summary>
    public string? Message { get; }

    /// <summary>For a Word or PDF file, the paragraph, page or footnote the place is in; null for a text file.</summary>
    public DocumentPlace? Place => Source.Origin?.PlaceOf(Span.Start);

    public static Location Create(SourceText source, TextSpan span, string? message = null) => new(source, span, message);

    public override string ToString() => $"{FilePath}({LineSpan.Start})";
}
