namespace DraftLint.Data;

/// <summary>Reference formats and facts (<c>rules/references.json</c>).</summary>
public sealed class ReferenceData : IRuleDataPatterns
{
    public TermRange[] Terms { get; init; } = [];

    public string[] ProcedureTypes { get; init; } = [];

    public int ProvisionalGraceDays { get; init; }

    public string[] HttpsHosts { get; init; } = [];

    public DateOnly OjSeriesEEnded { get; init; }

    public DateOnly OjActByActFrom { get; init; }

    public Dictionary<string, string> Patterns { get; init; } = [];

    /// <summary>The term in force on a date, or null before the first known term.</summary>
    public TermRange? TermAt(DateOnly date) => Terms.FirstOrDefault(t => t.From <= date && date <= t.To);

    public IEnumerable<(string Where, string Pattern)> RegularExpressions() =>
        Patterns.Select(p => ($"patterns.{p.Key}", p.Value));

    /// <summary>The Official Journal pattern with a language's words put in for its placeholders.</summary>
    public string OfficialJournalPattern(LanguageData language) =>
        Patterns["officialJournal"]
            .Replace("{journal}", OfficialJournalWords.Alternatives(language.OfficialJournal.Journal), StringComparison.Ordinal)
            .Replace("{of}", OfficialJournalWords.Alternatives(language.OfficialJournal.Of), StringComparison.Ordinal)
            .Replace("{page}", OfficialJournalWords.Alternatives(language.OfficialJournal.Page), StringComparison.Ordinal);
}

/// <summary>A parliamentary term and the dates it ran.</summary>
public sealed class TermRange
{
    public int Term { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }
}

/// <summary>How one language cites the Rules of Procedure: the phrase, and each rule number in it.</summary>
public sealed class RulesOfProcedurePatterns
{
    public string Phrase { get; set; } = "";

    public string Item { get; set; } = "";

    /// <summary>
    /// Two rule numbers after the singular word ("Rule 135(5) and 123(4) of its Rules of Procedure"), the word in the group
    /// <c>word</c>; read by DR4005, which writes <see cref="Plural"/> for it. Empty where the pack does not say.
    /// </summary>
    public string SingularList { get; set; } = "";

    /// <summary>The plural of the word for a rule ("Rules", "artikelen").</summary>
    public string Plural { get; set; } = "";
}

/// <summary>The Rules of Procedure table (<c>rules/rules-of-procedure.json</c>).</summary>
public sealed class RulesOfProcedureData
{
    public RulesOfProcedureTerm[] Terms { get; init; } = [];
}

/// <summary>The numbers of the commonly cited rules in one term's edition of the Rules of Procedure.</summary>
public sealed class RulesOfProcedureTerm
{
    public int Term { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public string Edition { get; init; } = "";

    public RuleNumber[] Rules { get; init; } = [];
}

/// <summary>A procedure and the rule (and paragraphs) that governs it in one edition.</summary>
public sealed class RuleNumber
{
    public string Procedure { get; init; } = "";

    public string Rule { get; init; } = "";

    public string[] Paragraphs { get; init; } = [];
}
