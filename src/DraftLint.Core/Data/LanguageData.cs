namespace DraftLint.Data;

/// <summary>The words of one language that the parser and the rules need (<c>rules/lang/XX/pack.json</c>).</summary>
/// <remarks>
/// Settable, not init-only: the source-generated reader sets an init-only property that the file leaves out to null,
/// and a pack may leave out what its language does not need (a recognition pack has no tense words).
/// </remarks>
public sealed class LanguageData : IRuleDataPatterns
{
    public string Code { get; set; } = "";

    /// <summary>The language's own name ("Nederlands").</summary>
    public string Name { get; set; } = "";

    /// <summary>The language's name in English ("Dutch"), for messages, which are in English; the own name where not given.</summary>
    public string EnglishName
    {
        get => _englishName ?? Name;
        set => _englishName = value;
    }

    private string? _englishName;

    /// <summary>Words after which a date is the start of a past that runs up to now ("since", "sinds", "seit"): the clause is past.</summary>
    public string[] SinceWords { get; set; } = [];

    /// <summary>Words between a day and its month ("15th of March"): none in most languages.</summary>
    public string[] DayMonthConnectors { get; set; } = [];

    /// <summary>
    /// Marks the language's writers use to group thousands other than the EU's space ("3,000" in English, "20.000" in
    /// German): a number grouped with one is reported by DR5007; a mark not listed is read as something else.
    /// </summary>
    public string[] GroupingMarks { get; set; } = [];

    /// <summary>
    /// False for a recognition pack: enough to tell the language and read a resolution's structure and dates, not to
    /// run the checks written in its words. A document in such a language gets only the rules tagged
    /// <see cref="Diagnostics.WellKnownTags.LanguageNeutral"/>, and a note that says so.
    /// </summary>
    public bool Complete { get; set; } = true;

    /// <summary>
    /// The words of a resolution's title that its date follows ("European Parliament resolution of"): the date after
    /// them, before the body, is the text's own date.
    /// </summary>
    public string[] TitleDatePhrases { get; set; } = [];

    /// <summary>
    /// The words a tabled motion's title begins with ("Motion for a resolution", and "European Parliament resolution on",
    /// the title a motion gives the resolution it proposes, without the date only its adoption gives it).
    /// </summary>
    public string[] MotionTitlePhrases { get; set; } = [];

    /// <summary>The Official Journal's title as its page header prints it ("Official Journal of the European Union").</summary>
    public string[] OfficialJournalTitles { get; set; } = [];

    /// <summary>Frequent words that tell this language from the others.</summary>
    public string[] DetectionWords { get; set; } = [];

    /// <summary>The formula that opens the body of a resolution ("The European Parliament,").</summary>
    public string[] Preambles { get; set; } = [];

    /// <summary>The words that open a citation ("having regard to").</summary>
    public string[] CitationOpeners { get; set; } = [];

    /// <summary>The words that open a recital ("whereas").</summary>
    public string[] RecitalOpeners { get; set; } = [];

    /// <summary>
    /// Openers an earlier convention also accepted, each list up to its date: texts adopted up to 2011 still open
    /// recitals with participles ("A. recalling …", "B. concerned that …").
    /// </summary>
    public EarlierOpeners[] EarlierRecitalOpeners { get; set; } = [];

    /// <summary>The recital openers in force on a document's date: today's, and those an earlier convention of that date accepted.</summary>
    public IEnumerable<string> RecitalOpenersOn(DateOnly? date) =>
        date is { } d
            ? RecitalOpeners.Concat(EarlierRecitalOpeners
                .Where(e => DateOnly.TryParse(e.Until, System.Globalization.CultureInfo.InvariantCulture, out var until) && d <= until)
                .SelectMany(e => e.Openers))
            : RecitalOpeners;

    /// <summary>Abbreviations after which a full stop does not end a sentence ("Mr", "p", "No").</summary>
    public string[] Abbreviations { get; set; } = [];

    /// <summary>Month names, January first; each entry lists the accepted spellings ("September", "Sept", "Sep").</summary>
    public string[][] Months { get; set; } = [];

    /// <summary>Weekday names, Monday first; each entry lists the accepted spellings.</summary>
    public string[][] Weekdays { get; set; } = [];

    /// <summary>True where month names are written with a capital ("March"): then "may" is not a month.</summary>
    public bool CapitalizedMonths { get; set; }

