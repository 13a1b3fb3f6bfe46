using System.Collections.Immutable;
using DraftLint.Diagnostics;

namespace DraftLint.Analysis;

/// <summary>
/// A rule, in the shape of Roslyn's DiagnosticAnalyzer: it declares the descriptors it reports and, once,
/// registers the actions the engine calls for each document (per node kind, at document end, at run end).
/// Actions run concurrently on different documents: an analyzer keeps per-document state in a document-start
/// action's closure, and cross-document state in a run-start action's closure, guarded for concurrency.
/// </summary>
public abstract class DiagnosticAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);
}
