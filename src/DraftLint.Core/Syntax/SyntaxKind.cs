namespace DraftLint.Syntax;

/// <summary>The kinds of node an analyzer can register an action for.</summary>
public enum SyntaxKind
{
    Document,

    /// <summary>A line before the preamble: title, document reference, procedure, date line.</summary>
    HeaderLine,

    /// <summary>"The European Parliament," / "Het Europees Parlement,".</summary>
    Preamble,

    /// <summary>"– having regard to …," / "– gezien …,".</summary>
    Citation,

    /// <summary>"A. whereas …;" / "A. overwegende dat …;".</summary>
    Recital,

    /// <summary>"1. Stresses …;" / "1. benadrukt …;".</summary>
    Paragraph,

    /// <summary>"(a) …" or "(i) …" inside a recital or a paragraph.</summary>
    SubPoint,

    /// <summary>A block of free prose (a letter, a summary): text that is not a resolution item.</summary>
    ProseBlock,

    /// <summary>A footnote body that PDF extraction left in the running text ("1 P7_TA-PROV(2011)0588").</summary>
    Footnote,

    /// <summary>A clause of an item: the text between ";" or sentence ends.</summary>
    Sentence,
}
