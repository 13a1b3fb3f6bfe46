namespace DraftLint.Data;

/// <summary>Drafting conventions (<c>rules/style.json</c>).</summary>
public sealed class StyleData
{
    public TerminalPunctuationStyle TerminalPunctuation { get; init; } = new();
}

/// <summary>The mark each kind of item ends with; an empty string turns the check off for that kind.</summary>
public sealed class TerminalPunctuationStyle
{
    public string Citation { get; init; } = ",";

    public string Recital { get; init; } = ";";

    public string Paragraph { get; init; } = ";";

    public string LastParagraph { get; init; } = ".";
}
