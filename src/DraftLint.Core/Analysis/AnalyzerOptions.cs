using DraftLint.Data;

namespace DraftLint.Analysis;

/// <summary>The options in force for one file, after every configuration layer has been applied.</summary>
public sealed class AnalyzerOptions(
    RuleDataSet data,
    DateOnly? asOf,
    string? language,
    Semantics.NamePolicy? names = null,
    IReadOnlyDictionary<(string RuleId, string Name), int>? ruleOptions = null,
    Configuration.VersionSettings? versions = null)
{
    /// <summary>The versions section of the configuration: the reference language and this file's explicit set of versions.</summary>
    public Configuration.VersionSettings Versions { get; } = versions ?? Configuration.VersionSettings.None;

    private readonly IReadOnlyDictionary<(string RuleId, string Name), int> _ruleOptions = ruleOptions ?? new Dictionary<(string, string), int>();

    /// <summary>A rule's setting in this file: what the configuration gives, else the option's default.</summary>
    public int GetOption(Diagnostics.DiagnosticDescriptor rule, Diagnostics.RuleOption option) =>
        _ruleOptions.TryGetValue((rule.Id, option.Name), out var value) ? value : option.Default;

    /// <summary>The names section of the configuration (added to rules/names.json by the rules).</summary>
    public Semantics.NamePolicy Names { get; } = names ?? Semantics.NamePolicy.Empty;

    public RuleDataSet Data { get; } = data;

    /// <summary>The document date set by configuration (--as-of, asOf), if any.</summary>
    public DateOnly? AsOf { get; } = asOf;

    /// <summary>The configured language ("en", "nl"), or null to detect it.</summary>
    public string? Language { get; } = language;
}
