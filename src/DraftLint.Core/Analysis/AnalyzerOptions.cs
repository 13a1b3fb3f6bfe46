using DraftLint.Data;

namespace DraftLint.Analysis;

/// <summary>Where a document's own date came from, in the order DraftLint looks for it.</summary>
public enum DocumentDateSource
{
    /// <summary>Not known.</summary>
    None,

    /// <summary>--as-of on the command line or asOf in configuration.</summary>
    Configuration,

    /// <summary>The date in the title ("European Parliament resolution of 15 March 2012 on …").</summary>
    Title,

    /// <summary>A motion's tabling date under its title ("22.11.2016 - (2016/2990(RSP))").</summary>
    TablingDate,

    /// <summary>The sitting line of a texts-adopted page ("Wednesday, 9 September 2015 - Strasbourg").</summary>
    Sitting,

    /// <summary>Another date in the header, or a dateline ("Brussels, 20 March 2012"), not in page furniture.</summary>
    Header,

    /// <summary>The year of the document or procedure reference (B7-0165/2012), as a bound.</summary>
    ReferenceYear,

    /// <summary>Where the text states no date: the last sitting of the page's procedure box ("PV 10/03/2011 - 15.2").</summary>
    ProcedureBox,

    /// <summary>The latest date the text states in a past-tense context.</summary>
    LatestStatedDate,
}

/// <summary>The options in force for one file, after every configuration layer has been applied.</summary>
public sealed class AnalyzerOptions(
    RuleDataSet data,
    DateOnly? asOf,
    string? language,
    Semantics.NamePolicy? names = null,
    IReadOnlyDictionary<(string RuleId, string Name), int>? ruleOptions = null)
{
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
