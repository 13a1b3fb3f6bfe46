using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>
/// The findings a SARIF log keeps, chosen as the run goes (<see cref="Take"/>, the run's keep of each file's findings):
/// at most <c>limit</c>, the most serious and then the first in report order, which is what the log would choose from
/// all of them; the others are counted (<see cref="LintRunResult.Omitted"/>) and let go with their keys. A run of
/// 10,000 seed drafts finds 146,000 findings, of which a log can hold 25,000 (GitHub's limit): it no longer holds the
/// other 121,000 to the end.
/// </summary>
/// <remarks>
/// Files finish in any order on several workers; the choice does not depend on it, since the order it keeps by is
/// total but for findings that are alike in everything the log shows.
/// </remarks>
internal sealed class MostSeriousFindings(FindingKeys keys, int limit)
{
    private readonly Lock _lock = new();
    private readonly SortedSet<(Diagnostic Diagnostic, long Arrival)> _kept = new(Comparer<(Diagnostic Diagnostic, long Arrival)>.Create(MoreSeriousFirst));
    private FindingCounts _omitted;
    private long _arrivals;

    /// <summary>Takes one file's findings (their keys, then detached) and keeps those among the most serious so far; the run itself keeps none of them.</summary>
    public IReadOnlyList<Diagnostic> Take(IReadOnlyList<Diagnostic> findings)
    {
        var taken = keys.Take(findings);
        lock (_lock)
        {
            foreach (var diagnostic in taken)
            {
                _kept.Add((diagnostic, _arrivals++));
                if (_kept.Count > limit)
                {
                    var least = _kept.Max;
                    _kept.Remove(least);
                    _omitted = _omitted.With(least.Diagnostic);
                    keys.Forget(least.Diagnostic);
                }
            }
        }

        return [];
    }

    /// <summary>The run's result with the findings kept here, in report order, and the count of those left out.</summary>
    public LintRunResult Apply(LintRunResult result) =>
        result with { Diagnostics = [.. result.Diagnostics.Concat(_kept.Select(k => k.Diagnostic)).Order(DiagnosticComparer.Instance)], Omitted = _omitted };

    private static int MoreSeriousFirst((Diagnostic Diagnostic, long Arrival) x, (Diagnostic Diagnostic, long Arrival) y)
    {
        var c = y.Diagnostic.Severity.CompareTo(x.Diagnostic.Severity);
        if (c == 0)
        {
            c = DiagnosticComparer.Instance.Compare(x.Diagnostic, y.Diagnostic);
        }

        return c == 0 ? x.Arrival.CompareTo(y.Arrival) : c;
    }
}
