using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DraftLint.Text;

namespace DraftLint.Syntax;

/// <summary>
/// One item of a document: a header line, a citation, a recital, a paragraph, a sub-point or a block of prose.
/// Its <see cref="Text"/> is the item's body (label left out), its lines joined with single spaces,
/// footnote bodies and page debris removed, mapped back to the source character by character.
/// </summary>
public sealed class ItemSyntax : SyntaxNode
{
    internal ItemSyntax(
        SyntaxKind kind,
        TextSpan span,
        int index,
        ItemLabel? label,
        MappedText text,
        IReadOnlyList<TextSpan> sentenceRanges,
        ImmutableArray<ItemSyntax> subPoints)
        : base(kind, span)
    {
        Index = index;
        Label = label;
        Text = text;
        SubPoints = subPoints;
        var sentences = new SentenceSyntax[sentenceRanges.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new SentenceSyntax(this, sentenceRanges[i]);
        }

        Sentences = ImmutableCollectionsMarshal.AsImmutableArray(sentences);
    }

    /// <summary>The 1-based position of the item among the items of its kind (the third citation has 3).</summary>
    public int Index { get; }

    /// <summary>The item's printed label ("G", "13", "(a)"), or null for citations, header lines and prose.</summary>
    public ItemLabel? Label { get; }

    public MappedText Text { get; }

    public ImmutableArray<ItemSyntax> SubPoints { get; }

    public ImmutableArray<SentenceSyntax> Sentences { get; }

    /// <summary>The sentence (clause) that holds an offset of <see cref="Text"/>, or null between sentences.</summary>
    public SentenceSyntax? SentenceAt(int offset)
    {
        // The sentences are in order and do not overlap: a binary search, since a long item asks once per date.
        var (low, high) = (0, Sentences.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var range = Sentences[middle].Range;
            if (offset < range.Start)
            {
                high = middle - 1;
            }
            else if (offset >= range.End)
            {
                low = middle + 1;
            }
            else
            {
                return Sentences[middle];
            }
        }

        return null;
    }

    /// <summary>A human name for the item, used as the SARIF logical location: "recital G", "paragraph 13", "citation 4".</summary>
    public override string DisplayName => Kind switch
    {
        SyntaxKind.Citation => $"citation {Index}",
        SyntaxKind.Recital => $"recital {Label?.Text ?? Index.ToString()}",
        SyntaxKind.Paragraph => $"paragraph {Label?.Text ?? Index.ToString()}",
        SyntaxKind.SubPoint => $"point {Label?.Text ?? Index.ToString()}",
        SyntaxKind.HeaderLine => $"header line {Index}",
        SyntaxKind.ProseBlock => $"block {Index}",
        _ => $"{Kind} {Index}",
    };
}

/// <summary>The printed label of a recital, paragraph or sub-point, and its ordinal in its numbering scheme.</summary>
/// <param name="Text">The label as printed, without its dot or brackets ("AA", "13", "a", "iv").</param>
/// <param name="Span">The label's span in the source (dot or brackets included).</param>
/// <param name="Ordinal">The position the label stands for (A = 1, Z = 26, AA = 27; 13 = 13; iv = 4).</param>
/// <param name="Scheme">The numbering scheme the label belongs to.</param>
public sealed record ItemLabel(string Text, TextSpan Span, int Ordinal, LabelScheme Scheme);

/// <summary>How a run of items is numbered.</summary>
public enum LabelScheme
{
    /// <summary>1, 2, 3 …</summary>
    Arabic,

    /// <summary>A … Z, AA, AB … (the European Parliament's recitals).</summary>
    UpperLetters,

    /// <summary>a, b, c …</summary>
    LowerLetters,

    /// <summary>i, ii, iii, iv …</summary>
    LowerRoman,
}