    /// <summary>Suffixes of ordinal day numbers ("3rd", "3e"), which the EU style guide does not use in dates.</summary>
    public string[] OrdinalSuffixes { get; set; } = [];

    /// <summary>
    /// The ordinals the language's EU style writes in dates, not reported as a style slip: a day with its suffix ("1er"
    /// in French: "le 1er mars 2019"), or a suffix every day takes (".": "1. März 2019" in German).
    /// </summary>
    public string[] StyleOrdinals { get; set; } = [];

    /// <summary>Words that join the two ends of a range ("21 and 22 June", "21 en 22 juni").</summary>
    public string[] RangeWords { get; set; } = [];

    /// <summary>
    /// Words that open a range and the word that must close it ("from" … "to", "between" … "and"): after them the Style
    /// Guide writes the range out ("from 2 to 13 December"), never with a dash ("from 2-13 December").
    /// </summary>
    public string[][] RangeIntroducers { get; set; } = [];

    /// <summary>Words that join the members of a list of dates that share one year ("3 November and 22 December 2011").</summary>
    public string[] ListWords { get; set; } = [];

    /// <summary>Words before a month that make it approximate ("mid-December 2011", "half december 2011").</summary>
    public string[] ApproximateMonthPrefixes { get; set; } = [];

    /// <summary>Words after which a month name alone is a date ("since May", "sinds mei").</summary>
    public string[] MonthAlonePrepositions { get; set; } = [];

    /// <summary>Words and phrases that put a clause in the past or perfect ("since", "were", "werd").</summary>
    public string[] PastMarkers { get; set; } = [];

    /// <summary>A regular expression for past participles ("arrested", "gearresteerd").</summary>
    public string PastSuffixPattern { get; set; } = "";

    /// <summary>
    /// Inflection and derivation endings of names of places and peoples ("se", "ije", "ische" in Dutch): two spellings
    /// that differ only in them are forms of one word (Turkse/Turkije), never reported as one name spelled two ways.
    /// </summary>
    public string[] WordFormEndings { get; set; } = [];

    /// <summary>Words before a name made with a year ("the 2030 Agenda", "its 2021 Programme"): "the", "its", "de", "het".</summary>
    public string[] Determiners { get; set; } = [];

    /// <summary>Words a date or number follows ("of", "on", "dated"): "its resolution of ... on" left the date out.</summary>
    public string[] DateConnectors { get; set; } = [];

    /// <summary>Placeholders of the language: bracketed ("[date]") or written in capitals ("TBC").</summary>
    public string[] PlaceholderWords { get; set; } = [];

    /// <summary>
    /// Words of a legislative text ("legislative resolution", "first reading"), which names an act not yet adopted or
    /// published "No …/2014" and "OJ L …, …, p. …": no placeholder there.
    /// </summary>
    public string[] ForthcomingActWords { get; set; } = [];

    /// <summary>Wrong names of acts and bodies and their official titles, as pairs: ["Treaty on the European Union", "Treaty on European Union"].</summary>
    public string[][] OfficialTitles { get; set; } = [];

    /// <summary>Slips in fixed phrases and the phrases, as pairs: ["tot met", "tot en met"].</summary>
    public string[][] PhraseCorrections { get; set; } = [];

    /// <summary>The decimal mark: "." in English, "," in Dutch, French and German (where "1,500" is one and a half).</summary>
    public string DecimalSeparator { get; set; } = ".";

    /// <summary>Words that name a number as an identifier, not a quantity ("Resolution 1325", "No 1049", "nr. 1049").</summary>
    public string[] IdentifierWords { get; set; } = [];

    /// <summary>
    /// Words that scale the number before them, with their factor ("million": 1000000, "miljard": 1000000000; French and
    /// German "billion", "Billion" are 10^12), so that "1,5 miljard", "1.5 billion" and "1 500 million" are one amount
    /// to DR6005. A pack without them has its numbers compared as written.
    /// </summary>
    public Dictionary<string, decimal> ScaleWords { get; set; } = [];

    /// <summary>
    /// The language's words for currencies, after an amount, with the ISO code each stands for ("euro": "EUR",
    /// "d'euros": "EUR"); the codes and signs every language writes are <see cref="StructureData.Currencies"/>.
    /// </summary>
    public Dictionary<string, string> CurrencyWords { get; set; } = [];

    /// <summary>Capitalised words that are not names: institutional vocabulary and function words ("Council", "Raad").</summary>
    public string[] NameStopwords { get; set; } = [];

