using DraftLint.Diagnostics;

namespace DraftLint.Configuration;

/// <summary>The settings in force for one file after all layers: language, document date, rule severities.</summary>
public sealed class FileConfiguration(string? language, DateOnly? asOf, IReadOnlyDictionary<string, DiagnosticSeverity> severities, Semantics.NamePolicy? names = null)
{
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
