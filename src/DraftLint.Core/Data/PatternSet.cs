using System.Text.RegularExpressions;

namespace DraftLint.Data;

/// <summary>
/// "Does any of these patterns match?" for a list of regular expressions from <c>rules/*.json</c> (page debris,
/// footnote bodies), asked as one regular expression: one scan of the text instead of one per pattern, and no
/// string made for the text. Patterns that refer back to a numbered group (<c>\1</c>) are kept apart, since
/// joining them would renumber their groups.
/// </summary>
/// <remarks>
/// Where every pattern of the set is one that ships, its expressions are compiled code (<see cref="CompiledPatterns"/>)
/// and the set stays with them. Otherwise: a native build has no runtime regex compiler, and the interpreter takes
/// about a microsecond a line for the debris patterns. The non-backtracking engine takes a fifteenth of that but
/// costs about 30 ms to build, more than a one-file run spends here in all. So the set starts interpreted and, once
/// it has answered enough times to have spent about that long, moves to the non-backtracking engine for the patterns
/// it can run (no look-arounds, no back-references): measured in docs/performance.md. Both engines agree on whether
/// a pattern matches.
/// </remarks>
public sealed partial class PatternSet
{
    /// <summary>About how many interpreted answers cost what building the non-backtracking engine costs.</summary>
    public const int DefaultCallsBeforeNonBacktracking = 30_000;

    private readonly string[] _patterns;
    private readonly RegexOptions _options;
    private readonly Regex[] _regexes;
    private readonly bool _compiled;
    private readonly int _callsBeforeNonBacktracking;
    private Regex[]? _nonBacktracking;
    private int _calls;

    public PatternSet(IEnumerable<string> patterns, RegexOptions options, int callsBeforeNonBacktracking = DefaultCallsBeforeNonBacktracking)
    {
        var list = patterns.Where(p => p.Length > 0).ToList();
        var apart = list.Where(p => NumberedBackreference().IsMatch(p)).ToList();
        var joined = list.Except(apart).ToList();
        _patterns = [.. joined.Count == 0 ? [] : new[] { string.Join('|', joined.Select(p => $"(?:{p})")) }, .. apart];
        _options = options;
        _regexes = [.. _patterns.Select(p => CompiledPatterns.Create(p, options))];
        _compiled = _patterns.All(p => CompiledPatterns.IsCompiled(p, options));
        _callsBeforeNonBacktracking = callsBeforeNonBacktracking;
    }

    /// <summary>True where every expression of the set is compiled code: it never moves (for the tests).</summary>
    public bool IsCompiled => _compiled;

    /// <summary>True once the set has moved to the non-backtracking engine (for the tests).</summary>
    public bool UsesNonBacktracking => Volatile.Read(ref _nonBacktracking) is not null;

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        var regexes = _compiled ? _regexes : Volatile.Read(ref _nonBacktracking) ?? Interpreted();
        foreach (var regex in regexes)
        {
            if (regex.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    private Regex[] Interpreted()
    {
        // One caller, the one that reaches the count, builds the faster set; the others go on meanwhile.
        if (Interlocked.Increment(ref _calls) == _callsBeforeNonBacktracking)
        {
            Volatile.Write(ref _nonBacktracking, [.. _patterns.Select((p, i) => NonBacktrackingOr(_regexes[i], p))]);
        }

        return _regexes;
    }

    private Regex NonBacktrackingOr(Regex interpreted, string pattern)
    {
        try
        {
            return new Regex(pattern, _options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return interpreted;
        }
    }

    [GeneratedRegex(@"\\(?:[1-9]|k<\d)")]
    private static partial Regex NumberedBackreference();
}
