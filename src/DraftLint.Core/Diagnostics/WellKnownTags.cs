namespace DraftLint.Diagnostics;

/// <summary>Tags a rule's descriptor may carry (as Roslyn's WellKnownDiagnosticTags), read by the engine.</summary>
public static class WellKnownTags
{
    /// <summary>
    /// The rule reads no words of the text's language: labels, numbers, dates as a recognition pack reads them,
    /// references, URLs. It also runs on a text whose language has only a recognition pack (<c>"complete": false</c>).
    /// </summary>
    public const string LanguageNeutral = "language-neutral";

    /// <summary>The engine's own rules (DR0xxx): no configuration changes their severity or turns them off.</summary>
    public const string NotConfigurable = "not-configurable";
}
