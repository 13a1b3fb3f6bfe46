using System.Collections.Immutable;
using DraftLint.Diagnostics;

namespace DraftLint.Rules;

/// <summary>
/// A rule's messages made from the choices that word them (a kind of item, where a date came from): the first is the
/// rule's default message, the others its alternative messages, each under the id of its choices.
/// </summary>
internal sealed class MessageSet(IEnumerable<(string Id, string Format)> messages)
{
    private readonly ImmutableArray<(string Id, string Format)> _messages = [.. messages];

    public string Default => _messages[0].Format;

    public ImmutableArray<(string Id, string Format)> Alternatives => _messages[1..];

    /// <summary>The message id of the choices <paramref name="id"/>: the default's for the first.</summary>
    public string IdOf(string id) => id == _messages[0].Id ? DiagnosticDescriptor.DefaultMessageId : id;
}
