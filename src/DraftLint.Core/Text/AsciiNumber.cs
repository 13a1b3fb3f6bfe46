namespace DraftLint.Text;

/// <summary>
/// Whole numbers as texts write them: ASCII digits only. A regular expression's \d also matches Arabic-Indic or Bengali
/// digits (٣, ২), which are not the numbers of a European text's labels, dates or references: where one is met the
/// candidate is not a number, never an exception.
/// </summary>
public static class AsciiNumber
{
    /// <summary>The value of one to nine ASCII digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
