using System.Text.RegularExpressions;

namespace DraftLint.Data;

/// <summary>
/// Compiled code for the regular expressions that ship in <c>rules/*.json</c>. A native build has no runtime regex
/// compiler, so a pattern read from a file runs in the interpreter (about a microsecond a line for the page-debris
/// set) or must pay to build the non-backtracking engine. <see cref="Create"/> gives the source-generated expression
/// where the file still holds the shipped pattern with the same options, and an interpreted one for any other
/// pattern: a user who changes a pattern changes what is matched, only more slowly. Both are .NET's backtracking
/// engine and match alike.
/// </summary>
/// <remarks>
/// The JSON is the one source of truth: a copy here is a cache, used only while it equals what the readers compose
/// from the files (the pattern lists of structure.json and a pack joined as <see cref="PatternSet"/> joins them, the
/// pack's words put into references.json's Official Journal pattern). Editing a pattern never breaks the build or a
/// test: the edited pattern runs interpreted, only more slowly, until its copy here is updated (CompiledPatternsTests
/// lists the shipped patterns that have none). Copies are kept for the full packs' patterns, the ones most runs use.
/// </remarks>
public static partial class CompiledPatterns
{
    /// <summary>English page debris: structure.json debrisPatterns and the pack's pageDebrisPatterns, joined as PatternSet joins them.</summary>
    private const string PageDebrisEnPattern = @"(?:^(EN|NL|FR|DE|ES|IT|PT|PL|EL|DA|SV|FI|CS|SK|SL|HU|ET|LV|LT|MT|GA|BG|RO|HR)$)|(?:^PE\s?\d{3}\.\d{3}(v\d{2}-\d{2})?$)|(?:^(RE|AM|PR|RR|AD|OJ)\\\S+\.(doc|docx)$)|(?:^(RE|AM|PR|RR|AD)\\\S+$)|(?:^\d{1,3}\s*/\s*\d{1,3}$)|(?:^-\s*\d{1,3}\s*-$)|(?:^\d{1,3}$)|(?:^\*{3,}$)|(?:^page\s+\d{1,3}(\s*(of|/)\s*\d{1,3})?$)|(?:^United in diversity$)";

    /// <summary>Dutch page debris, joined.</summary>
    private const string PageDebrisNlPattern = @"(?:^(EN|NL|FR|DE|ES|IT|PT|PL|EL|DA|SV|FI|CS|SK|SL|HU|ET|LV|LT|MT|GA|BG|RO|HR)$)|(?:^PE\s?\d{3}\.\d{3}(v\d{2}-\d{2})?$)|(?:^(RE|AM|PR|RR|AD|OJ)\\\S+\.(doc|docx)$)|(?:^(RE|AM|PR|RR|AD)\\\S+$)|(?:^\d{1,3}\s*/\s*\d{1,3}$)|(?:^-\s*\d{1,3}\s*-$)|(?:^\d{1,3}$)|(?:^\*{3,}$)|(?:^(pagina|blz\.?)\s+\d{1,3}(\s*(van|/)\s*\d{1,3})?$)|(?:^In verscheidenheid verenigd$)";

    /// <summary>English footnote bodies: structure.json footnoteBodyPatterns, the pack's, and its Journal's abbreviation, joined.</summary>
    private const string FootnoteBodyEnPattern = @"(?:\bP\d{1,2}_TA(-PROV)?\()|(?:\bTA-\d{1,2}-\d{4}-\d{4}\b)|(?:\bT\d{1,2}-\d{4}/\d{4}\b)|(?:^(Ibid|Idem)\b)|(?:^https?://)|(?:\bCOM\(\d{4}\)\s?\d+)|(?:\b\d{2,4}/\d{4}\([A-Z]{3}\))|(?:^Texts adopted\b)|(?:^See\b)|(?:\b(?:OJ)\s+[CL]\b)";

    /// <summary>Dutch footnote bodies, joined.</summary>
    private const string FootnoteBodyNlPattern = @"(?:\bP\d{1,2}_TA(-PROV)?\()|(?:\bTA-\d{1,2}-\d{4}-\d{4}\b)|(?:\bT\d{1,2}-\d{4}/\d{4}\b)|(?:^(Ibid|Idem)\b)|(?:^https?://)|(?:\bCOM\(\d{4}\)\s?\d+)|(?:\b\d{2,4}/\d{4}\([A-Z]{3}\))|(?:^Aangenomen teksten\b)|(?:^Zie\b)|(?:\b(?:PB)\s+[CL]\b)";

