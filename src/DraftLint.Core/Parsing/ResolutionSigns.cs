using DraftLint.Data;
using DraftLint.Syntax;

namespace DraftLint.Parsing;

/// <summary>Whether a text the parser could only read as prose is in fact a resolution whose layout was lost.</summary>
public static class ResolutionSigns
{
    /// <summary>How many citation formulas a flattened text holds before it counts as a resolution.</summary>
    public const int Citations = 2;

    /// <summary>
    /// True where prose holds the body's opening as it is written ("The European Parliament,", capitalised) or its citation formulas ("having regard
    /// to") at least twice, in the words of the document's language: a resolution run together into one block, not an
    /// article or summary that mentions one ("The European Parliament adopted a resolution …").
    /// </summary>
    public static bool Flattened(DocumentSyntax document, LanguageData language)
    {
        var text = document.Source.Text;
        foreach (var preamble in language.Preambles)
        {
            if (preamble.EndsWith(',') && text.Contains(preamble, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // By position: "having regard to" and "having regard" are one formula where they start at one place.
        var places = new HashSet<int>();
        foreach (var opener in language.CitationOpeners)
        {
            for (var at = text.IndexOf(opener, StringComparison.OrdinalIgnoreCase); at >= 0 && places.Count < Citations; at = text.IndexOf(opener, at + opener.Length, StringComparison.OrdinalIgnoreCase))
            {
                places.Add(at);
            }
        }

        return places.Count >= Citations;
    }
}