    /// <summary>
    /// True where the language capitalises its nouns (German): a capitalised word is then no sign of a name. A lone
    /// capitalised word is a name candidate only where it is written with a letter outside <see cref="NativeLetters"/>
    /// ("Grèze", "İlham"), or where the document also writes it, folded as names are, inside a run of two or more
    /// capitalised words ("Tusk" after "Donald Tusk"); such runs ("Margrete Auken") stay candidates.
    /// </summary>
    public bool CapitalisesNouns { get; set; }

    /// <summary>
    /// The lower-case letters of the language's own words ("abcdefghijklmnopqrstuvwxyzäöüß"), read where
    /// <see cref="CapitalisesNouns"/> is set: a word with any other letter is a name from another language.
    /// </summary>
    public string NativeLetters { get; set; } = "";

    /// <summary>"upper" where paragraphs open with a capitalised verb ("1. Stresses"), "lower" where they do not ("1. benadrukt").</summary>
    public string ParagraphInitial { get; set; } = "upper";

    /// <summary>The language's quotation marks in the EU style: the outer pair and the pair nested inside it.</summary>
    public QuoteStyle Quotes { get; set; } = new();

    /// <summary>Stems spelled two ways (British first): "organis"/"organiz".</summary>
    public string[][] SpellingVariantStems { get; set; } = [];

    /// <summary>Whole words spelled two ways (EU spelling first): "dialogue"/"dialog".</summary>
    public string[][] SpellingVariantWords { get; set; } = [];

    /// <summary>Words the language may write twice in a row ("that that", "had had").</summary>
    public string[] AllowedRepeats { get; set; } = [];

    /// <summary>Words and phrases that make a clause look forward ("will", "plans", "due", "zal").</summary>
    public string[] FutureMarkers { get; set; } = [];

    /// <summary>Whole lines of page furniture in this language, as regular expressions: "page 3 of 12", the motto "United in diversity".</summary>
    public string[] PageDebrisPatterns { get; set; } = [];

    /// <summary>Regular expressions that make a numbered line a footnote body in this language ("Texts adopted", "See").</summary>
    public string[] FootnoteBodyPatterns { get; set; } = [];

    /// <summary>The words of an Official Journal reference ("OJ", "PB"; "van"; "p", "blz"), put into references.json's pattern.</summary>
    public OfficialJournalWords OfficialJournal { get; set; } = new();

    /// <summary>
    /// An anniversary with its number, the number in the group <c>n</c> ("the 50th anniversary of", "de 50ste verjaardag van"),
    /// read by DR3007; empty where the pack does not say.
    /// </summary>
    public string AnniversaryPattern { get; set; } = "";

    /// <summary>The word that joins the last two members of a list ("and", "en"): "21(2)(a) and (b)".</summary>
    public string AndWord { get; set; } = "";

    /// <summary>
    /// Openings of the last paragraph of a whole resolution ("Instructs its President to forward"): a text that ends with
    /// one is complete; a text without one may be an excerpt, cut after any item (DR1004, DR5001).
    /// </summary>
    public string[] ClosingFormulas { get; set; } = [];