    /// <summary>references.json patterns.textAdopted.</summary>
    private const string TextAdoptedPattern = @"\bP(?<term>\d{1,2})_TA(?<prov>-PROV)?\((?<year>\d{4})\)(?<number>\d{4})\b|\bTA[-‑](?<term>\d{1,2})[-‑](?<year>\d{4})[-‑](?<number>\d{4})\b|\bT(?<term>\d{1,2})[-‑](?<number>\d{4})/(?<year>\d{4})\b";

    /// <summary>references.json patterns.document.</summary>
    private const string DocumentReferencePattern = @"\b(?<joint>RC[-‑])?(?<series>[ABC])(?<term>\d{1,2})[-‑](?<number>\d{4})/(?<year>\d{4})(?:/REV\d?)?\b";

    /// <summary>references.json patterns.procedure.</summary>
    private const string ProcedurePattern = @"(?<![\d/])(?<year>\d{4}|\d{2})/(?<number>\d{4})\((?<type>[A-Z]{3})\)";

    /// <summary>references.json patterns.officialJournal with the English pack's words.</summary>
    private const string OfficialJournalEnPattern = @"\b(?<oj>(?:OJ))\s+(?<series>[CLS])(?:\s+(?<issue>\d{1,4})(?:\s+(?<e>E))?)?(?:,\s*|\s+(?!)\s+)(?:(?<act>(?:[CLS]/)?\d{4}/\d{1,5})(?:,\s*|\s+(?!)\s+))?(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,\s*(?:p)\.\s*(?<page>\d+))?";

    /// <summary>references.json patterns.officialJournal with the Dutch pack's words.</summary>
    private const string OfficialJournalNlPattern = @"\b(?<oj>(?:PB))\s+(?<series>[CLS])(?:\s+(?<issue>\d{1,4})(?:\s+(?<e>E))?)?(?:,\s*|\s+(?:van)\s+)(?:(?<act>(?:[CLS]/)?\d{4}/\d{1,5})(?:,\s*|\s+(?:van)\s+))?(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,\s*(?:blz|p)\.\s*(?<page>\d+))?";

    /// <summary>lang/en/pack.json rulesOfProcedure.phrase.</summary>
    private const string RulePhraseEnPattern = @"\bRules?\s+\d[\d\s(),a-z]*?(?:\s+and\s+(?:Rule\s+)?\d[\d\s()a-z]*?)*\s+of\s+(?:its|the|Parliament's|Parliament’s)\s+Rules\s+of\s+Procedure";

    /// <summary>lang/en/pack.json rulesOfProcedure.item.</summary>
    private const string RuleItemEnPattern = @"(?<rule>\d{1,3}[a-z]?)(?:(?<space>\s+)?\((?<paragraph>\d{1,2})\))?";

    /// <summary>lang/nl/pack.json rulesOfProcedure.phrase.</summary>
    private const string RulePhraseNlPattern = @"\bartikel\s+\d[\s\S]{0,80}?\s+van\s+(?:zijn|het)\s+Reglement";

    /// <summary>lang/nl/pack.json rulesOfProcedure.item.</summary>
    private const string RuleItemNlPattern = @"artikel\s+(?<rule>\d{1,3}[a-z]?)(?:,\s*lid\s+(?<paragraph>\d{1,2}))?";

    /// <summary>German footnote bodies, joined.</summary>
    private const string FootnoteBodyDePattern = @"(?:\bP\d{1,2}_TA(-PROV)?\()|(?:\bTA-\d{1,2}-\d{4}-\d{4}\b)|(?:\bT\d{1,2}-\d{4}/\d{4}\b)|(?:^(Ibid|Idem)\b)|(?:^https?://)|(?:\bCOM\(\d{4}\)\s?\d+)|(?:\b\d{2,4}/\d{4}\([A-Z]{3}\))|(?:^Angenommene Texte\b)|(?:^Siehe\b)|(?:\b(?:ABl\.)\s+[CL]\b)";

    /// <summary>references.json patterns.officialJournal with the German pack's words.</summary>
    private const string OfficialJournalDePattern = @"\b(?<oj>(?:ABl\.))\s+(?<series>[CLS])(?:\s+(?<issue>\d{1,4})(?:\s+(?<e>E))?)?(?:,\s*|\s+(?:vom)\s+)(?:(?<act>(?:[CLS]/)?\d{4}/\d{1,5})(?:,\s*|\s+(?:vom)\s+))?(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,\s*(?:S)\.\s*(?<page>\d+))?";

