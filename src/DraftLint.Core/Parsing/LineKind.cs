using DraftLint.Text;

namespace DraftLint.Parsing;

internal enum LineKind
{
    Blank,
    Debris,
    Footnote,
    Content,
}

/// <summary>
/// One physical line as the parser first sees it. A struct in the parser's list of lines (a document has a hundred
/// or more): the parser sets <see cref="Kind"/> through a reference into the list.
/// </summary>
internal struct LineInfo(int number, TextSpan full, TextSpan content, bool hasBullet)
{
    public int Number { get; } = number;

    /// <summary>The whole line without its line break.</summary>
    public TextSpan Full { get; } = full;

    /// <summary>The line with leading white space, a leading bullet glyph and trailing white space removed.</summary>
    public TextSpan Content { get; set; } = content;

    /// <summary>True where the line opened with a dash or a bullet glyph (now removed from <see cref="Content"/>).</summary>
    public bool HasBullet { get; } = hasBullet;

    public LineKind Kind { get; set; } = content.IsEmpty ? LineKind.Blank : LineKind.Content;
}
