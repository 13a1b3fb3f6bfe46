using DraftLint.Diagnostics;

namespace DraftLint.Configuration;

/// <summary>The settings in force for one file after all layers: language, document date, rule severities.</summary>
/// <summary>A suppression that applies to a file: the rule, an optional text the finding's line must contain, and why.</summary>
public sealed record SuppressionRule(string RuleId, string? Text, string Justification, string Source);

/// <summary>
/// The "versions" settings a file gets: the language the other versions are compared with, and the files a
/// draftlint.json lists as versions of one text with it (full paths, in the order listed; empty when none lists it).
/// </summary>
public sealed record VersionSettings(string? Reference, System.Collections.Immutable.ImmutableArray<string> Set)
{
    public static readonly VersionSettings None = new(null, []);
}

public sealed class FileConfiguration(
    string? language,
    DateOnly? asOf,
    IReadOnlyDictionary<string, DiagnosticSeverity> severities,
    Semantics.NamePolicy? names = null,
    IReadOnlyList<SuppressionRule>? suppressions = null,
    IReadOnlyDictionary<(string RuleId, string Name), int>? ruleOptions = null,
    VersionSettings? versions = null)
{
    /// <summary>The language versions are compared with, and the explicit set of versions this file is in.</summary>
    public VersionSettings Versions { get; } = versions ?? VersionSettings.None;

    /// <summary>The rules' own settings the layers gave (<see cref="RuleOption"/>), by rule id and name.</summary>
    public IReadOnlyDictionary<(string RuleId, string Name), int> RuleOptions { get; } = ruleOptions ?? new Dictionary<(string, string), int>();

    /// <summary>The suppressions whose globs match this file.</summary>
    public IReadOnlyList<SuppressionRule> Suppressions { get; } = suppressions ?? [];

    /// <summary>The suppression that covers a finding, if any: same rule, and the text (if given) on the finding's line.</summary>
    public SuppressionRule? FindSuppression(Diagnostic diagnostic)
    {
        if (Suppressions.Count == 0)
        {
            return null;
        }

        // Findings are configured as they are reported, while they still hold their text.
        var source = diagnostic.Location.Source ?? throw new InvalidOperationException("a finding is configured after it was detached from its text");
        var line = source.ToString(source.GetLineSpan(diagnostic.Location.LineSpan.Start.Line));
        return Suppressions.FirstOrDefault(s => s.RuleId == diagnostic.Id
            && (s.Text is null || line.Contains(s.Text, StringComparison.Ordinal) || source.ToString(diagnostic.Location.Span).Contains(s.Text, StringComparison.Ordinal)));
    }

    /// <summary>The names section of the configuration layers, merged.</summary>
    public Semantics.NamePolicy Names { get; } = names ?? Semantics.NamePolicy.Empty;

    /// <summary>"en", "nl" …, or null to detect the language.</summary>
    public string? Language { get; } = language;

    public DateOnly? AsOf { get; } = asOf;

    /// <summary>Severities set explicitly by some layer, by rule id.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Severities { get; } = severities;

    /// <summary>The severity a rule reports at in this file; <see cref="DiagnosticSeverity.None"/> when it is off.</summary>
    public DiagnosticSeverity GetSeverity(DiagnosticDescriptor descriptor) =>
        Severities.TryGetValue(descriptor.Id, out var severity) ? severity
        : descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity
        : DiagnosticSeverity.None;
}
