using System.Collections.Immutable;
using System.Globalization;

namespace DraftLint.Diagnostics;

/// <summary>
/// What a rule reports, as Roslyn's DiagnosticDescriptor: id, title, message format, category, default severity,
/// enablement, description and help link. Rule ids tell their family: DR0xxx input and engine, DR1xxx numbering and
/// structure, DR2xxx names, DR3xxx dates, DR4xxx citations and references, DR5xxx punctuation and style,
/// DR6xxx consistency between language versions.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Where the rule pages live; each rule's page is <c>{HelpBaseUri}{Id}.md</c> (docs/rules/ in the repository).</summary>
    public const string HelpBaseUri = "https://github.com/draftlint/draftlint/blob/main/docs/rules/";

    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault,
        string description,
        params string[] tags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id.Length != 6 || !id.StartsWith("DR", StringComparison.Ordinal) || !id[2..].All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Rule id '{id}' is not of the form DRnnnn.", nameof(id));
        }

        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        HelpUri = HelpBaseUri + id + ".md";
        Tags = [.. tags.Prepend(Family)];
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>The id of <see cref="MessageFormat"/> among the rule's message formats (SARIF's <c>messageStrings</c>).</summary>
    public const string DefaultMessageId = "default";

    /// <summary>
    /// The rule's default message: a composite format string whose placeholders (<c>'{0}'</c>, <c>'{1}'</c> …, no
    /// alignment or format) are filled with the diagnostic's arguments.
    /// </summary>
    public string MessageFormat { get; }

    /// <summary>
    /// The rule's other messages, by id, where what a finding says is one of a fixed set ("an empty range" or "an
    /// inverted one"): each is a message of its own, so that every placeholder of every message is dynamic content.
    /// </summary>
    public ImmutableArray<(string Id, string Format)> AlternativeMessageFormats { get; init; } = [];

    /// <summary>Every message of the rule, the default first: SARIF's <c>messageStrings</c>.</summary>
    public IEnumerable<(string Id, string Format)> MessageFormats => AlternativeMessageFormats.Prepend((DefaultMessageId, MessageFormat));

    /// <summary>The message format of <paramref name="messageId"/>; an id the rule does not have is a bug in the rule.</summary>
    public string GetMessageFormat(string messageId)
    {
        if (messageId == DefaultMessageId)
        {
            return MessageFormat;
        }

        foreach (var (id, format) in AlternativeMessageFormats)
        {
            if (id == messageId)
            {
                return format;
            }
        }

        throw new ArgumentException($"Rule {Id} has no message '{messageId}'.", nameof(messageId));
    }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public bool IsEnabledByDefault { get; }

    public string Description { get; }

    public string HelpUri { get; }

    /// <summary>
    /// How often a finding of the rule is right, as GitHub code scanning reads SARIF's <c>precision</c>: high by default;
    /// medium for rules that judge by resemblance (names spelled two ways, spelling variants), which are right most of
    /// the time and not always; very high where the evidence is arithmetic (a date that does not exist).
    /// </summary>
    public RulePrecision Precision { get; init; } = RulePrecision.High;

    /// <summary>The settings the rule reads from configuration besides its severity (<c>"rules": { "DR4009": { "timeoutSeconds": 5 } }</c>).</summary>
    public ImmutableArray<RuleOption> Options { get; init; } = [];

    /// <summary>The family first ("numbering", "dates" …), then the rule's own tags.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The family the id's first digit names.</summary>
    public string Family => Id[2] switch
    {
        '0' => "engine",
        '1' => "numbering",
        '2' => "names",
        '3' => "dates",
        '4' => "references",
        '5' => "style",
        '6' => "language-versions",
        _ => "other",
    };

    /// <summary>
    /// The rule's name in Pascal case, from its title ("Numbering gap" → "NumberingGap"), as SARIF's
    /// reportingDescriptor.name, in the form the SARIF Multitool checks (SARIF2012: <c>^(\p{Lu}[\p{Ll}\p{Nd}]+)*$</c>,
    /// every capital followed by a lower-case letter or digit): a possessive keeps its word whole ("Date after the
    /// document's date" → "DateAfterTheDocumentsDate", not "…DocumentSDate"), an acronym is a word ("URL form" →
    /// "UrlForm"), and the article "a" is left out ("Date without a year" → "DateWithoutYear"), as it would be a
    /// capital on its own.
    /// </summary>
    public string Name => string.Concat(Title.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal)
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(w => w.Length > 1)
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    /// <summary>The arguments of a message as SARIF's <c>message.arguments</c> hold them: strings, in the invariant culture.</summary>
    public static ImmutableArray<string> FormatArguments(object?[] arguments) =>
        [.. arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")];

    /// <summary>The text of message <paramref name="messageId"/> with <paramref name="arguments"/> (see <see cref="FormatArguments"/>).</summary>
    public string FormatMessage(string messageId, ImmutableArray<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, GetMessageFormat(messageId), [.. arguments]);

    public override string ToString() => Id;
}

/// <summary>A whole-number setting of one rule, read from configuration (<c>rules.ID.name</c>), with its bounds and default.</summary>
public sealed record RuleOption(string Name, string Description, int Default, int Minimum, int Maximum);

/// <summary>SARIF's <c>precision</c> of a rule (GitHub code scanning: very-high, high, medium, low).</summary>
public enum RulePrecision
{
    VeryHigh,
    High,
    Medium,
    Low,
}
