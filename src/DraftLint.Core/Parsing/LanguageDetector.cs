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
        var (codes, languages, filter) = Lookups.GetValue(data, BuildLookup);
        var lookup = languages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> counts = stackalloc int[codes.Length];

        // A sample is enough: the first 20 000 characters hold thousands of words (read in place, not copied).
        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
        foreach (var match in Words.In(sample))
        {
            var word = sample.Slice(match.Index, match.Length);
            if (filter.MayContain(word) && lookup.TryGetValue(word, out var indices))
            {
                foreach (var index in indices)
                {
                    counts[index]++;
                }
            }
        }

        // The most frequent in the data set's order of languages; English wins a tie.
        var best = -1;
        for (var i = 0; i < codes.Length; i++)
        {
            if (best < 0 || counts[i] > counts[best] || (counts[i] == counts[best] && codes[i] == "en" && codes[best] != "en"))
            {
                best = i;
            }
        }

        return best < 0 || counts[best] == 0 ? "en" : codes[best];
    }

    private static DetectionWords BuildLookup(RuleDataSet data)
    {
        var codes = data.Languages.Keys.ToArray();
        var lookup = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < codes.Length; index++)
        {
            foreach (var word in data.Languages[codes[index]].DetectionWords)
            {
                if (!lookup.TryGetValue(word, out var indices))
                {
                    lookup[word] = indices = [];
                }

                indices.Add(index);
            }
        }

        return new DetectionWords(codes, lookup.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase), new WordFilter(lookup.Keys));
    }

    /// <summary>
    /// The languages in the data set's order; each detection word with the positions of its languages in that order (a
    /// count per language is then an array, not a dictionary keyed by code); a filter that turns most other words away.
    /// </summary>
    private sealed record DetectionWords(string[] Codes, Dictionary<string, int[]> Languages, WordFilter Filter);
}
