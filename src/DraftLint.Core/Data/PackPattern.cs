using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DraftLint.Data;

/// <summary>
/// A regular expression that a rule makes from a language pack's data (a pattern of the pack, or one composed from its
/// words), made once per pack instead of once per document, and through <see cref="CompiledPatterns"/> so that a shipped
/// pattern runs as compiled code. The pack holds its expression weakly: a data set that is let go (a test's copy of
/// rules/) takes its expressions with it.
/// </summary>
/// <param name="pattern">The pattern, from the pack.</param>
/// <param name="options">The options it runs with.</param>
public sealed class PackPattern(Func<LanguageData, string> pattern, RegexOptions options)
{
    private readonly ConditionalWeakTable<LanguageData, Regex> _regexes = [];

    /// <summary>The expression for one language's pack.</summary>
    public Regex For(LanguageData language) => _regexes.GetValue(language, l => CompiledPatterns.Create(pattern(l), options));
}
