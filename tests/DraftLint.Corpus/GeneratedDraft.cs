namespace DraftLint.Corpus;

/// <summary>One generated draft: its file name, text, language and the findings its injected errors must raise.</summary>
public sealed record GeneratedDraft(string FileName, string Language, DateOnly Date, string Text, IReadOnlyList<ExpectedFinding> Expected);

/// <summary>A finding the linter must report for an injected error: the rule and the 1-based line of the flagged text.</summary>
public sealed record ExpectedFinding(string RuleId, int Line, string Text, InjectedError Error);