    /// <summary>True where a paragraph's text opens with one of <see cref="ClosingFormulas"/> (case aside: French and Dutch paragraphs may open in lower case).</summary>
    public bool OpensWithClosingFormula(string paragraph)
    {
        var text = paragraph.AsSpan().TrimStart();
        foreach (var formula in ClosingFormulas)
        {
            if (text.StartsWith(formula, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How the text refers to its own items ("paragraph 12", "recital C"), read by DR1004; none where the pack does not say.</summary>
    public CrossReferenceWords CrossReferences { get; set; } = new();

    /// <summary>How the language cites the Rules of Procedure, or null where the pack does not say.</summary>
    public RulesOfProcedurePatterns? RulesOfProcedure { get; set; }

    public IEnumerable<(string Where, string Pattern)> RegularExpressions() =>
        (PastSuffixPattern.Length > 0 ? [("pastSuffixPattern", PastSuffixPattern)] : Array.Empty<(string, string)>())
            .Concat(PageDebrisPatterns.Select((p, i) => ($"pageDebrisPatterns[{i}]", p)))
            .Concat(FootnoteBodyPatterns.Select((p, i) => ($"footnoteBodyPatterns[{i}]", p)))
            .Concat(RulesOfProcedure is { } rules ? [("rulesOfProcedure.phrase", rules.Phrase), ("rulesOfProcedure.item", rules.Item)] : [])
            .Concat(AnniversaryPattern.Length > 0 ? [("anniversaryPattern", AnniversaryPattern)] : [])
            .Concat(RulesOfProcedure is { SingularList.Length: > 0 } listed ? [("rulesOfProcedure.singularList", listed.SingularList)] : []);
}

/// <summary>The words of a reference from one item of a text to another ("as stated in paragraph 12", "overweging C").</summary>
public sealed class CrossReferenceWords
{
    /// <summary>The nouns for a paragraph of the resolution, singular: "paragraph", "paragraaf".</summary>
    public string[] Paragraph { get; set; } = [];

    /// <summary>The nouns for a recital: "recital", "overweging".</summary>
    public string[] Recital { get; set; } = [];

    /// <summary>Words after the number that make it another act's item ("paragraph 26 thereof", "paragraph 4 of the Charter").</summary>
    public string[] External { get; set; } = [];

    /// <summary>Phrases after the number that keep it this text's own although an external word opens them ("of this resolution").</summary>
    public string[] Internal { get; set; } = [];
}

/// <summary>The words a language writes in an Official Journal reference, each list read as alternatives.</summary>
public sealed class OfficialJournalWords
{
    /// <summary>The Journal's abbreviation: "OJ", "PB", "JO", "ABl.".</summary>
    public string[] Journal { get; set; } = [];

    /// <summary>A word between the issue and the date where the language writes one ("van"); none in English.</summary>
    public string[] Of { get; set; } = [];

    /// <summary>The abbreviation of "page": "p", "blz", "S".</summary>
    public string[] Page { get; set; } = [];

    /// <summary>The words as a regular-expression alternation; one that never matches where the list is empty.</summary>
    public static string Alternatives(IEnumerable<string> words) =>
        words.Any() ? $"(?:{string.Join('|', words.Select(System.Text.RegularExpressions.Regex.Escape))})" : "(?!)";
}

/// <summary>Language-independent patterns for reading PDF-extracted text (<c>rules/structure.json</c>).</summary>
public sealed class StructureData : IRuleDataPatterns
{
    /// <summary>Characters that stand for a lost bullet or a citation dash at the start of a line.</summary>
    public string BulletGlyphs { get; set; } = "";

    /// <summary>Regular expressions for whole lines that are page-break debris (page numbers, document codes).</summary>
    public string[] DebrisPatterns { get; set; } = [];

    /// <summary>Regular expressions that make a numbered line a footnote body ("P7_TA", "OJ C").</summary>
    public string[] FootnoteBodyPatterns { get; set; } = [];

    /// <summary>
    /// Currency codes and signs every language writes, before or after an amount ("EUR 10 million", "10 miljoen EUR",
    /// "€10"), with the ISO code each stands for; each language's words are <see cref="LanguageData.CurrencyWords"/>.
    /// </summary>
    public Dictionary<string, string> Currencies { get; set; } = [];

    /// <summary>The page-debris patterns a text in a language is read with: these, then the pack's own.</summary>
    public IEnumerable<string> DebrisPatternsFor(LanguageData language) => [.. DebrisPatterns, .. language.PageDebrisPatterns];

    /// <summary>The footnote-body patterns of a language: these, the pack's own, and its Journal's abbreviation before a series ("OJ C").</summary>
    public IEnumerable<string> FootnoteBodyPatternsFor(LanguageData language) =>
        [
            .. FootnoteBodyPatterns,
            .. language.FootnoteBodyPatterns,
            .. language.OfficialJournal.Journal.Length > 0 ? [$@"\b{OfficialJournalWords.Alternatives(language.OfficialJournal.Journal)}\s+[CL]\b"] : Array.Empty<string>(),
        ];

    public IEnumerable<(string Where, string Pattern)> RegularExpressions() =>
        DebrisPatterns.Select((p, i) => ($"debrisPatterns[{i}]", p))
            .Concat(FootnoteBodyPatterns.Select((p, i) => ($"footnoteBodyPatterns[{i}]", p)));
}

/// <summary>A language's quotation marks: the outer pair and the nested pair.</summary>
public sealed class QuoteStyle
{
    public string[] Outer { get; set; } = ["‘", "’"];

    public string[] Inner { get; set; } = ["“", "”"];
}

/// <summary>Openers an earlier convention accepted, for documents dated up to <see cref="Until"/> (yyyy-MM-dd).</summary>
public sealed class EarlierOpeners
{
    public string Until { get; set; } = "";

    public string[] Openers { get; set; } = [];
}
