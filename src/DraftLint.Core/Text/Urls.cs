using System.Text.RegularExpressions;

namespace DraftLint.Text;

/// <summary>How DraftLint finds URLs in running text, in one place for the parser and every rule.</summary>
public static partial class Urls
{
    /// <summary>Absolute http(s) URLs: what the URL rules check.</summary>
    [GeneratedRegex(@"https?://[^\s<>""]+")]
    public static partial Regex Absolute();

    /// <summary>Absolute URLs and bare "www." addresses: text that no other rule should read as words or numbers.</summary>
    [GeneratedRegex(@"https?://[^\s<>""]+|www\.[^\s<>""]+")]
    public static partial Regex Any();

    /// <summary>Where <see cref="Any"/> finds URLs and "www." addresses in a text.</summary>
    public static List<TextSpan> FindAny(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var match in Any().EnumerateMatches(text))
        {
            spans.Add(new TextSpan(match.Index, match.Length));
        }

        return spans;
    }

    /// <summary>True where one of the spans <see cref="FindAny"/> found covers the position.</summary>
    public static bool AnyCovers(List<TextSpan> urls, int position)
    {
        foreach (var url in urls)
        {
            if (url.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A matched URL without the punctuation of the sentence around it ("….pdf)." → "….pdf").</summary>
    public static string TrimTrailing(string url) => url.TrimEnd('.', ',', ';', ':', ')', '’', '”');
}
