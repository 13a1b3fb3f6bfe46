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
    private static Dictionary<ulong, (int First, List<int>? All)>? _neighbourhood;

    public static int Threshold(int length) => length >= 11 ? 2 : length >= 5 ? 1 : 0;

    /// <summary>The groups of two or more spellings that name one thing, each in ordinal order; the spellings must be distinct.</summary>
    /// <remarks>
    /// <paramref name="wordFormEndings"/> are the language's inflection and derivation endings (its pack's
    /// <c>wordFormEndings</c>): two spellings that differ only in them are forms of one word, not spellings of one name
    /// (Turkse/Turkije, Joegoslavië/Joegoslavische).
    /// </remarks>
    public static List<List<string>> Group(IReadOnlyList<SpellingInfo> spellings, NameFolder folder, IReadOnlyList<string>? wordFormEndings = null)
    {
        var endings = folder.FoldEndings(wordFormEndings ?? []);
        var count = spellings.Count;
        if (count < 2)
        {
            return [];
        }

        // Spellings are numbered as given; a union-find over the numbers joins them. Folded keys are sorted so that
        // equal keys form runs: run r holds the spellings order[runStarts[r] .. runStarts[r + 1]).
        var keys = new string[count];
        var order = new int[count];
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = folder.Fold(spellings[i].Spelling);
            order[i] = parent[i] = i;
        }

        Array.Sort(order, (x, y) => string.CompareOrdinal(keys[x], keys[y]));
        var runStarts = new List<int>(count + 1);
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || !string.Equals(keys[order[i]], keys[order[i - 1]], StringComparison.Ordinal))
            {
                runStarts.Add(i);
            }
        }

        runStarts.Add(count);
        var runs = runStarts.Count - 1;

        int Find(int s)
        {
            while (parent[s] != s)
            {
                s = parent[s] = parent[parent[s]];
            }

            return s;
        }

        void Union(int a, int b)
        {
            if (Compatible(spellings[a], spellings[b]))
            {
                parent[Find(a)] = Find(b);
            }
        }

        for (var r = 0; r < runs; r++)
        {
            for (var i = runStarts[r] + 1; i < runStarts[r + 1]; i++)
            {
                for (var j = runStarts[r]; j < i; j++)
                {
                    Union(order[i], order[j]);
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
        for (var r = 0; r < runs; r++)
        {
            var key = keys[order[runStarts[r]]];
            if (Threshold(key.Length) == 0)
            {
                continue;
            }

            var hashCount = DeletionHashes(key, hashes);
            for (var h = 0; h < hashCount; h++)
            {
                ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(neighbourhood, hashes[h], out var exists);
                if (!exists)
                {
                    bucket = (r, null);
                }
                else if (bucket.All is null)
                {
                    if (bucket.First != r)
                    {
                        bucket.All = [bucket.First, r];
                    }
                }
                else if (bucket.All[^1] != r)
                {
                    bucket.All.Add(r);
                }
            }
        }

        List<List<int>>? shared = null;
        foreach (var bucket in neighbourhood.Values)
        {
            if (bucket.All is not null)
            {
                (shared ??= []).Add(bucket.All);
            }
        }

        neighbourhood.Clear();
        if (shared is not null)
        {
            // Runs are numbered in ordinal order of their keys: the lower number is the ordinally smaller key.
            var compared = new HashSet<(int, int)>();
            foreach (var bucket in shared)
            {
                for (var i = 1; i < bucket.Count; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        var (ra, rb) = (Math.Min(bucket[i], bucket[j]), Math.Max(bucket[i], bucket[j]));
                        var (a, b) = (keys[order[runStarts[ra]]], keys[order[runStarts[rb]]]);
                        if (ra == rb || !compared.Add((ra, rb)) || !Near(a, b) || folder.AreGenderedForms(a, b) || NameFolder.AreWordForms(a, b, endings))
                        {
                            continue;
                        }

                        for (var x = runStarts[ra]; x < runStarts[ra + 1]; x++)
                        {
                            for (var y = runStarts[rb]; y < runStarts[rb + 1]; y++)
                            {
                                Union(order[x], order[y]);
                            }
                        }
                    }
                }
            }
        }

        // The groups in the order their first spelling was given, each in ordinal order.
        var size = new int[count];
        for (var i = 0; i < count; i++)
        {
            size[Find(i)]++;
        }

        var result = new List<List<string>>();
        var slot = new int[count];
        for (var i = 0; i < count; i++)
        {
            var root = Find(i);
            if (size[root] < 2)
            {
                continue;
            }

            if (slot[root] == 0)
            {
                result.Add(new List<string>(size[root]));
                slot[root] = result.Count;
            }

            result[slot[root] - 1].Add(spellings[i].Spelling);
        }

        foreach (var group in result)
        {
            group.Sort(StringComparer.Ordinal);
        }

        return result;
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
