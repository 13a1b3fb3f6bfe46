using DraftLint.Text;

namespace DraftLint.Syntax;

/// <summary>A footnote: its number, its body as extraction left it, and the marker that points at it.</summary>
public sealed class FootnoteSyntax(TextSpan span, int? number, MappedText text, TextSpan? markerSpan)
    : SyntaxNode(SyntaxKind.Footnote, span)
{
    /// <summary>The footnote's number, or null for a body whose number extraction lost (a bare URL line in mid-text).</summary>
    public int? Number { get; } = number;

    /// <summary>The body after the number ("P7_TA-PROV(2011)0588").</summary>
    public MappedText Text { get; } = text;

    /// <summary>The source span of the marker glued to a word or a year ("Asia1", "20111"), where one was found.</summary>
    public TextSpan? MarkerSpan { get; } = markerSpan;

    public override string DisplayName => Number is int n ? $"footnote {n.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "footnote";
}
