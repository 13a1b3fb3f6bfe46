using DraftLint.Data;
using DraftLint.Text;

namespace DraftLint.Parsing;

/// <summary>Tells a document's language by counting each language's frequent words.</summary>
public static class LanguageDetector
{
    /// <summary>Each detection word and the languages it belongs to, built once per data set.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleDataSet, DetectionWords> Lookups = [];

    /// <summary>
    /// The code of the language whose detection words occur most often; English on a tie or no evidence. Where a line
    /// opens with a pack's preamble ("Het Europees Parlement,"), the words are counted from there: a page is judged by
    /// its resolution, not by the web chrome around it (an English text on a Dutch page).
    /// </summary>
    public static string Detect(string text, RuleDataSet data)
    {
        var (codes, languages, filter, preambles) = Lookups.GetValue(data, BuildLookup);
        var lookup = languages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> counts = stackalloc int[codes.Length];

        // A sample is enough: the first 20 000 characters hold thousands of words (read in place, not copied).
        var start = ResolutionStart(text, preambles);
        var sample = text.AsSpan(start, Math.Min(text.Length - start, 20_000));
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

    /// <summary>Where the first line that opens with a preamble of a pack starts; 0 where none does.</summary>
    private static int ResolutionStart(string text, string[] preambles)
    {
        var first = -1;
        foreach (var preamble in preambles)
        {
            for (var at = text.IndexOf(preamble, StringComparison.Ordinal); at >= 0 && (first < 0 || at < first); at = text.IndexOf(preamble, at + 1, StringComparison.Ordinal))
            {
                var lineStart = at;
                while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
                {
                    lineStart--;
                }

                if (lineStart == 0 || text[lineStart - 1] == '\n')
                {
                    first = at;
                    break;
                }
            }
        }

        return Math.Max(first, 0);
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

        // The preambles with their comma only ("The European Parliament,"): without it, a line of prose may open so.
        var preambles = data.Languages.Values.SelectMany(l => l.Preambles).Where(p => p.EndsWith(',')).Distinct().ToArray();
        return new DetectionWords(codes, lookup.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase), new WordFilter(lookup.Keys), preambles);
    }

    /// <summary>
    /// The languages in the data set's order; each detection word with the positions of its languages in that order (a
    /// count per language is then an array, not a dictionary keyed by code); a filter that turns most other words away;
    /// the packs' preambles, where a resolution's own text begins.
    /// </summary>
    private sealed record DetectionWords(string[] Codes, Dictionary<string, int[]> Languages, WordFilter Filter, string[] Preambles);
}
