using DraftLint.Analysis;
using DraftLint.Diagnostics;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;

namespace DraftLint.Cli.Output;

/// <summary>
/// A run compared with a baseline SARIF log by partial fingerprints: each finding is new, unchanged or updated
/// (same fingerprint, other message); the baseline's findings that are gone come back as absent results.
/// </summary>
internal sealed class Baseline
{
    private Baseline(Dictionary<Diagnostic, BaselineState> states, List<Result> absent)
    {
        States = states;
        Absent = absent;
    }

    public IReadOnlyDictionary<Diagnostic, BaselineState> States { get; }

    public IReadOnlyList<Result> Absent { get; }

    public int Count(BaselineState state) => States.Values.Count(s => s == state);

    /// <summary>Reads a baseline log.</summary>
    /// <exception cref="InvalidDataException">The file is not a SARIF log DraftLint can read.</exception>
    public static IReadOnlyList<Result> Load(string path)
    {
        try
        {
            // Read from the file as it is parsed, not from one string of it (a baseline of 25,000 results is 37 MB).
            using var reader = new JsonTextReader(File.OpenText(path));
            var log = JsonSerializer.CreateDefault().Deserialize<SarifLog>(reader)
                ?? throw new InvalidDataException("the file is empty");
            return [.. log.Runs?.SelectMany(r => r.Results ?? []).Where(r => r.BaselineState != BaselineState.Absent) ?? []];
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidDataException("the file does not exist (record one with draftlint baseline)", ex);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    /// <summary>Matches the run's findings to the baseline's by fingerprint.</summary>
    public static Baseline Compare(LintRunResult run, IReadOnlyList<Result> baseline, FindingKeys keys)
    {
        static string? Print(Result r) => r.PartialFingerprints?.TryGetValue(Fingerprints.Key, out var f) == true ? f : null;

        var old = baseline.Where(r => Print(r) is not null).GroupBy(r => (r.RuleId, Print(r)!)).ToDictionary(g => g.Key, g => g.First());
        var states = new Dictionary<Diagnostic, BaselineState>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<(string, string)>();
        foreach (var diagnostic in run.Diagnostics)
        {
            var key = (diagnostic.Id, keys.Fingerprint(diagnostic));
            seen.Add(key);
            states[diagnostic] = !old.TryGetValue(key, out var before) ? BaselineState.New
                : before.Message?.Text == SarifReportWriter.MessageText(diagnostic) ? BaselineState.Unchanged
                : BaselineState.Updated;
        }

        return new Baseline(states, [.. old.Where(o => !seen.Contains(o.Key)).Select(o => o.Value)]);
    }

    /// <summary>0, or 1 where a new error-level finding (not suppressed) appeared, or 2 for a run problem.</summary>
    public int ExitCode(LintRunResult run) =>
        run.Notifications.Any(n => n.Level == DiagnosticSeverity.Error) ? 2
        : run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Suppression is null && States[d] == BaselineState.New) ? 1
        : 0;
}
