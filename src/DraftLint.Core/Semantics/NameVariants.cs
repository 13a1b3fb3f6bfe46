using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>What the variant finder knows of one spelling.</summary>
/// <param name="Spelling">The spelling as written.</param>
/// <param name="Givens">Who the spelling names: the folded word beside it (a surname's given name, a given name's surname); two spellings with disjoint sets are different people.</param>
/// <param name="Places">Where it stands (item start, offset): two spellings written within a few characters of each other ("Golos Republik and Respublika") are two names.</param>
/// <param name="GivenNameOnly">True where every use is a given name: two such spellings are compared only person by person, not here.</param>
public sealed record SpellingInfo(string Spelling, IReadOnlySet<string> Givens, IReadOnlyList<(int Item, int Offset)> Places, bool GivenNameOnly = false)
{
    /// <summary>How close two spellings may stand before they count as a list of two names.</summary>
    public const int ListDistance = 30;
}

/// <summary>
/// Groups spellings that a transliteration editor would take for one name: equal once folded, or within a
/// bounded edit distance scaled to length (1 from five letters, 2 from eleven), with the same first letter.
/// Candidates come from an index by folded key and by its one-letter deletions, so no pair of spellings is
/// compared blindly. Word forms are never paired (a key that starts another: Kazakh/Kazakhstan,
/// Kozlov/Kozlova), nor the masculine and feminine forms of a surname (Vinyavskiy/Vinyavskaya: genderedEndings in
/// rules/names.json), nor different people (different given names), nor names listed in one clause.
/// </summary>
public static class NameVariants
{
    public static int Threshold(int length) => length >= 11 ? 2 : length >= 5 ? 1 : 0;

    public static List<List<string>> Group(IReadOnlyCollection<SpellingInfo> spellings, NameFolder folder)
    {
        var infos = spellings.ToDictionary(s => s.Spelling, StringComparer.Ordinal);
        var keys = infos.Keys.ToDictionary(s => s, folder.Fold, StringComparer.Ordinal);
        var parent = infos.Keys.ToDictionary(s => s, s => s, StringComparer.Ordinal);

        string Find(string s)
        {
            while (parent[s] != s)
            {
                s = parent[s] = parent[parent[s]];
            }

            return s;
        }

        void Union(string a, string b)
        {
            if (Compatible(infos[a], infos[b]))
            {
                parent[Find(a)] = Find(b);
            }
        }

        var byKey = keys.GroupBy(k => k.Value, k => k.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var same in byKey.Values)
        {
            for (var i = 1; i < same.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    Union(same[i], same[j]);
                }
            }
        }

        // Near keys share a one-letter deletion (or one is the other's deletion).
        var neighbourhood = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in byKey.Keys.Where(k => Threshold(k.Length) > 0))
        {
            foreach (var variant in Deletions(key).Append(key).Distinct(StringComparer.Ordinal))
            {
                if (!neighbourhood.TryGetValue(variant, out var list))
                {
                    neighbourhood[variant] = list = [];
                }

                list.Add(key);
            }
        }

        var compared = new HashSet<(string, string)>();
        foreach (var bucket in neighbourhood.Values.Where(b => b.Count > 1))
        {
            for (var i = 1; i < bucket.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (a, b) = string.CompareOrdinal(bucket[i], bucket[j]) < 0 ? (bucket[i], bucket[j]) : (bucket[j], bucket[i]);
                    if (a == b || !compared.Add((a, b)) || !Near(a, b) || folder.AreGenderedForms(a, b))
                    {
                        continue;
                    }

                    foreach (var x in byKey[a])
                    {
                        foreach (var y in byKey[b])
                        {
                            Union(x, y);
                        }
                    }
                }
            }
        }

        return [.. infos.Keys
            .GroupBy(Find, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Order(StringComparer.Ordinal).ToList())];
    }

    private static bool Near(string a, string b)
    {
        if (a[0] != b[0] || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        {
            return false;
        }

        var threshold = Threshold(Math.Min(a.Length, b.Length));
        return threshold > 0 && Math.Abs(a.Length - b.Length) <= threshold && EditDistance.OptimalStringAlignment(a, b) <= threshold;
    }

    private static bool Compatible(SpellingInfo a, SpellingInfo b) =>
        !(a.Givens.Count > 0 && b.Givens.Count > 0 && !a.Givens.Overlaps(b.Givens))
        && !(a.GivenNameOnly && b.GivenNameOnly)
        && !a.Places.Any(p => b.Places.Any(q => p.Item == q.Item && Math.Abs(p.Offset - q.Offset) < SpellingInfo.ListDistance));

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            yield return key.Remove(i, 1);
        }
    }
}
