using DraftLint.Diagnostics;
using DraftLint.Syntax;
using Humanizer;

namespace DraftLint.Rules.Numbering;

/// <summary>DR1001: a recital, paragraph or point label skips labels that appear nowhere in the run. Reported by <see cref="NumberingAnalyzer"/>.</summary>
public sealed class DR1001NumberingGap : NumberingRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR1001",
        "Numbering gap",
        FormatOf(NumberingSequence.Nouns[0], fromStart: false, missing: 1),
        "Numbering",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Recitals run A, B … Z, AA, AB …, paragraphs 1, 2, 3 … and points (a), (b) … or (i), (ii) … without gaps. "
        + "A skipped label usually means an item was deleted or merged while amending and the rest was not renumbered.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats =
        [
            .. from noun in NumberingSequence.Nouns
               from fromStart in new[] { false, true }
               from missing in new[] { 1, 2, 3, 4, ManyMissing }
               let id = IdOf(noun, fromStart, missing)
               where id != DiagnosticDescriptor.DefaultMessageId
               select (id, FormatOf(noun, fromStart, missing)),
        ],
    };

    /// <summary>From this many missing labels on, the message names the first and the last and counts them.</summary>
    private const int ManyMissing = 5;

    private static string IdOf(string noun, bool fromStart, int missing) =>
        IdOf(noun, fromStart ? "start" : "", missing == 1 ? "" : missing >= ManyMissing ? "many" : missing.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"Recital '{0}' follows recital '{1}': '{2}' is missing." and the other choices of words.</summary>
    private static string FormatOf(string noun, bool fromStart, int missing)
    {
        var next = 0;
        string Value() => $"'{{{next++}}}'";
        var label = Value();
        var previous = fromStart ? $"the start of the {noun}s" : $"{noun} {Value()}";
        var gap = missing switch
        {
            1 => $"{Value()} is missing",
            < ManyMissing => $"{Enumerable.Range(0, missing).Select(_ => Value()).ToList().Humanize("and")} are missing",
            _ => $"{Value()} to {Value()} are missing ({Value()} labels)",
        };
        return $"{Wording.SentenceCase(noun)} {label} follows {previous}: {gap}.";
    }

    private protected override NumberingProblem ProblemKind => NumberingProblem.Gap;

    public override DiagnosticDescriptor Reported => Descriptor;

    internal override string MessageId(NumberingFinding finding) =>
        IdOf(NumberingSequence.Noun(finding.Item), finding.Previous is null, Math.Min(finding.Missing.Count, ManyMissing));

    private protected override object?[] ArgumentsOf(NumberingFinding finding)
    {
        var missing = finding.Missing;
        return
        [
            finding.Item.Label!.Text,
            .. finding.Previous is { } previous ? [previous.Label!.Text] : Array.Empty<object?>(),
            .. missing.Count < ManyMissing ? [.. missing] : new object?[] { missing[0], missing[^1], missing.Count },
        ];
    }

    private protected override (ItemSyntax Item, string Role)? RelatedOf(NumberingFinding finding) =>
        finding.Previous is { } previous ? (previous, "the previous label") : null;
}
