namespace DraftLint.Data;

/// <summary>Drafting conventions (<c>rules/style.json</c>).</summary>
public sealed class StyleData
{
    public TerminalPunctuationStyle TerminalPunctuation { get; set; } = new();

    /// <summary>Conventions of earlier terms, each in force up to its date, oldest first or in any order.</summary>
    public EarlierConvention[] EarlierConventions { get; set; } = [];

    /// <summary>The terminal punctuation in force on a document's date (today's where the date is not known).</summary>
    public TerminalPunctuationStyle TerminalPunctuationOn(DateOnly? date)
    {
        var period = date is { } d
            ? EarlierConventions.Where(c => DateOnly.TryParse(c.Until, System.Globalization.CultureInfo.InvariantCulture, out var until) && d <= until)
                .OrderBy(c => c.Until, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (period?.TerminalPunctuation is not { } earlier)
        {
            return TerminalPunctuation;
        }

        return new TerminalPunctuationStyle
        {
            Citation = earlier.Citation ?? TerminalPunctuation.Citation,
            Recital = earlier.Recital ?? TerminalPunctuation.Recital,
            Paragraph = earlier.Paragraph ?? TerminalPunctuation.Paragraph,
            LastParagraph = earlier.LastParagraph ?? TerminalPunctuation.LastParagraph,
        };
    }
}

/// <summary>
/// The marks each kind of item ends with; an empty string turns the check off for that kind. Several marks written
/// together (";,") are all accepted, and the first is the one a fix writes.
/// </summary>
public sealed class TerminalPunctuationStyle
{
    public string Citation { get; set; } = ",";

    public string Recital { get; set; } = ";";

    public string Paragraph { get; set; } = ";";

    public string LastParagraph { get; set; } = ".";
}

/// <summary>A convention of an earlier term: in force for documents dated up to <see cref="Until"/> (yyyy-MM-dd).</summary>
public sealed class EarlierConvention
{
    public string Until { get; set; } = "";

    public PartialTerminalPunctuation? TerminalPunctuation { get; set; }
}

/// <summary>The marks of an earlier convention; a kind left out keeps today's.</summary>
public sealed class PartialTerminalPunctuation
{
    public string? Citation { get; set; }

    public string? Recital { get; set; }

    public string? Paragraph { get; set; }

    public string? LastParagraph { get; set; }
}
