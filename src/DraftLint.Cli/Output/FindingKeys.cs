using System.Collections.Concurrent;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>
/// What the reports need of a finding that only its file's whole text gives: its fingerprint (SARIF's
/// partialFingerprints, baselines) and GitHub's <c>primaryLocationLineHash</c>. Taken file by file while the text is in
/// memory (<see cref="Take"/>, which the run calls for each file's findings), after which the findings are detached
/// from the text: a run over 10,000 drafts no longer holds every draft until its report is written.
/// </summary>
/// <param name="root">The folder the fingerprints' paths are relative to.</param>
/// <param name="wanted">Whether the report or a baseline reads the keys.</param>
/// <param name="excerpts">Whether the report shows the findings' excerpts (SARIF's snippets and context regions).</param>
internal sealed class FindingKeys(string root, bool wanted, bool excerpts = true)
{
    private readonly ConcurrentDictionary<Diagnostic, (string Fingerprint, string? LineHash)> _keys = new(ReferenceEqualityComparer.Instance);

    /// <summary>The folder the fingerprints' paths are relative to (<see cref="Fingerprints.Root"/>).</summary>
    public string Root { get; } = root;

    /// <summary>The keys of findings whose texts are still held (a report made without a run's <see cref="Take"/>).</summary>
    public static FindingKeys Of(IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var keys = new FindingKeys(root, wanted: true);
        foreach (var file in diagnostics.GroupBy(d => d.Location.FilePath, StringComparer.Ordinal))
        {
            keys.Keep([.. file], detach: false);
        }

        return keys;
    }

    /// <summary>
    /// Takes the keys of one file's findings, in report order, and returns them detached from the text. Fingerprints
    /// count identical findings within the call: a file's findings come in two calls, its own and the cross-document
    /// rules', whose ids are never the same, so the counts are those of the whole run's order.
    /// </summary>
    public IReadOnlyList<Diagnostic> Take(IReadOnlyList<Diagnostic> findings) => Keep(findings, detach: true);

    /// <summary>Lets a finding's keys go: a report that leaves it out (<see cref="MostSeriousFindings"/>).</summary>
    public void Forget(Diagnostic diagnostic) => _keys.TryRemove(diagnostic, out _);

    public string Fingerprint(Diagnostic diagnostic) => _keys[diagnostic].Fingerprint;

    public string? LineHash(Diagnostic diagnostic) => _keys[diagnostic].LineHash;

    private IReadOnlyList<Diagnostic> Keep(IReadOnlyList<Diagnostic> findings, bool detach)
    {
        if (!wanted)
        {
            return detach ? [.. findings.Select(d => d.Detach(excerpts))] : findings;
        }

        var fingerprints = Fingerprints.Compute(findings, Root);
        var kept = new Diagnostic[findings.Count];
        (DraftLint.Text.SourceText? Source, LineHashes.Table? Hashes) lineHashes = (null, null);
        for (var i = 0; i < findings.Count; i++)
        {
            var diagnostic = findings[i];
            var source = diagnostic.Location.Source!;
            if (!ReferenceEquals(lineHashes.Source, source))
            {
                lineHashes = (source, LineHashes.Compute(source));
            }

            kept[i] = detach ? diagnostic.Detach(excerpts) : diagnostic;
            _keys[kept[i]] = (fingerprints[diagnostic], lineHashes.Hashes?.Of(diagnostic.Location.LineSpan.Start.Line));
        }

        return kept;
    }
}
