using System.Runtime.InteropServices;
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
    [ThreadStatic]
    private static Dictionary<ulong, (string First, List<string>? All)>? _neighbourhood;

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

        // Near keys share a one-letter deletion (or one is the other's deletion). The index holds a hash of each
        // deletion, not the string: a shared hash only makes two keys candidates, and Near decides.
        // Most buckets hold one key: a list is made only for a bucket that gets a second one.
        // The index is the largest allocation of a document's name grouping (its tables grow to thousands of
        // entries): each thread keeps one and empties it after use.
        var neighbourhood = _neighbourhood ??= [];
        Span<ulong> hashes = stackalloc ulong[65];
        foreach (var key in byKey.Keys.Where(k => Threshold(k.Length) > 0))
        {
            var count = DeletionHashes(key, hashes);
            for (var h = 0; h < count; h++)
            {
                ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(neighbourhood, hashes[h], out var exists);
                if (!exists)
                {
                    bucket = (key, null);
                }
                else if (bucket.All is null)
                {
                    if (!ReferenceEquals(bucket.First, key))
                    {
                        bucket.All = [bucket.First, key];
                    }
                }
                else if (!ReferenceEquals(bucket.All[^1], key))
                {
                    bucket.All.Add(key);
                }
            }
        }

        var compared = new HashSet<(string, string)>();
        var shared = neighbourhood.Values.Select(b => b.All).OfType<List<string>>().ToList();
        neighbourhood.Clear();
        foreach (var bucket in shared)
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

    /// <summary>
    /// Hashes of the key and of each of its one-letter deletions, without making the strings: polynomial hashes of
    /// the part before and the part after the deleted letter, combined. Keys longer than the buffer get only their
    /// own hash (names are never that long).
    /// </summary>
    private static int DeletionHashes(string key, Span<ulong> into)
    {
        const ulong Base = 0x100000001B3;
        if (key.Length + 1 > into.Length)
        {
            into[0] = Mix(Hash(key.AsSpan()));
            return 1;
        }

        // prefix[i] = hash of key[..i]; suffix hash and its power are built from the end.
        Span<ulong> prefix = stackalloc ulong[key.Length + 1];
        for (var i = 0; i < key.Length; i++)
        {
            prefix[i + 1] = (prefix[i] * Base) + key[i];
        }

        ulong suffix = 0, power = 1;
        for (var i = key.Length - 1; i >= 0; i--)
        {
            // key without key[i] = key[..i] followed by key[(i + 1)..].
            into[i] = Mix((prefix[i] * power) + suffix);
            suffix += key[i] * power;
            power *= Base;
        }

        into[key.Length] = Mix(prefix[key.Length]);
        return key.Length + 1;

        static ulong Hash(ReadOnlySpan<char> text)
        {
            ulong hash = 0;
            foreach (var c in text)
            {
                hash = (hash * Base) + c;
            }

            return hash;
        }

        static ulong Mix(ulong hash)
        {
            hash ^= hash >> 33;
            hash *= 0xFF51AFD7ED558CCD;
            return hash ^ (hash >> 33);
        }
    }
}
