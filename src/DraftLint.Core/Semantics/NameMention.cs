using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>What part of a name a word is.</summary>
public enum NameRole
{
    /// <summary>A capitalised word on its own ("Zhanaozen", "Vzglyad").</summary>
    Single,

    /// <summary>A given name, followed by the surname ("Igor" of "Igor Vinyavski").</summary>
    Given,

    /// <summary>The last word of a sequence of name words ("Vinyavski" of "Igor Vinyavski").</summary>
    Surname,

    /// <summary>An acronym in capitals ("ODIHR", "OSCE").</summary>
    Acronym,
}

/// <summary>A word that may be (part of) a name, where it stands, and its role.</summary>
public sealed record NameMention : Mention
{
    public required ItemSyntax Item { get; init; }

    public override SyntaxNode Host => Item;

    public override MappedText HostText => Item.Text;

    public required string Spelling { get; init; }

    public required NameRole Role { get; init; }

    /// <summary>For a surname, the given name written before it ("Igor"); for a given name, the surname after it.</summary>
    public string? Partner { get; init; }

    public SentenceSyntax? Sentence { get; init; }

}
