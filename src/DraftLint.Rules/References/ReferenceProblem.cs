using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.References;

/// <summary>
/// What DR4003, DR4005 and DR4008 share: a finding whose message is the reference and what is wrong with it
/// ("'{0}' has no page …"), one message per kind of problem, placed on the reference and named by the item or footnote
/// that holds it.
/// </summary>
internal static class ReferenceProblem
{
    /// <summary>Reports message <paramref name="messageId"/> with the reference as its first argument, then <paramref name="arguments"/>.</summary>
    public static void Report(DocumentAnalysisContext document, DiagnosticDescriptor descriptor, ReferenceMention reference, string messageId, object?[] arguments, CodeFix? fix = null) =>
        document.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            Location.Create(document.Document.Source, reference.SourceSpan),
            [reference.Value, .. arguments],
            fix: fix,
            logicalLocation: reference.DisplayName,
            messageId: messageId));
}
