using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DraftLint.Data;

namespace DraftLint.Semantics;

/// <summary>
/// Folds a spelling to a key on which transliteration alternatives agree: lower case, no diacritics, then the
/// ordered rules of rules/names.json (y/i/j, -iy/-ii/-y endings, ya/ia/ja, zh/zj, kh/h, doubled letters …).
/// </summary>
public sealed class NameFolder
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NameData, NameFolder> Cache = [];

    private readonly (Regex Pattern, string Replacement)[] _folds;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly (string Masculine, string Feminine)[] _genderedEndings;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], string[]> _foldedEndings = [];
    private int _size;

    public NameFolder(NameData data)
    {
        _folds = [.. data.Folds.Select(f => (new Regex(f.Pattern, RegexOptions.CultureInvariant), f.Replacement))];
        _genderedEndings = [.. data.GenderedEndings.Where(p => p.Length == 2).Select(p => (p[0], p[1]))];
    }

    /// <summary>The folder for a data set, built once (its regular expressions are parsed once, and its memo is shared).</summary>
    public static NameFolder For(NameData data) => Cache.GetValue(data, d => new NameFolder(d));

    /// <summary>
    /// The folded key of a spelling (memoised: names repeat across documents, up to 100,000 spellings). The size is
    /// counted here: ConcurrentDictionary.Count takes every lock of the table, and this runs for every name.
    /// </summary>
    public string Fold(string spelling)
    {
        if (_keys.TryGetValue(spelling, out var key))
        {
            return key;
        }

        key = FoldNew(spelling);
        if (Volatile.Read(ref _size) < 100_000 && _keys.TryAdd(spelling, key))
        {
            Interlocked.Increment(ref _size);
        }

        return key;
    }

    /// <summary>
    /// Endings folded as spellings are, longest first, for <see cref="AreWordForms"/>; the empty ending stands for none.
    /// Folded once per list (a pack's list is one array for the run): folding runs every fold expression.
    /// </summary>
    public string[] FoldEndings(IReadOnlyList<string> endings) =>
        endings is string[] array
            ? _foldedEndings.GetValue(array, FoldEndingsNew)
            : FoldEndingsNew(endings);

    private string[] FoldEndingsNew(IReadOnlyList<string> endings) =>
        [.. endings.Select(e => FoldNew(e)).Where(e => e.Length > 0).Append("").Distinct(StringComparer.Ordinal).OrderByDescending(e => e.Length)];

    /// <summary>The shortest stem two word forms share: "turk" (Turkse, Turkije); shorter stems tell too little.</summary>
    public const int MinimumStem = 4;

    /// <summary>
    /// True where two folded keys are one stem with two different endings of the language (turkse/turkie,
    /// ugoslavie/ugoslavise): forms of one word, not two spellings of a name.
    /// </summary>
    public static bool AreWordForms(string a, string b, string[] foldedEndings)
    {
        foreach (var ea in foldedEndings)
        {
            if (!a.EndsWith(ea, StringComparison.Ordinal) || a.Length - ea.Length < MinimumStem)
            {
                continue;
            }

            foreach (var eb in foldedEndings)
            {
                if (ea != eb && b.EndsWith(eb, StringComparison.Ordinal) && a.Length - ea.Length == b.Length - eb.Length
                    && a.AsSpan(0, a.Length - ea.Length).SequenceEqual(b.AsSpan(0, b.Length - eb.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True where two folded keys are the masculine and feminine forms of one surname (vinavski/vinavska).</summary>
    public bool AreGenderedForms(string a, string b)
    {
        foreach (var (masculine, feminine) in _genderedEndings)
        {
            if (Pair(a, b, masculine, feminine) || Pair(b, a, masculine, feminine))
            {
                return true;
            }
        }

        return false;

        static bool Pair(string x, string y, string m, string f) =>
            x.EndsWith(m, StringComparison.Ordinal) && y.EndsWith(f, StringComparison.Ordinal)
            && x.AsSpan(0, x.Length - m.Length).SequenceEqual(y.AsSpan(0, y.Length - f.Length));
    }

    private string FoldNew(string spelling)
    {
        var decomposed = spelling.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetter(c))
            {
                plain.Append(c);
            }
        }

        var key = plain.ToString();
        foreach (var (pattern, replacement) in _folds)
        {
            key = pattern.Replace(key, replacement);
        }

        return key;
    }
}
