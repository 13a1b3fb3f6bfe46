namespace DraftLint.Data;

/// <summary>The name policy in <c>rules/names.json</c>: folding rules, canonical spellings, known acronyms, names to ignore.</summary>
public sealed class NameData : IRuleDataPatterns
{
    public NameFold[] Folds { get; init; } = [];

    public CanonicalName[] Canonical { get; init; } = [];

    /// <summary>Well-known acronyms by language code.</summary>
    public Dictionary<string, string[]> Acronyms { get; init; } = [];

    public string[] Ignore { get; init; } = [];

    /// <summary>
    /// Each body's acronyms in the official languages, keyed by its English one ("NATO": NATO, NAVO, OTAN): two language
    /// versions of one item that name it write one of these each (DR6008).
    /// </summary>
    public Dictionary<string, string[]> AcronymEquivalents { get; init; } = [];

    /// <summary>Pairs of folded endings (masculine, feminine) that make two surnames forms of one family name, not variants: Vinyavskiy/Vinyavskaya (ski/ska).</summary>
    public string[][] GenderedEndings { get; init; } = [];

    /// <summary>Lower-case words inside a person's name ("de", "van", "von"): a name runs on across them.</summary>
    public string[] SurnameParticles { get; init; } = [];

    public IEnumerable<(string Where, string Pattern)> RegularExpressions() =>
        Folds.Select((f, i) => ($"folds[{i}].pattern", f.Pattern));
}

/// <summary>One folding step: a regular expression and its replacement.</summary>
public sealed class NameFold
{
    public string Pattern { get; init; } = "";

    public string Replacement { get; init; } = "";
}

/// <summary>A canonical spelling, the variants to fix towards it, and the spellings accepted beside it.</summary>
public sealed class CanonicalName
{
    public string Name { get; init; } = "";

    public string[] Variants { get; init; } = [];

    public string[] Accepted { get; init; } = [];
}
