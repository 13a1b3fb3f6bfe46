using DraftLint.Text;

namespace DraftLint.Syntax;

/// <summary>A clause of an item: text between ";" separators or sentence ends, trimmed.</summary>
public sealed class SentenceSyntax(ItemSyntax item, TextSpan range)
    : SyntaxNode(SyntaxKind.Sentence, item.Text.ToSource(range))
{
    public ItemSyntax Item { get; } = item;

    /// <summary>The clause's span within <see cref="ItemSyntax.Text"/>.</summary>
    public TextSpan Range { get; } = range;

    public string Text => Item.Text.Value.Substring(Range.Start, Range.Length);
}
