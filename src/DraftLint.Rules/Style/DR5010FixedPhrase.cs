using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Style;

/// <summary>DR5010: a fixed phrase of the language written wrong ("tot met" for "tot en met").</summary>
public sealed class DR5010FixedPhrase : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5010",
        "Fixed phrase",
        "'{0}' is a slip for the fixed phrase '{1}'.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Fixed phrases of the language written with a word lost or added: Dutch 'tot met' for 'tot en met', English 'United Nation's' for "
        + "'United Nations''. The slips and their phrases are listed per language in phraseCorrections in rules/lang/XX/pack.json. The fix writes the phrase.")
    {
        Precision = RulePrecision.Medium,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
            ListedCorrections.Report(document, Descriptor, document.Data.GetLanguage(document.Document.Language).PhraseCorrections));
}
