namespace DraftLint.Diagnostics;

/// <summary>How serious a finding is; <see cref="None"/> turns a rule off. Ordered from least to most serious.</summary>
public enum DiagnosticSeverity
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}

public static class DiagnosticSeverityNames
{
    /// <summary>The spelling used in configuration, text output and SARIF: "none", "note", "warning", "error".</summary>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.None => "none",
        DiagnosticSeverity.Note => "note",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "none" or "off" or "silent":
                severity = DiagnosticSeverity.None;
                return true;
            case "note" or "info" or "suggestion":
                severity = DiagnosticSeverity.Note;
                return true;
            case "warning" or "warn":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            default:
                severity = DiagnosticSeverity.None;
                return false;
        }
    }
}
