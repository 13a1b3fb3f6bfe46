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

    public NameFolder(NameData data) =>
        _folds = [.. data.Folds.Select(f => (new Regex(f.Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), f.Replacement))];

    /// <summary>The folder for a data set, built once (its regular expressions are compiled).</summary>
    public static NameFolder For(NameData data) => Cache.GetValue(data, d => new NameFolder(d));

    /// <summary>The folded key of a spelling (memoised: names repeat across documents).</summary>
    public string Fold(string spelling) => _keys.Count < 100_000 ? _keys.GetOrAdd(spelling, FoldNew) : FoldNew(spelling);

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
