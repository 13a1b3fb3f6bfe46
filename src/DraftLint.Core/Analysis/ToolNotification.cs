using DraftLint.Diagnostics;

namespace DraftLint.Analysis;

/// <summary>
/// A problem of the run rather than of the text (DR0xxx): a file that cannot be read, a configuration error,
/// a rule that failed. Printed like a diagnostic, written to SARIF as a tool execution notification.
/// </summary>
public sealed record ToolNotification(string Id, string? FilePath, string Message, DiagnosticSeverity Level = DiagnosticSeverity.Error)
{
    /// <summary>A file could not be read or decoded.</summary>
    public const string UnreadableFile = "DR0001";

    /// <summary>A configuration file is malformed or names an unknown key or rule.</summary>
    public const string ConfigurationError = "DR0002";

    /// <summary>A rule threw while analysing a document; the other rules' findings stand.</summary>
    public const string RuleFailure = "DR0003";

    /// <summary>A rule data file under rules/ is missing or malformed.</summary>
    public const string RuleDataError = "DR0004";

    /// <summary>A SARIF log left out results beyond GitHub's limit per run.</summary>
    public const string ResultsTruncated = "DR0005";

    /// <summary>A text in a language with only a recognition pack: only the language-neutral rules ran on it.</summary>
    public const string LanguageNotSupported = "DR0006";

    /// <summary>A resolution whose structure could not be read (a flattened PDF or web copy): it was linted as prose.</summary>
    public const string StructureNotRecognised = "DR0007";

    /// <summary>An optional line and column in <see cref="FilePath"/> (configuration errors have them).</summary>
    public int? Line { get; init; }

    public int? Column { get; init; }

    public override string ToString()
    {
        var where = FilePath is null ? "draftlint" : Line is int l ? $"{FilePath}({l},{Column ?? 1})" : FilePath;
        return $"{where}: {Level.ToName()} {Id}: {Message}";
    }
}
