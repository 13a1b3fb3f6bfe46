namespace DraftLint.Corpus;

/// <summary>An error the generator can put into a draft, with the rule that must report it.</summary>
public enum InjectedError
{
    /// <summary>A recital letter is skipped (C. then E.).</summary>
    NumberingGap,

    /// <summary>A paragraph number is used twice.</summary>
    DuplicateNumber,

    /// <summary>A person's surname is spelled another way in a later mention (Vinyavskiy, then Vinyavski).</summary>
    NameVariant,

    /// <summary>A past-tense statement dates an event after the document's own date ("arrested since December 2012" in March 2012).</summary>
    DateAfterDocument,

    /// <summary>A date that does not exist (31 April, 29 February of a common year).</summary>
    ImpossibleDate,

    /// <summary>A weekday that does not match its date.</summary>
    WrongWeekday,

    /// <summary>A day and month with no year.</summary>
    MissingYear,

    /// <summary>A provisional text-adopted reference (P7_TA-PROV) long after the vote.</summary>
    ProvisionalReference,

    /// <summary>A Rules of Procedure number from another parliamentary term.</summary>
    StaleRuleNumber,

    /// <summary>A word written twice ("the the").</summary>
    DoubledWord,
}

/// <summary>The rule that reports each kind of injected error.</summary>
public static class InjectedErrors
{
    public static IReadOnlyList<InjectedError> All { get; } = Enum.GetValues<InjectedError>();

    public static string RuleId(this InjectedError error) => error switch
    {
        InjectedError.NumberingGap => "DR1001",
        InjectedError.DuplicateNumber => "DR1002",
        InjectedError.NameVariant => "DR2001",
        InjectedError.DateAfterDocument => "DR3001",
        InjectedError.ImpossibleDate => "DR3002",
        InjectedError.WrongWeekday => "DR3003",
        InjectedError.MissingYear => "DR3005",
        InjectedError.ProvisionalReference => "DR4001",
        InjectedError.StaleRuleNumber => "DR4004",
        InjectedError.DoubledWord => "DR5002",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
