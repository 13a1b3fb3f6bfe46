using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.References;

/// <summary>DR4012: the document gives its own procedure number two ways (the heading says 2016/2990(RSP), the procedure line 2016/2992(RSP)).</summary>
public sealed class DR4012OwnProcedureMismatch : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4012",
        "Own procedure given two ways",
        "The document's own procedure is given here as '{0}' and once elsewhere as '{1}'; one of them is wrong.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A motion or text adopted names its procedure several times before the preamble: under the title ('22.11.2016 - (2016/2990(RSP))'), "
        + "on its own line after the title, at the end of the title, and on the page's procedure line ('Procedure : 2016/2990(RSP)'). "
        + "They are one procedure: two numbers of one year and type ('2016/2990(RSP)', '2016/2992(RSP)') are a slip in one of them. "
        + "Reported at the number given fewer times. Procedures cited in sentences (a related file) are not the document's own.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = [(GivenTimes, "The document's own procedure is given here as '{0}' and several times elsewhere as '{1}'; one of them is wrong.")],
    };

    private const string GivenTimes = "given-several-times";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var source = document.Document.Source;
            var own = document.SemanticModel.References
                .Where(r => r is { Kind: ReferenceKind.Procedure, Node.Kind: SyntaxKind.HeaderLine } && StandsForTheDocument(source, r.SourceSpan))
                .ToList();
            var numbers = own.GroupBy(r => Key(r.Value)).OrderByDescending(g => g.Count()).ThenBy(g => g.First().SourceSpan.Start).ToList();

            // Two numbers of one year and one type are one procedure written twice, one of them wrongly. More numbers, or
            // numbers of other years or types, are a page that lists several texts (an Official Journal index), not a slip.
            if (numbers is not [var given, var other] || given.First().Year != other.First().Year || given.First().Type != other.First().Type)
            {
                return;
            }

            foreach (var reference in other)
            {
                document.ReportDiagnostic(Diagnostic.Create(
                    Descriptor,
                    Location.Create(source, reference.SourceSpan),
                    [reference.Value, given.First().Value],
                    [.. given.Select(g => Location.Create(source, g.SourceSpan, $"'{g.Value}'"))],
                    logicalLocation: reference.DisplayName,
                    messageId: given.Count() == 1 ? DiagnosticDescriptor.DefaultMessageId : GivenTimes));
            }
        });

    private static string Key(string value) => value.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// True where the procedure number is the document's own: it ends its line in brackets (the title's
    /// "… in China (2016/2990(RSP))", the line "(2016/2990(RSP))", "22.11.2016 - (2016/2990(RSP))"), or follows a
    /// label and a colon that open the line ("Procedure : 2016/2992(RSP)", in the page's language).
    /// </summary>
    private static bool StandsForTheDocument(SourceText source, TextSpan span)
    {
        var line = source.GetLineSpan(source.GetLinePosition(span.Start).Line);
        var before = source.Text.AsSpan(line.Start, span.Start - line.Start).TrimEnd();
        var after = source.Text.AsSpan(span.End, Math.Max(0, line.End - span.End)).Trim();
        if (after.IsEmpty && before.EndsWith(':'))
        {
            var label = before[..^1].Trim();
            return label.Length is > 0 and <= 30 && label.IndexOfAny(':', '(', ')') < 0 && label.Count(' ') <= 2;
        }

        return before.EndsWith('(') && after.TrimEnd().SequenceEqual(")");
    }
}
