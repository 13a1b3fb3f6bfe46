using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>
/// DR6001–DR6005 as one analyzer: each document is summarised once (<see cref="LanguageVersions.Summarise"/>), each pair
/// of versions is aligned and the dates of its matched items compared once (<see cref="ComparedVersions"/>), and each
/// rule reports what it finds in every pair. Each rule's descriptor and check are in its own file
/// (DR6001ItemMissingInVersion.cs …).
/// </summary>
public sealed class VersionsAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<VersionRule> Rules =
        [new DR6001ItemMissingInVersion(), new DR6002DateDiffersBetweenVersions(), new DR6003DatePrecisionDiffers(), new DR6004ReferenceDiffersBetweenVersions(), new DR6005NumberDiffersBetweenVersions()];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. Rules.Select(r => r.Reported)];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterCrossDocumentAction(LanguageVersions.Summarise, run =>
        {
            var pairs = LanguageVersions.Pairs(run.Documents).Select(p => new ComparedVersions(p)).ToList();
            foreach (var rule in Rules)
            {
                foreach (var pair in pairs)
                {
                    rule.Check(run, pair);
                }
            }
        });
}

/// <summary>One check between language versions: its rule's descriptor and what it reports in a pair of versions.</summary>
public abstract class VersionRule
{
    /// <summary>The rule this check reports under.</summary>
    public abstract DiagnosticDescriptor Reported { get; }

    internal void Check(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair) => CheckPair(run, pair);

    /// <summary>Reports this rule's findings in one pair of versions.</summary>
    private protected abstract void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair);
}
