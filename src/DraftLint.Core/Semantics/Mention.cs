using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>
/// What the semantic model finds in a text (a date, a name, a reference): the node and text it stands in and its range
/// there. A rule reports a mention in one call (DocumentAnalysisContext.Report).
/// </summary>
public abstract record Mention
{
    /// <summary>The item or footnote the mention stands in.</summary>
    public abstract SyntaxNode Host { get; }

    /// <summary>The text of <see cref="Host"/> that <see cref="Range"/> is in.</summary>
    public abstract MappedText HostText { get; }

    /// <summary>The span within <see cref="HostText"/>.</summary>
    public required TextSpan Range { get; init; }

    /// <summary>The span in the source file.</summary>
    public TextSpan SourceSpan => HostText.ToSource(Range);
}
