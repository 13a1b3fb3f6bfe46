using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Rules.Dates;
using DraftLint.Rules.Names;
using DraftLint.Rules.Numbering;
using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Rules.Versions;

namespace DraftLint.Rules;

/// <summary>
/// Every analyzer shipped with DraftLint, listed by hand in rule-id order. A list rather than a reflection scan of
/// the assembly: nothing to discover at start-up, and a native (AOT) build keeps exactly these types. A test
/// (RuleCatalogTests) fails if a rule class in this assembly is missing here.
/// </summary>
public static class BuiltInRules
{
    /// <summary>New instances of every built-in analyzer, ordered by their first rule id.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll() =>
    [
        new NumberingAnalyzer(),
        new DR1004CrossReference(),
        new DR2001NameSpelledTwoWays(),
        new DR2002NameSpelledDifferentlyAcrossDocuments(),
        new DR2003AcronymVariant(),
        new DR3001DateAfterDocumentDate(),
        new DR3002ImpossibleDate(),
        new DR3003WeekdayMismatch(),
        new DR3004InvertedRange(),
        new DR3005MissingYear(),
        new DR3006DateStyle(),
        new DR3007AnniversaryCount(),
        new DR4001ProvisionalReference(),
        new DR4002ReferenceYearMismatch(),
        new DR4003ReferenceTermMismatch(),
        new DR4004RulesOfProcedureNumber(),
        new DR4005MalformedReference(),
        new DR4006DuplicateCitation(),
        new DR4007UrlForm(),
        new DR4008OfficialJournalReference(),
        new DR4009DeadLink(),
        new DR4010UnfilledPlaceholder(),
        new DR4011OfficialTitle(),
        new DR4012OwnProcedureMismatch(),
        new DR5001TerminalPunctuation(),
        new DR5002DoubledWord(),
        new DR5003UnbalancedBrackets(),
        new DR5004OpeningFormula(),
        new DR5005QuotationStyle(),
        new DR5006SpellingVariant(),
        new DR5007ThousandsSeparator(),
        new DR5008CitationFormula(),
        new DR5009SpaceAfterComma(),
        new DR5010FixedPhrase(),
        new DR5011DoubledPunctuation(),
        new DR5012DraftingLeftover(),
        new VersionsAnalyzer(),
    ];

    /// <summary>Every built-in descriptor, by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [.. CreateAll().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
