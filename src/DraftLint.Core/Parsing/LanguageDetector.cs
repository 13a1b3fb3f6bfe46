using System.Text.RegularExpressions;
using DraftLint.Data;

namespace DraftLint.Parsing;

/// <summary>Tells a document's language by counting each language's frequent words.</summary>
public static partial class LanguageDetector
{
    /// <summary>The code of the language whose detection words occur most often; English on a tie or no evidence.</summary>
    public static string Detect(string text, RuleDataSet data)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in data.Languages.Values)
        {
            counts[language.Code] = 0;
            foreach (var word in language.DetectionWords)
            {
                if (!lookup.TryGetValue(word, out var codes))
                {
                    lookup[word] = codes = [];
                }

                codes.Add(language.Code);
            }
        }

        // A sample is enough: the first 20 000 characters hold thousands of words.
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        foreach (var match in Words().EnumerateMatches(sample))
        {
            if (lookup.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(sample.AsSpan(match.Index, match.Length), out var codes))
            {
                foreach (var code in codes)
                {
                    counts[code]++;
                }
            }
        }

        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key == "en" ? 0 : 1).First();
        return best.Value == 0 ? "en" : best.Key;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
