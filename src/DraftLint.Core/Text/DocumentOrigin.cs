using System.Collections.Immutable;

namespace DraftLint.Text;

/// <summary>What a linted file is: plain text, or a document whose text DraftLint rendered.</summary>
public enum SourceFormat
{
    Text,
    Word,
    Pdf,
}

/// <summary>What a drafter left in a Word file that a tabled text should not hold.</summary>
public enum LeftoverKind
{
    Insertion,
    Deletion,
    Move,
    FormattingChange,
    Comment,
}

/// <summary>
/// One tracked change or comment of a Word file, at the place of the rendered text it concerns (a deletion, which the
/// rendered text leaves out, at the place it was).
/// </summary>
public sealed record DocumentLeftover(LeftoverKind Kind, TextSpan Span, string? Author);

/// <summary>Where a place of the rendered text is in the document itself: the Word paragraph, the PDF page.</summary>
/// <param name="Paragraph">The 1-based Word paragraph, counting every paragraph of the body (empty ones and table cells too) in order; footnotes are not counted.</param>
/// <param name="Page">The 1-based page of a PDF.</param>
/// <param name="Note">The footnote or endnote the place is in, by its displayed number.</param>
public readonly record struct DocumentPlace(int? Paragraph, int? Page, int? Note)
{
    /// <summary>"paragraph 14", "page 3", "footnote 2": how a report names the place.</summary>
    public override string ToString() =>
        Note is int note ? $"footnote {note}" : Paragraph is int paragraph ? $"paragraph {paragraph}" : Page is int page ? $"page {page}" : "";
}

/// <summary>
/// Where the text of a document that is not plain text came from. A Word or PDF file is linted through the text
/// DraftLint renders from it (one line per paragraph, numbering labels as Word shows them, footnote bodies after the
/// text); this map takes every offset of that text back to the paragraph or page it shows, and holds what the file
/// says besides its text (tracked changes, comments).
/// </summary>
public sealed class DocumentOrigin
{
    // Places in order of Start: the text from one start to the next shows that place.
    private readonly ImmutableArray<(int Start, DocumentPlace Place)> _places;
    private readonly ImmutableArray<int> _starts;

    private DocumentOrigin(SourceFormat format, ImmutableArray<(int Start, DocumentPlace Place)> places, ImmutableArray<DocumentLeftover> leftovers, ImmutableArray<byte> contentHash)
    {
        Format = format;
        _places = places;
        _starts = [.. places.Select(p => p.Start)];
        Leftovers = leftovers;
        ContentHash = contentHash;
    }

    public SourceFormat Format { get; }

    /// <summary>Tracked changes and comments, in document order.</summary>
    public ImmutableArray<DocumentLeftover> Leftovers { get; }

    /// <summary>The SHA-256 of the file's bytes as they were read: a fix checks the file did not change since.</summary>
    public ImmutableArray<byte> ContentHash { get; }

    /// <summary>"Word document", "PDF": how a message names the kind of file.</summary>
    public string FormatName => Format switch
    {
        SourceFormat.Word => "Word document",
        SourceFormat.Pdf => "PDF",
        _ => "text",
    };

    /// <summary>The paragraph, page or note an offset of the rendered text shows.</summary>
    public DocumentPlace PlaceOf(int offset)
    {
        // Starts are distinct and in order (the builder keeps the last place marked at a start).
        var index = _starts.BinarySearch(offset);
        var found = index >= 0 ? index : ~index - 1;
        return found < 0 ? default : _places[found].Place;
    }

    /// <summary>Collects the places of a rendered text as a reader writes it, in order.</summary>
    public sealed class Builder(SourceFormat format)
    {
        private readonly ImmutableArray<(int Start, DocumentPlace Place)>.Builder _places = ImmutableArray.CreateBuilder<(int, DocumentPlace)>();
        private readonly ImmutableArray<DocumentLeftover>.Builder _leftovers = ImmutableArray.CreateBuilder<DocumentLeftover>();

        /// <summary>The text from <paramref name="start"/> on shows <paramref name="place"/>.</summary>
        public void Mark(int start, DocumentPlace place)
        {
            if (_places.Count > 0 && _places[^1].Start > start)
            {
                throw new ArgumentOutOfRangeException(nameof(start), "places are marked in order of the text");
            }

            // An empty paragraph leaves no text: the place marked after it at the same start is the one shown there.
            if (_places.Count > 0 && _places[^1].Start == start)
            {
                _places[^1] = (start, place);
                return;
            }

            _places.Add((start, place));
        }

        public void AddLeftover(DocumentLeftover leftover) => _leftovers.Add(leftover);

        public DocumentOrigin Build(ReadOnlySpan<byte> fileBytes) =>
            new(format, _places.ToImmutable(), [.. _leftovers.OrderBy(l => l.Span.Start)], [.. System.Security.Cryptography.SHA256.HashData(fileBytes)]);
    }
}
