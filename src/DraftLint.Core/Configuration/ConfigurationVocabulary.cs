namespace DraftLint.Configuration;

/// <summary>
/// The keys of draftlint.json, level by level: what the validator accepts and what docs/draftlint.schema.json
/// describes (ConfigurationTests compares the two key by key). A rule's own options (<see cref="Diagnostics.RuleOption"/>)
/// are added to <see cref="Rule"/> for that rule.
/// </summary>
public static class ConfigurationVocabulary
{
    /// <summary>The top level.</summary>
    public static readonly string[] Root = ["$schema", "asOf", "language", "rules", "overrides", "names", "suppressions", "versions"];

    /// <summary>An entry of "overrides".</summary>
    public static readonly string[] Override = ["files", "asOf", "language", "rules"];

    /// <summary>A rule's object form ({ "severity": …, "enabled": … }), before its options.</summary>
    public static readonly string[] Rule = ["severity", "enabled"];

    /// <summary>"names".</summary>
    public static readonly string[] Names = ["canonical", "ignore", "acronyms"];

    /// <summary>An entry of "names.canonical".</summary>
    public static readonly string[] CanonicalName = ["name", "variants", "accepted"];

    /// <summary>"versions".</summary>
    public static readonly string[] Versions = ["reference", "sets"];

    /// <summary>An entry of "suppressions".</summary>
    public static readonly string[] Suppression = ["rule", "files", "text", "justification"];
}
