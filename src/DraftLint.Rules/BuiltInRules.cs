using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules;

/// <summary>Every analyzer shipped with DraftLint, found by reflection as Roslyn loads analyzers from an assembly.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<ImmutableArray<Type>> Types = new(() =>
        [.. typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)]);

    /// <summary>New instances of every built-in analyzer, ordered by class name (and so by rule id).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll() =>
        [.. Types.Value.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>Every built-in descriptor, by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [.. CreateAll().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
