using System.Collections.Immutable;

namespace DraftLint.Diagnostics;

/// <summary>A suppression from the configuration: the finding stands in the log, with why it does not count.</summary>
public sealed record Suppression(string Justification, string Source);

/// <summary>One finding: a rule, a message, a primary location, related locations and an optional fix.</summary>
public sealed class Diagnostic
{
    private Diagnostic(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableArray<Location> additionalLocations,
        string messageId,
        ImmutableArray<string> messageArguments,
        DiagnosticSeverity severity,
        CodeFix? fix,
        string? logicalLocation,
        DiagnosticSeverity maximumSeverity = DiagnosticSeverity.Error)
    {
        Descriptor = descriptor;
        Location = location;
        AdditionalLocations = additionalLocations;
        MessageId = messageId;
        MessageArguments = messageArguments;
        Severity = severity;
        Fix = fix;
        LogicalLocation = logicalLocation;
        MaximumSeverity = maximumSeverity;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    /// <summary>Other places the finding refers to: the other spelling, the earlier paragraph.</summary>
    public ImmutableArray<Location> AdditionalLocations { get; }

    private string? _message;

    /// <summary>
    /// The message, formatted in the invariant culture when first asked for: a run keeps a finding's arguments, which
    /// are shorter than its message, until its report is written.
    /// </summary>
    public string Message => _message ??= Descriptor.FormatMessage(MessageId, MessageArguments);

    /// <summary>Which of the rule's messages this is (<see cref="DiagnosticDescriptor.MessageFormats"/>), as SARIF's <c>message.id</c>.</summary>
    public string MessageId { get; }

    /// <summary>The message's arguments as the text has them, as SARIF's <c>message.arguments</c>.</summary>
    public ImmutableArray<string> MessageArguments { get; }

    /// <summary>The effective severity, after configuration; the descriptor's default until the engine applies it.</summary>
    public DiagnosticSeverity Severity { get; }

    public CodeFix? Fix { get; }

    /// <summary>Where in the document's structure: "recital G", "paragraph 13".</summary>
    public string? LogicalLocation { get; }

    /// <summary>
    /// The most serious level this finding may take whatever the configuration says: a rule lowers it where its
    /// evidence is not certain (a date checked against an estimate of the document's date is at most a warning).
    /// </summary>
    public DiagnosticSeverity MaximumSeverity { get; }

    /// <summary>Set where a suppression of the configuration covers this finding: it does not count for the exit code.</summary>
    public Suppression? Suppression { get; private init; }

    public Diagnostic WithSuppression(Suppression suppression) =>
        new(Descriptor, Location, AdditionalLocations, MessageId, MessageArguments, Severity, Fix, LogicalLocation, MaximumSeverity) { Suppression = suppression };

    /// <summary>
    /// A finding of <paramref name="descriptor"/> with message <paramref name="messageId"/> (the rule's default
    /// message unless given) filled with <paramref name="messageArgs"/>.
    /// </summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        object?[] messageArgs,
        IEnumerable<Location>? additionalLocations = null,
        CodeFix? fix = null,
        string? logicalLocation = null,
        DiagnosticSeverity maximumSeverity = DiagnosticSeverity.Error,
        string messageId = DiagnosticDescriptor.DefaultMessageId)
    {
        var diagnostic = new Diagnostic(
            descriptor,
            location,
            additionalLocations?.ToImmutableArray() ?? [],
            messageId,
            DiagnosticDescriptor.FormatArguments(messageArgs),
            descriptor.DefaultSeverity < maximumSeverity ? descriptor.DefaultSeverity : maximumSeverity,
            location.Source is { } text ? fix?.WithLineSpans(text) : fix,
            logicalLocation,
            maximumSeverity);

        // Formatted now, so that a rule whose arguments do not fit its message fails in its own action (DR0003).
        _ = diagnostic.Message;
        return diagnostic;
    }

    /// <summary>
    /// This finding with its locations detached from their documents' texts (<see cref="Location.Detach"/>): what a
    /// run keeps once it has taken from the text what it reports. Its message is formatted again when asked for.
    /// </summary>
    /// <param name="excerpts">Whether its locations keep their excerpts (only SARIF shows them).</param>
    public Diagnostic Detach(bool excerpts = true) =>
        new(Descriptor, Location.Detach(excerpts), [.. AdditionalLocations.Select(l => l.Detach(excerpts))], MessageId, MessageArguments, Severity, Fix, LogicalLocation, MaximumSeverity) { Suppression = Suppression };

    /// <summary>This finding at <paramref name="severity"/>, or at <see cref="MaximumSeverity"/> where that is less serious.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity)
    {
        severity = severity > MaximumSeverity ? MaximumSeverity : severity;
        return severity == Severity ? this : new(Descriptor, Location, AdditionalLocations, MessageId, MessageArguments, severity, Fix, LogicalLocation, MaximumSeverity) { Suppression = Suppression };
    }

    public override string ToString() =>
        $"{Location.FilePath}({Location.LineSpan.Start}): {Severity.ToName()} {Id}: {Message}";
}

/// <summary>The order every output uses, whatever the parallelism: file, line, column, id, then message.</summary>
public sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    public static DiagnosticComparer Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.Location.FilePath, y.Location.FilePath);
        if (c == 0)
        {
            c = x.Location.LineSpan.Start.CompareTo(y.Location.LineSpan.Start);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        if (c == 0)
        {
            c = x.Location.LineSpan.End.CompareTo(y.Location.LineSpan.End);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
