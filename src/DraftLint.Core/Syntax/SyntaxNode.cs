using DraftLint.Text;

namespace DraftLint.Syntax;

/// <summary>An immutable node of a parsed document, with the span it covers in the source file.</summary>
public abstract class SyntaxNode(SyntaxKind kind, TextSpan span)
{
    public SyntaxKind Kind { get; } = kind;

    /// <summary>The source span, from the first to the last character of the node (leading label included).</summary>
    public TextSpan Span { get; } = span;

    /// <summary>A reader's name for the node, as messages and SARIF's logical location give it: "recital G", "footnote 3".</summary>
    public virtual string DisplayName => Kind.ToString();

    public override string ToString() => $"{Kind} {Span}";
}
