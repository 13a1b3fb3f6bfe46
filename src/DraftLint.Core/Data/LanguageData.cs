namespace DraftLint.Data;

/// <summary>The words of one language that the parser and the rules need (<c>rules/lang-XX.json</c>).</summary>
public sealed class LanguageData : IRuleDataPatterns
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Frequent words that tell this language from the others.</summary>
    public string[] DetectionWords { get; init; } = [];

    /// <summary>The formula that opens the body of a resolution ("The European Parliament,").</summary>
    public string[] Preambles { get; init; } = [];

    /// <summary>The words that open a citation ("having regard to").</summary>
    public string[] CitationOpeners { get; init; } = [];

    /// <summary>The words that open a recital ("whereas").</summary>
    public string[] RecitalOpeners { get; init; } = [];

    /// <summary>Abbreviations after which a full stop does not end a sentence ("Mr", "p", "No").</summary>
    public string[] Abbreviations { get; init; } = [];

    /// <summary>Month names, January first; each entry lists the accepted spellings ("September", "Sept", "Sep").</summary>
    public string[][] Months { get; init; } = [];

    /// <summary>Weekday names, Monday first; each entry lists the accepted spellings.</summary>
    public string[][] Weekdays { get; init; } = [];

    /// <summary>True where month names are written with a capital ("March"): then "may" is not a month.</summary>
    public bool CapitalizedMonths { get; init; }

    /// <summary>Suffixes of ordinal day numbers ("3rd", "3e"), which the EU style guide does not use in dates.</summary>
    public string[] OrdinalSuffixes { get; init; } = [];

    /// <summary>Words that join the two ends of a range ("21 and 22 June", "21 en 22 juni").</summary>
    public string[] RangeWords { get; init; } = [];

    /// <summary>Words that join the members of a list of dates that share one year ("3 November and 22 December 2011").</summary>
    public string[] ListWords { get; init; } = [];

    /// <summary>Words before a month that make it approximate ("mid-December 2011", "half december 2011").</summary>
    public string[] ApproximateMonthPrefixes { get; init; } = [];

    /// <summary>Words after which a month name alone is a date ("since May", "sinds mei").</summary>
    public string[] MonthAlonePrepositions { get; init; } = [];

    /// <summary>Words and phrases that put a clause in the past or perfect ("since", "were", "werd").</summary>
    public string[] PastMarkers { get; init; } = [];

    /// <summary>A regular expression for past participles ("arrested", "gearresteerd").</summary>
    public string PastSuffixPattern { get; init; } = "";

    /// <summary>Capitalised words that are not names: institutional vocabulary and function words ("Council", "Raad").</summary>
    public string[] NameStopwords { get; init; } = [];

    /// <summary>"upper" where paragraphs open with a capitalised verb ("1. Stresses"), "lower" where they do not ("1. benadrukt").</summary>
    public string ParagraphInitial { get; init; } = "upper";

    /// <summary>The language's quotation marks in the EU style: the outer pair and the pair nested inside it.</summary>
    public QuoteStyle Quotes { get; init; } = new();

    /// <summary>Stems spelled two ways (British first): "organis"/"organiz".</summary>
    public string[][] SpellingVariantStems { get; init; } = [];

    /// <summary>Whole words spelled two ways (EU spelling first): "dialogue"/"dialog".</summary>
    public string[][] SpellingVariantWords { get; init; } = [];

    /// <summary>Words the language may write twice in a row ("that that", "had had").</summary>
    public string[] AllowedRepeats { get; init; } = [];

    /// <summary>Words and phrases that make a clause look forward ("will", "plans", "due", "zal").</summary>
    public string[] FutureMarkers { get; init; } = [];

    public IEnumerable<(string Where, string Pattern)> RegularExpressions() =>
        PastSuffixPattern.Length > 0 ? [("pastSuffixPattern", PastSuffixPattern)] : [];
}

/// <summary>Language-independent patterns for reading PDF-extracted text (<c>rules/structure.json</c>).</summary>
public sealed class StructureData : IRuleDataPatterns
{
    /// <summary>Characters that stand for a lost bullet or a citation dash at the start of a line.</summary>
    public string BulletGlyphs { get; init; } = "";

    /// <summary>Regular expressions for whole lines that are page-break debris (page numbers, document codes).</summary>
    public string[] DebrisPatterns { get; init; } = [];

    /// <summary>Regular expressions that make a numbered line a footnote body ("P7_TA", "OJ C").</summary>
    public string[] FootnoteBodyPatterns { get; init; } = [];

    public IEnumerable<(string Where, string Pattern)> RegularExpressions() =>
        DebrisPatterns.Select((p, i) => ($"debrisPatterns[{i}]", p))
            .Concat(FootnoteBodyPatterns.Select((p, i) => ($"footnoteBodyPatterns[{i}]", p)));
}

/// <summary>A language's quotation marks: the outer pair and the nested pair.</summary>
public sealed class QuoteStyle
{
    public string[] Outer { get; init; } = ["‘", "’"];

    public string[] Inner { get; init; } = ["“", "”"];
}
