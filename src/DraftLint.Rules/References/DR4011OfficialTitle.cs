using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.References;

/// <summary>DR4011: an act or body named otherwise than by its official title ("Treaty on the European Union").</summary>
public sealed class DR4011OfficialTitle : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR4011",
        "Official title",
        "'{0}' is not the official title; write '{1}'.",
        "References",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Acts and bodies are cited by their official titles: 'Treaty on European Union', not 'Treaty on the European Union'; 'Universal "
        + "Declaration of Human Rights', 'European Convention on Human Rights'. The wrong forms and their titles are listed per language in "
        + "officialTitles in rules/lang/XX/pack.json, for users to extend. The fix writes the title.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
            ListedCorrections.Report(document, Descriptor, document.Data.GetLanguage(document.Document.Language).OfficialTitles));
}
