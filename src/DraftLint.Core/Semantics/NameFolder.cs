using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DraftLint.Data;

namespace DraftLint.Semantics;

/// <summary>
/// Folds a spelling to a key on which transliteration alternatives agree: lower case, no diacritics, then the
/// ordered rules of rules/names.json (y/i/j, -iy/-ii/-y endings, ya/ia/ja, zh/zj, kh/h, doubled letters …).
/// </summary>
public sealed class NameFolder(NameData data)
{
    private readonly (Regex Pattern, string Replacement)[] _folds =
        [.. data.Folds.Select(f => (new Regex(f.Pattern, RegexOptions.CultureInvariant), f.Replacement))];

    public string Fold(string spelling)
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
