using DraftLint.Data;
using DraftLint.Text;

namespace DraftLint.Parsing;

/// <summary>Tells a document's language by counting each language's frequent words.</summary>
public static class LanguageDetector
{
    /// <summary>Each detection word and the languages it belongs to, built once per data set.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleDataSet, DetectionWords> Lookups = [];

    /// <summary>The code of the language whose detection words occur most often; English on a tie or no evidence.</summary>
    public static string Detect(string text, RuleDataSet data)
    {
        var (languages, filter) = Lookups.GetValue(data, BuildLookup);
        var lookup = languages.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = data.Languages.Keys.ToDictionary(code => code, _ => 0, StringComparer.OrdinalIgnoreCase);

        // A sample is enough: the first 20 000 characters hold thousands of words (read in place, not copied).
        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
        foreach (var match in Words.In(sample))
        {
            var word = sample.Slice(match.Index, match.Length);
            if (filter.MayContain(word) && lookup.TryGetValue(word, out var codes))
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

    private static DetectionWords BuildLookup(RuleDataSet data)
    {
        var lookup = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in data.Languages.Values)
        {
            foreach (var word in language.DetectionWords)
            {
                if (!lookup.TryGetValue(word, out var codes))
                {
                    lookup[word] = codes = [];
                }

                codes.Add(language.Code);
            }
        }

        return new DetectionWords(lookup, new WordFilter(lookup.Keys));
    }

    /// <summary>Each detection word with its languages, and a filter that turns most other words away before the lookup.</summary>
    private sealed record DetectionWords(Dictionary<string, List<string>> Languages, WordFilter Filter);
}
