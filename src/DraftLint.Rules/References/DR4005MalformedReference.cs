using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4005: a reference that is not in its form: "Rule 135 (5)", "Rule 135(5) and 123(4)", "21(2)(a) (b)", an unknown procedure type, number 0000.</summary>
public sealed partial class DR4005MalformedReference : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4005",
        "Malformed reference",
        "'{0}' has a space before the paragraph; write '{1}'.",
        "References",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "References follow fixed forms: Rule 135(5) with no space before the paragraph, 'Rules' before two rule numbers ('Rules 135(5) and 123(4)'; "
        + "rulesOfProcedure.singularList in the pack), two points of one article joined by the pack's andWord ('21(2)(a) and (b)', not '21(2)(a) (b)'), "
        + "procedure type codes from a closed list (COD, RSP, INI …, in rules/references.json), document and text numbers from 0001. Where the form "
        + "is clear, the fix writes it.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats =
        [
            (ProcedureType, "'{0}' has the procedure type '{1}', which is not one of '{2}'."),
            (NumberZero, "'{0}' has the number 0000, which no document or text has."),
            (SingularList, "'{0}' names two rules after '{1}'; write '{2}'."),
            (PointPair, "'{0}' lists two points with only a space between them; write '{1}'."),
        ],
    };

    private const string ProcedureType = "procedure-type";
    private const string NumberZero = "number-0000";
    private const string SingularList = "singular-list";
    private const string PointPair = "point-pair";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentEndAction(document =>
        {
            var data = document.Data.Get<ReferenceData>("references.json");
            foreach (var reference in document.SemanticModel.References)
            {
                if (reference.StraySpace is { } space)
                {
                    ReferenceProblem.Report(
                        document,
                        Descriptor,
                        reference,
                        DiagnosticDescriptor.DefaultMessageId,
                        [$"{reference.Number}({reference.Paragraph})"],
                        CodeFix.Replace("Remove the space", reference.Text.ToSource(space), ""));
                }
                else if (reference.Kind == ReferenceKind.Procedure && !data.ProcedureTypes.Contains(reference.Type))
                {
                    ReferenceProblem.Report(document, Descriptor, reference, ProcedureType, [reference.Type, string.Join(", ", data.ProcedureTypes)]);
                }
                else if (reference.Number is "0000")
                {
                    ReferenceProblem.Report(document, Descriptor, reference, NumberZero, []);
                }
            }
        });
        context.RegisterDocumentStartAction(start =>
        {
            var language = start.Options.Data.GetLanguage(start.Document.Language);
            var singular = language.RulesOfProcedure is { SingularList.Length: > 0 } ? SingularListPattern.For(language) : null;
            var and = language.AndWord;
            start.RegisterTextAction(text =>
            {
                var value = text.Text.Value;
                if (singular is not null)
                {
                    foreach (Match match in singular.Matches(value))
                    {
                        var word = match.Groups["word"];
                        var plural = language.RulesOfProcedure!.Plural;
                        var range = new TextSpan(word.Index, word.Length);
                        var fixedWord = char.IsUpper(word.Value[0]) ? plural : char.ToLowerInvariant(plural[0]) + plural[1..];
                        text.Report(
                            Descriptor,
                            new TextSpan(match.Index, match.Length),
                            [match.Value, word.Value, fixedWord],
                            text.Text.IsContiguous(range) ? CodeFix.Replace($"Write '{fixedWord}'", text.Text.ToSource(range), fixedWord) : null,
                            messageId: SingularList);
                    }
                }

                if (and.Length == 0 || value.IndexOf(") (", StringComparison.Ordinal) < 0)
                {
                    return;
                }

                foreach (Match match in PointPairPattern().Matches(value))
                {
                    var gap = match.Groups["gap"];
                    var range = new TextSpan(gap.Index, gap.Length);
                    var written = $"{value[match.Index..gap.Index]} {and} {value[(gap.Index + gap.Length)..(match.Index + match.Length)]}";
                    text.Report(
                        Descriptor,
                        new TextSpan(match.Index, match.Length),
                        [match.Value, written],
                        text.Text.IsContiguous(range) ? CodeFix.Replace($"Write '{and}'", text.Text.ToSource(range), $" {and} ") : null,
                        messageId: PointPair);
                }
            });
        });
    }

    private static readonly PackPattern SingularListPattern = new(l => l.RulesOfProcedure!.SingularList, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>An article's subdivision followed by a second point with only a space between: "21(2)(a) (b)" (not "(a), (b)" or "(a) (b) (c)").</summary>
    [GeneratedRegex(@"(?<![\w(])\d{1,3}[a-z]?(?:\(\d{1,3}\))*\((?:[a-z]|[ivx]{2,4})\)(?<gap> )\((?:[a-z]|[ivx]{2,4})\)(?! ?\()", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PointPairPattern();
}
