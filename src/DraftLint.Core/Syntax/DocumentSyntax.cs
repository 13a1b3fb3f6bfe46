using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DraftLint.Text;

namespace DraftLint.Syntax;

/// <summary>The shape the parser recognised in a document.</summary>
public enum DocumentShape
{
    /// <summary>A resolution or motion: preamble, citations, recitals, paragraphs.</summary>
    Resolution,

    /// <summary>Free prose: a letter, a summary, a press release.</summary>
    Prose,
}

/// <summary>The root of a parsed document.</summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(
        SourceText source,
        string language,
        DocumentShape shape,
        ImmutableArray<ItemSyntax> header,
        ItemSyntax? preamble,
        ImmutableArray<ItemSyntax> citations,
        ImmutableArray<ItemSyntax> recitals,
        ImmutableArray<ItemSyntax> paragraphs,
        ImmutableArray<ItemSyntax> prose,
        ImmutableArray<FootnoteSyntax> footnotes,
        ImmutableArray<FootnoteMarker> footnoteMarkers,
        ImmutableArray<TextSpan> debris,
        ImmutableArray<TextSpan> elisions = default)
        : base(SyntaxKind.Document, new TextSpan(0, source.Length))
    {
        Source = source;
        Language = language;
        Shape = shape;
        Header = header;
        Preamble = preamble;
        Citations = citations;
        Recitals = recitals;
        Paragraphs = paragraphs;
        Prose = prose;
        Footnotes = footnotes;
        FootnoteMarkers = footnoteMarkers;
        Debris = debris;
        Elisions = elisions.IsDefault ? [] : elisions;
        Items = InDocumentOrder(header, preamble, citations, recitals, paragraphs, prose);
        AllItems = WithPoints(Items);
    }

    public SourceText Source { get; }

    /// <summary>The language code ("en", "nl"), detected or given.</summary>
    public string Language { get; }

    public DocumentShape Shape { get; }

    public ImmutableArray<ItemSyntax> Header { get; }

    public ItemSyntax? Preamble { get; }

    public ImmutableArray<ItemSyntax> Citations { get; }

    public ImmutableArray<ItemSyntax> Recitals { get; }

    public ImmutableArray<ItemSyntax> Paragraphs { get; }

    public ImmutableArray<ItemSyntax> Prose { get; }

    public ImmutableArray<FootnoteSyntax> Footnotes { get; }

    /// <summary>The footnote markers glued to words or years ("Asia1", "20111"), in document order.</summary>
    public ImmutableArray<FootnoteMarker> FootnoteMarkers { get; }

    /// <summary>Spans of lines the parser set aside as page-break debris (page numbers, document codes).</summary>
    public ImmutableArray<TextSpan> Debris { get; }

    /// <summary>Lines that mark text left out of a quoted excerpt ("(…)"): numbering may jump across them, and the item before may be cut.</summary>
    public ImmutableArray<TextSpan> Elisions { get; }

    /// <summary>True where an elision mark stands between two positions of the text.</summary>
    public bool IsElidedBetween(int start, int end)
    {
        foreach (var elision in Elisions)
        {
            if (elision.Start >= start && elision.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every top-level item in document order: header lines, preamble, citations, recitals, paragraphs, prose.</summary>
    public ImmutableArray<ItemSyntax> Items { get; }

    /// <summary>Every item and, after each, its points (and theirs), in document order: what the rules that read all text walk.</summary>
    public ImmutableArray<ItemSyntax> AllItems { get; }

    // The parts are each in document order and, in a resolution, follow one another: then they are only copied.
    private static ImmutableArray<ItemSyntax> InDocumentOrder(
        ImmutableArray<ItemSyntax> header,
        ItemSyntax? preamble,
        ImmutableArray<ItemSyntax> citations,
        ImmutableArray<ItemSyntax> recitals,
        ImmutableArray<ItemSyntax> paragraphs,
        ImmutableArray<ItemSyntax> prose)
    {
        var items = new ItemSyntax[header.Length + (preamble is null ? 0 : 1) + citations.Length + recitals.Length + paragraphs.Length + prose.Length];
        var count = 0;
        header.CopyTo(items, count);
        count += header.Length;
        if (preamble is not null)
        {
            items[count++] = preamble;
        }

        foreach (var part in (ReadOnlySpan<ImmutableArray<ItemSyntax>>)[citations, recitals, paragraphs, prose])
        {
            part.CopyTo(items, count);
            count += part.Length;
        }

        for (var i = 1; i < items.Length; i++)
        {
            if (items[i].Span.Start < items[i - 1].Span.Start)
            {
                return [.. items.OrderBy(item => item.Span.Start)];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    // Most documents have no sub-points: then every item is a top-level item.
    private static ImmutableArray<ItemSyntax> WithPoints(ImmutableArray<ItemSyntax> items)
    {
        if (!items.Any(item => !item.SubPoints.IsEmpty))
        {
            return items;
        }

        var all = ImmutableArray.CreateBuilder<ItemSyntax>(items.Length);
        foreach (var item in items)
        {
            AddWithPoints(item, all);
        }

        return all.ToImmutable();

        static void AddWithPoints(ItemSyntax item, ImmutableArray<ItemSyntax>.Builder into)
        {
            into.Add(item);
            foreach (var point in item.SubPoints)
            {
                AddWithPoints(point, into);
            }
        }
    }

    /// <summary>
    /// Every text of the document with the node that holds it: each item and its points at any depth, in document
    /// order, then each footnote. Text actions walk this; a rule that reads words misses none of them.
    /// </summary>
    public IEnumerable<(SyntaxNode Node, MappedText Text)> Texts()
    {
        foreach (var item in AllItems)
        {
            yield return (item, item.Text);
        }

        foreach (var footnote in Footnotes)
        {
            yield return (footnote, footnote.Text);
        }
    }

    /// <summary>Every node in document order, depth first: items, their sub-points, their sentences, then footnotes.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        foreach (var item in Items)
        {
            foreach (var node in Walk(item))
            {
                yield return node;
            }
        }

        foreach (var footnote in Footnotes)
        {
            yield return footnote;
        }
    }

    private static IEnumerable<SyntaxNode> Walk(ItemSyntax item)
    {
        yield return item;
        foreach (var sentence in item.Sentences)
        {
            yield return sentence;
        }

        foreach (var sub in item.SubPoints)
        {
            foreach (var node in Walk(sub))
            {
                yield return node;
            }
        }
    }
}

/// <summary>A footnote marker: the digits glued to a word or a year, and the number they stand for.</summary>
public sealed record FootnoteMarker(int Number, TextSpan Span);
