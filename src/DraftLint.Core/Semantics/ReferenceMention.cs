using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>The kinds of reference DraftLint reads.</summary>
public enum ReferenceKind
{
    /// <summary>A text adopted: P7_TA(2011)0588, P8_TA-PROV(2019)0267, TA-9-2020-0001, T9-0176/2024.</summary>
    TextAdopted,

    /// <summary>A document: motion B7-0165/2012, joint motion RC-B7-0055/2013, report A8-0001/2015.</summary>
    Document,

    /// <summary>A procedure: 2012/2553(RSP).</summary>
    Procedure,

    /// <summary>A Rules of Procedure citation: the number of one rule, with its paragraph.</summary>
    RuleOfProcedure,

    /// <summary>An Official Journal reference: OJ L 222, 20.8.2008, p. 1; OJ C 251 E, 31.8.2013, p. 1; OJ C, C/2023/467, 1.12.2023.</summary>
    OfficialJournal,
}

/// <summary>A reference as written in an item or a footnote, with its parts.</summary>
public sealed record ReferenceMention : Mention
{
    /// <summary>The node the reference stands in: an item or a footnote.</summary>
    public required SyntaxNode Node { get; init; }

    public required MappedText Text { get; init; }

    public override SyntaxNode Host => Node;

    public override MappedText HostText => Text;

    public required ReferenceKind Kind { get; init; }

    public string Value => Text.Value.Substring(Range.Start, Range.Length);

    public int? Term { get; init; }

    /// <summary>The year in the reference (four digits, or two for old procedures).</summary>
    public int? Year { get; init; }

    public string? Number { get; init; }

    /// <summary>True for P7_TA-PROV(…): the provisional edition.</summary>
    public bool Provisional { get; init; }

    /// <summary>The procedure type code (RSP, INI …) or the document series (A, B, C; "RC-B" for a joint motion).</summary>
    public string? Type { get; init; }

    /// <summary>For a rule: the paragraph in brackets ("4" of "110(4)").</summary>
    public string? Paragraph { get; init; }

    /// <summary>For a rule written "135 (5)": the span of the space before the bracket.</summary>
    public TextSpan? StraySpace { get; init; }

    /// <summary>For an Official Journal reference: its date, whether it is in the C … E series, its act number (act by act) and page.</summary>
    public DateOnly? Date { get; init; }

    public bool SeriesE { get; init; }

    public string? Act { get; init; }

    public string? Page { get; init; }

    /// <summary>For a reference in a footnote: the item whose marker points at the footnote ("its resolution of 15 December 2011 …1").</summary>
    public ItemSyntax? CitedBy { get; init; }

    public string DisplayName => Node.DisplayName;
}
