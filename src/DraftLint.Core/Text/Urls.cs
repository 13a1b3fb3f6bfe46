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

    /// <summary>A matched URL without the punctuation of the sentence around it ("….pdf)." → "….pdf").</summary>
    public static string TrimTrailing(string url) => url.TrimEnd('.', ',', ';', ':', ')', '’', '”');
}