    /// <summary>German page debris, joined.</summary>
    private const string PageDebrisDePattern = @"(?:^(EN|NL|FR|DE|ES|IT|PT|PL|EL|DA|SV|FI|CS|SK|SL|HU|ET|LV|LT|MT|GA|BG|RO|HR)$)|(?:^PE\s?\d{3}\.\d{3}(v\d{2}-\d{2})?$)|(?:^(RE|AM|PR|RR|AD|OJ)\\\S+\.(doc|docx)$)|(?:^(RE|AM|PR|RR|AD)\\\S+$)|(?:^\d{1,3}\s*/\s*\d{1,3}$)|(?:^-\s*\d{1,3}\s*-$)|(?:^\d{1,3}$)|(?:^\*{3,}$)|(?:^Seite\s+\d{1,3}(\s*(von|/)\s*\d{1,3})?$)|(?:^In Vielfalt geeint$)";

    /// <summary>lang/de/pack.json rulesOfProcedure.item.</summary>
    private const string RuleItemDePattern = @"Artikel\s+(?<rule>\d{1,3}[a-z]?)(?:\s+Abs(?:atz|\.)\s+(?<paragraph>\d{1,2}))?";

    /// <summary>lang/de/pack.json rulesOfProcedure.phrase.</summary>
    private const string RulePhraseDePattern = @"\bArtikels?\s+\d{1,3}[a-z]?(?:\s+Abs(?:atz|ätze|\.)\s+\d{1,2}(?:\s*(?:,|und)\s+\d{1,2})*)?(?:\s*(?:,|und)\s+(?:Artikel\s+)?\d{1,3}[a-z]?(?:\s+Abs(?:atz|ätze|\.)\s+\d{1,2}(?:\s*(?:,|und)\s+\d{1,2})*)?)*(?:\s+(?:Unterabsatz|Buchstabe)\s+\S+)?\s+(?:seiner|der)\s+Geschäftsordnung";

    /// <summary>French footnote bodies, joined.</summary>
    private const string FootnoteBodyFrPattern = @"(?:\bP\d{1,2}_TA(-PROV)?\()|(?:\bTA-\d{1,2}-\d{4}-\d{4}\b)|(?:\bT\d{1,2}-\d{4}/\d{4}\b)|(?:^(Ibid|Idem)\b)|(?:^https?://)|(?:\bCOM\(\d{4}\)\s?\d+)|(?:\b\d{2,4}/\d{4}\([A-Z]{3}\))|(?:^Textes adoptés\b)|(?:^Voir\b)|(?:\b(?:JO)\s+[CL]\b)";

    /// <summary>references.json patterns.officialJournal with the French pack's words.</summary>
    private const string OfficialJournalFrPattern = @"\b(?<oj>(?:JO))\s+(?<series>[CLS])(?:\s+(?<issue>\d{1,4})(?:\s+(?<e>E))?)?(?:,\s*|\s+(?:du)\s+)(?:(?<act>(?:[CLS]/)?\d{4}/\d{1,5})(?:,\s*|\s+(?:du)\s+))?(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,\s*(?:p)\.\s*(?<page>\d+))?";

    /// <summary>French page debris, joined.</summary>
    private const string PageDebrisFrPattern = @"(?:^(EN|NL|FR|DE|ES|IT|PT|PL|EL|DA|SV|FI|CS|SK|SL|HU|ET|LV|LT|MT|GA|BG|RO|HR)$)|(?:^PE\s?\d{3}\.\d{3}(v\d{2}-\d{2})?$)|(?:^(RE|AM|PR|RR|AD|OJ)\\\S+\.(doc|docx)$)|(?:^(RE|AM|PR|RR|AD)\\\S+$)|(?:^\d{1,3}\s*/\s*\d{1,3}$)|(?:^-\s*\d{1,3}\s*-$)|(?:^\d{1,3}$)|(?:^\*{3,}$)|(?:^page\s+\d{1,3}(\s*(sur|/)\s*\d{1,3})?$)|(?:^Unie dans la diversité$)";

    /// <summary>lang/fr/pack.json rulesOfProcedure.item.</summary>
    private const string RuleItemFrPattern = @"article\s+(?<rule>\d{1,3}[a-z]?)(?:,\s*paragraphes?\s+(?<paragraph>\d{1,2}))?";

