using System.Globalization;

namespace DraftLint.Parsing;

/// <summary>
/// Reads the label that opens a line of a resolution's body: a recital's "G. ", a paragraph's "13. ", a
/// sub-point's "(a) " or "iv) ". Loops rather than regular expressions: they run on every line, and a regex match
/// there made a Match object per line. Each reader mirrors an expression, given in its summary and kept as the
/// test oracle in ItemLabelsTests.
/// </summary>
internal static class ItemLabels
{
    /// <summary>
    /// <c>^(?&lt;label&gt;[A-Z]{1,3})\.[ \t\u00A0]+(?=\S)</c>: the label's length, or 0 where the line does not open with one.
    /// </summary>
    public static int Recital(ReadOnlySpan<char> line)
    {
        // The extraction may glue the label to its first word ("A.whereas"): then a lower-case letter follows the dot.
        var length = RunLength(line, 0, static c => char.IsAsciiLetterUpper(c));
        return length is >= 1 and <= 3 && Dot(line, length)
            && (BlanksThen(line, length + 1, static c => !char.IsWhiteSpace(c)) || (length + 1 < line.Length && char.IsLower(line[length + 1])))
            ? length
            : 0;
    }

    /// <summary>
    /// <c>^(?&lt;label&gt;\d{1,3})\.[ \t\u00A0]+(?=[\p{L}\p{Pi}\p{Pf}\p{Ps}'"])</c> with ASCII digits (the label is read as a number):
    /// the label's length, or 0. A paragraph opens with a word, a bracket or an opening quotation mark of any language
    /// (‘ “ „ ‚ « »: Unicode's initial, final and opening punctuation, since » opens a quotation in Danish and German).
    /// </summary>
    public static int Paragraph(ReadOnlySpan<char> line)
    {
        var length = RunLength(line, 0, static c => char.IsAsciiDigit(c));
        return length is >= 1 and <= 3 && Dot(line, length) && BlanksThen(line, length + 1, static c => char.IsLetter(c) || c is '\'' or '"'
                || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation)
            ? length
            : 0;
    }

    /// <summary>
    /// <c>^\(?(?&lt;label&gt;[a-z]{1,4})\)[ \t\u00A0]+(?=\S)</c>: where the label starts (1 after an opening bracket, else 0)
    /// and its length; a length of 0 where the line does not open with one.
    /// </summary>
    public static (int Start, int Length) SubPoint(ReadOnlySpan<char> line)
    {
        var start = line.Length > 0 && line[0] == '(' ? 1 : 0;
        var length = RunLength(line, start, static c => char.IsAsciiLetterLower(c));
        var end = start + length;
        return length is >= 1 and <= 4 && end < line.Length && line[end] == ')' && BlanksThen(line, end + 1, static c => !char.IsWhiteSpace(c))
            ? (start, length)
            : (0, 0);
    }

    private static int RunLength(ReadOnlySpan<char> line, int start, Func<char, bool> member)
    {
        var end = start;
        while (end < line.Length && member(line[end]))
        {
            end++;
        }

        return end - start;
    }

    private static bool Dot(ReadOnlySpan<char> line, int index) => index < line.Length && line[index] == '.';

    /// <summary>One or more spaces, tabs or no-break spaces from <paramref name="index"/>, then a character that <paramref name="next"/> accepts.</summary>
    private static bool BlanksThen(ReadOnlySpan<char> line, int index, Func<char, bool> next)
    {
        var blanks = RunLength(line, index, static c => c is ' ' or '\t' or '\u00A0');
        var after = index + blanks;
        return blanks > 0 && after < line.Length && next(line[after]);
    }

    /// <summary>
    /// A line that is nothing but a recital or paragraph label ("A.", "12."), its text on the next line (a table cell, a
    /// PDF that set the label apart): the label's length and whether it is a paragraph's, or 0.
    /// </summary>
    public static (int Length, bool Paragraph) Bare(ReadOnlySpan<char> line)
    {
        var letters = RunLength(line, 0, static c => char.IsAsciiLetterUpper(c));
        if (letters is >= 1 and <= 3 && line.Length == letters + 1 && line[letters] == '.')
        {
            return (letters, false);
        }

        var digits = RunLength(line, 0, static c => char.IsAsciiDigit(c));
        return digits is >= 1 and <= 3 && line.Length == digits + 1 && line[digits] == '.' ? (digits, true) : (0, false);
    }
}
