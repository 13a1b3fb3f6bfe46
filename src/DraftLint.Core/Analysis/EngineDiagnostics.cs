using System.Collections.Immutable;
using DraftLint.Diagnostics;

namespace DraftLint.Analysis;

/// <summary>
/// The engine's own rules (DR0xxx): problems of the run rather than of a text. Reported as <see cref="ToolNotification"/>s
/// (SARIF tool execution notifications), described here like every other rule, listed by <c>draftlint rules</c> and
/// documented in docs/rules/DR000n.md. Not configurable: an error here always makes the run exit with code 2.
/// </summary>
public static class EngineDiagnostics
{
    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        ToolNotification.UnreadableFile, "Unreadable file", DiagnosticSeverity.Error, "A file could not be read or is not text.");

    public static readonly DiagnosticDescriptor ConfigurationError = Create(
        ToolNotification.ConfigurationError, "Configuration error", DiagnosticSeverity.Error, "A configuration file is malformed or names an unknown key or rule.");

    public static readonly DiagnosticDescriptor RuleFailure = Create(
        ToolNotification.RuleFailure, "Rule failure", DiagnosticSeverity.Error, "A rule failed on a document; the other rules' findings stand.");

    public static readonly DiagnosticDescriptor RuleDataError = Create(
        ToolNotification.RuleDataError, "Rule data error", DiagnosticSeverity.Error, "A rule data file under rules/ is missing or malformed.");

    public static readonly DiagnosticDescriptor ResultsTruncated = Create(
        ToolNotification.ResultsTruncated, "Results truncated", DiagnosticSeverity.Warning, "A rule found more than 200 problems in one file (the first 200 are reported), or the run found more results than GitHub code scanning takes (the least serious were left out).");

    public static readonly DiagnosticDescriptor LanguageNotSupported = Create(
        ToolNotification.LanguageNotSupported, "Language not supported", DiagnosticSeverity.Note, "The text is in a language DraftLint can recognise and read, but has no checks for yet: only the language-neutral rules ran on it.");

    public static readonly DiagnosticDescriptor StructureNotRecognised = Create(
        ToolNotification.StructureNotRecognised, "Structure not recognised", DiagnosticSeverity.Note, "The text reads like a resolution, but its citations, recitals and paragraphs could not be told apart: it was checked as prose.");

    /// <summary>Every engine rule, by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [UnreadableFile, ConfigurationError, RuleFailure, RuleDataError, ResultsTruncated, LanguageNotSupported, StructureNotRecognised];

    /// <summary>The descriptor of an engine rule id.</summary>
    public static DiagnosticDescriptor Get(string id) => All.First(d => d.Id == id);

    // The message is the notification's own: each one says what went wrong with which file.
    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity, string description) =>
        new(id, title, "{0}.", "Engine", severity, isEnabledByDefault: true, description, WellKnownTags.NotConfigurable);
}
