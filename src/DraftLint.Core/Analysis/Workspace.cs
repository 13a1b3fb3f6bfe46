using System.Collections.Concurrent;
using System.Collections.Immutable;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Analysis;

/// <summary>
/// The documents a front end holds open (a run's files, an editor's workspace) and each one's contribution to the
/// cross-document checks (DR2002). A document's contribution is replaced when it is analysed again and forgotten
/// when it is removed, so cross-document findings always describe the documents as they are now. Only the
/// summaries are kept, never the trees, and the texts only where no way to read them again is given: a run over ten
/// thousand files holds one tree per worker, and reads again only the files a cross-document finding is in.
/// </summary>
public sealed class Workspace(LintEngine engine)
{
    private readonly ConcurrentDictionary<string, Entry> _documents = new(StringComparer.Ordinal);

    public LintEngine Engine { get; } = engine;

    /// <summary>The paths of the documents held, in order.</summary>
    public IEnumerable<string> Paths => _documents.Keys.Order(StringComparer.Ordinal);

    /// <summary>Analyses a document and keeps (or replaces) its contribution.</summary>
    /// <param name="source">The document's text.</param>
    /// <param name="settings">Its configuration.</param>
    /// <param name="reload">How to read the same text again for a cross-document finding (a file on disk); without it the workspace keeps the text.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public DocumentAnalysis Analyze(SourceText source, FileConfiguration settings, Func<SourceText>? reload = null, CancellationToken cancellationToken = default)
    {
        var analysis = Engine.Analyze(source, settings, cancellationToken);
        Update(analysis, reload);
        return analysis;
    }

    /// <summary>Keeps a document's contribution, replacing what an earlier version of it gave.</summary>
    /// <param name="analysis">The document's analysis.</param>
    /// <param name="reload">How to read the document's text again; without it the workspace keeps the text.</param>
    public void Update(DocumentAnalysis analysis, Func<SourceText>? reload = null)
    {
        var kept = analysis.Source;
        _documents[analysis.Path] = new Entry(analysis.Syntax.Language, analysis.Settings, analysis.LanguageNeutralOnly, analysis.Contributions, reload ?? (() => kept));
    }

    /// <summary>Forgets a document (closed, deleted): its contribution no longer counts. False where it was not held.</summary>
    public bool Remove(string path) => _documents.TryRemove(path, out _);

    /// <summary>Runs the cross-document checks over the documents held now; each finding takes its document's configuration.</summary>
    public (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<ToolNotification> Notifications) AnalyzeAcrossDocuments(CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var notifications = new List<ToolNotification>();
        var documents = _documents.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();

        // Each document read again at most once, and only where a finding is in it.
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        SourceText Source(string path)
        {
            if (!sources.TryGetValue(path, out var text))
            {
                sources[path] = text = _documents[path].Source();
            }

            return text;
        }

        foreach (var check in Engine.CrossDocumentChecks)
        {
            var summaries = new List<DocumentSummary<object>>();
            foreach (var (path, entry) in documents)
            {
                if (entry.Contributions.Length > check.Index && entry.Contributions[check.Index] is { } summary)
                {
                    summaries.Add(new DocumentSummary<object>(path, entry.Language, summary));
                }
            }

            if (summaries.Count == 0)
            {
                continue;
            }

            var reporting = true;
            void Report(Diagnostic d)
            {
                LintEngine.CheckDeclared(reporting ? check.Owner : null, d);
                if (_documents.TryGetValue(d.Location.FilePath, out var entry) && LintEngine.Configure(d, entry.Settings, entry.LanguageNeutralOnly) is { } configured)
                {
                    diagnostics.Add(configured);
                }
            }

            // The whole summary made from the document's text, only for the documents the check asks for; the text is
            // read for it alone and let go (a finding's location reads it again, once).
            object? Whole(string path) => check.Hold is null
                ? _documents[path].Contributions[check.Index]
                : Engine.Summarise(check, sources.GetValueOrDefault(path) ?? _documents[path].Source(), _documents[path].Settings, cancellationToken);

            LintEngine.Invoke(check.Owner.Analyzer, null, notifications, () => check.Analyse(summaries, Engine.Data, Report, Source, Whole, cancellationToken), static run => run());
            reporting = false;
        }

        return ([.. diagnostics], [.. notifications]);
    }

    private sealed record Entry(string Language, FileConfiguration Settings, bool LanguageNeutralOnly, ImmutableArray<object?> Contributions, Func<SourceText> Source);
}