    /// <summary>lang/fr/pack.json rulesOfProcedure.phrase.</summary>
    private const string RulePhraseFrPattern = @"\barticles?\s+\d{1,3}[a-z]?(?:,\s*paragraphes?\s+\d{1,2}(?:\s*(?:,|et)\s+\d{1,2})*)?(?:(?:,\s*|\s+)et\s+(?:(?:à\s+)?l['’])?article\s+\d{1,3}[a-z]?(?:,\s*paragraphes?\s+\d{1,2}(?:\s*(?:,|et)\s+\d{1,2})*)?)*,?\s+(?:de\s+son\s+règlement(?:\s+intérieur)?|du\s+règlement(?=\s+intérieur|\s+du\s+Parlement|\s+par\b|\s*[,;.]|\s*$))";

    /// <summary>lang/en/pack.json pastSuffixPattern.</summary>
    private const string PastParticipleEnPattern = @"^[a-z]{3,}ed$";

    /// <summary>lang/nl/pack.json pastSuffixPattern.</summary>
    private const string PastParticipleNlPattern = @"^ge[a-z]{3,}(d|t|en)$";

    // Keyed by each expression's own pattern and options, so that the table cannot disagree with the attributes below.
    private static readonly Dictionary<(string Pattern, RegexOptions Options), Regex> Compiled = new Regex[]
    {
        PageDebrisEn(), PageDebrisNl(), FootnoteBodyEn(), FootnoteBodyNl(), TextAdopted(), DocumentReference(), Procedure(), OfficialJournalEn(), OfficialJournalNl(),
        RulePhraseEn(), RuleItemEn(), RulePhraseNl(), RuleItemNl(), PastParticipleEn(), PastParticipleNl(),
        PageDebrisFr(), PageDebrisDe(), FootnoteBodyFr(), FootnoteBodyDe(), OfficialJournalFr(), OfficialJournalDe(), RulePhraseFr(), RuleItemFr(), RulePhraseDe(), RuleItemDe(),
    }.ToDictionary(regex => (regex.ToString(), regex.Options));

    /// <summary>The compiled expression where one ships for the pattern and options, else an interpreted one.</summary>
    public static Regex Create(string pattern, RegexOptions options) =>
        Compiled.TryGetValue((pattern, options), out var compiled) ? compiled : new Regex(pattern, options);

    /// <summary>True where <see cref="Create"/> gives compiled code for the pattern and options.</summary>
    public static bool IsCompiled(string pattern, RegexOptions options) => Compiled.ContainsKey((pattern, options));

    /// <summary>True where the pattern is one that ships, with whatever options: it is known to be valid.</summary>
    public static bool IsShipped(string pattern) => Compiled.Keys.Any(k => k.Pattern == pattern);

    [GeneratedRegex(PageDebrisEnPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageDebrisEn();

    [GeneratedRegex(PageDebrisNlPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageDebrisNl();

    [GeneratedRegex(FootnoteBodyEnPattern, RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteBodyEn();

    [GeneratedRegex(FootnoteBodyNlPattern, RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteBodyNl();

    [GeneratedRegex(TextAdoptedPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TextAdopted();

    [GeneratedRegex(DocumentReferencePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DocumentReference();

    [GeneratedRegex(ProcedurePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Procedure();

    [GeneratedRegex(OfficialJournalEnPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OfficialJournalEn();

    [GeneratedRegex(OfficialJournalNlPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OfficialJournalNl();

    [GeneratedRegex(RulePhraseEnPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RulePhraseEn();

    [GeneratedRegex(RuleItemEnPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RuleItemEn();

    [GeneratedRegex(RulePhraseNlPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RulePhraseNl();

    [GeneratedRegex(RuleItemNlPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RuleItemNl();

    [GeneratedRegex(PastParticipleEnPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PastParticipleEn();

    [GeneratedRegex(PastParticipleNlPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PastParticipleNl();

    [GeneratedRegex(FootnoteBodyDePattern, RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteBodyDe();

    [GeneratedRegex(OfficialJournalDePattern, RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialJournalDe();

    [GeneratedRegex(PageDebrisDePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageDebrisDe();

    [GeneratedRegex(RuleItemDePattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RuleItemDe();

    [GeneratedRegex(RulePhraseDePattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RulePhraseDe();

    [GeneratedRegex(FootnoteBodyFrPattern, RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteBodyFr();

    [GeneratedRegex(OfficialJournalFrPattern, RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialJournalFr();

    [GeneratedRegex(PageDebrisFrPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageDebrisFr();

    [GeneratedRegex(RuleItemFrPattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RuleItemFr();

    [GeneratedRegex(RulePhraseFrPattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RulePhraseFr();
}
