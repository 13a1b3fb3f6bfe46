using DraftLint.Text;

namespace DraftLint.Diagnostics;

/// <summary>
/// A place in a file: a span of its text, with the line/column range it covers and an optional label. A location
/// made by a rule holds its document's text; once the run has what it reports of it (<see cref="Detach"/>), it keeps
/// only its <see cref="Excerpt"/>, so that a run over thousands of files does not hold every file to the end.
/// </summary>
public sealed class Location
{
    private LocationExcerpt? _excerpt;

    private Location(SourceText? source, string path, TextSpan span, LinePositionSpan lineSpan, string? message, LocationExcerpt? excerpt)
    {
        Source = source;
        FilePath = path;
        Span = span;
        LineSpan = lineSpan;
        Message = message;
        _excerpt = excerpt;
    }

    /// <summary>
    /// The document's text; null once the location is detached from it, except for a Word or PDF document (whose
    /// rendered text SARIF embeds and whose places <see cref="Place"/> reads).
    /// </summary>
    public SourceText? Source { get; }

    public string FilePath { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    /// <summary>What this place is, for an additional location ("first spelled here").</summary>
    public string? Message { get; }

    /// <summary>For a Word or PDF file, the paragraph, page or footnote the place is in; null for a text file.</summary>
    public DocumentPlace? Place => Source?.Origin?.PlaceOf(Span.Start);

    /// <summary>The text reports show of this place: its own text when short, and the text around it.</summary>
    /// <exception cref="InvalidOperationException">The location was detached without its excerpt.</exception>
    public LocationExcerpt Excerpt => _excerpt ??= Source is { } source
        ? LocationExcerpt.Of(source, Span, LineSpan)
        : throw new InvalidOperationException($"{this} was detached from its text without its excerpt.");

    public static Location Create(SourceText source, TextSpan span, string? message = null) =>
        new(source, source.Path, span, source.GetLinePositionSpan(span), message, null);

    /// <summary>This place with its text let go, and its excerpt taken where <paramref name="excerpt"/> (a Word or PDF document's text is kept).</summary>
    public Location Detach(bool excerpt = true) => Source is null || Source.Origin is not null
        ? this
        : new(null, FilePath, Span, LineSpan, Message, excerpt ? Excerpt : null);

    public override string ToString() => $"{FilePath}({LineSpan.Start})";
}

/// <summary>
/// What reports show of a location's text, bounded whatever the length of its line: the flagged text itself (up to
/// <see cref="MaxSnippetLength"/> characters) and its context, the line before, the lines of the finding and the line
/// after, cut to <see cref="ContextMargin"/> characters on each side of it.
/// </summary>
public sealed class LocationExcerpt
{
    /// <summary>
    /// The longest span whose text is kept as its snippet: a longer one (a whole item flagged) has no snippet, and no
    /// context either, which would be longer still.
    /// </summary>
    public const int MaxSnippetLength = 500;

    /// <summary>
    /// How far a context reaches on each side of its span, so that a finding on a line of megabytes does not carry the
    /// line (issue 23).
    /// </summary>
    public const int ContextMargin = 250;

    private LocationExcerpt(string? snippet, TextSpan? contextSpan, LinePositionSpan contextLineSpan, string? contextText)
    {
        Snippet = snippet;
        ContextSpan = contextSpan;
        ContextLineSpan = contextLineSpan;
        ContextText = contextText;
    }

    /// <summary>The location's own text; null where it is longer than <see cref="MaxSnippetLength"/>.</summary>
    public string? Snippet { get; }

    /// <summary>The span of the context; null where there is none (a long location) or it is no more than the location.</summary>
    public TextSpan? ContextSpan { get; }

    public LinePositionSpan ContextLineSpan { get; }

    public string? ContextText { get; }

    public static LocationExcerpt Of(SourceText text, TextSpan span, LinePositionSpan lineSpan)
    {
        if (span.Length > MaxSnippetLength)
        {
            return new LocationExcerpt(null, null, default, null);
        }

        var context = Context(text, span, lineSpan);
        return new LocationExcerpt(
            text.ToString(span),
            context,
            context is { } c ? text.GetLinePositionSpan(c) : default,
            context is { } s ? text.ToString(s) : null);
    }

    /// <summary>
    /// The context of a span, never cut inside a surrogate pair or a CRLF, or null where that is no more than the span
    /// itself (SARIF: a context region is a proper superset of its region).
    /// </summary>
    private static TextSpan? Context(SourceText text, TextSpan span, LinePositionSpan lineSpan)
    {
        var firstLine = Math.Max(1, lineSpan.Start.Line - 1);
        var lastLine = Math.Min(text.LineCount, lineSpan.End.Line + 1);
        var start = Math.Min(span.Start, Math.Max(text.GetLineSpan(firstLine).Start, span.Start - ContextMargin));
        var end = Math.Max(span.End, Math.Min(text.GetLineSpan(lastLine).End, span.End + ContextMargin));
        if (start < span.Start && IsPair(text, start))
        {
            start++;
        }

        if (end > span.End && IsPair(text, end))
        {
            end--;
        }

        return start == span.Start && end == span.End ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>Whether an offset falls between the two halves of a surrogate pair or of a CRLF.</summary>
    private static bool IsPair(SourceText text, int offset) =>
        offset > 0 && offset < text.Length
        && ((char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])) || (text[offset - 1] == '\r' && text[offset] == '\n'));
}
