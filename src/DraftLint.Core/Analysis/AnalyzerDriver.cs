using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;

namespace DraftLint.Analysis;

/// <summary>
/// A batch run, as the command line makes one: every input is read and analysed by the <see cref="LintEngine"/> in
/// parallel, one document per worker at a time (never all held at once), its contribution kept in a
/// <see cref="Workspace"/>; then the cross-document checks run over the workspace and everything is aggregated and
/// sorted (file, line, column, id) whatever the parallelism.
/// </summary>
public sealed class AnalyzerDriver
{
    public AnalyzerDriver(LintEngine engine) => Engine = engine;

    public AnalyzerDriver(IEnumerable<DiagnosticAnalyzer> analyzers, RuleDataSet data)
        : this(new LintEngine(analyzers, data))
    {
    }

    public LintEngine Engine { get; }

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Engine.SupportedDiagnostics;

    /// <summary>Where time and memory went, slowest first, when DRAFTLINT_PROFILE is set; empty otherwise.</summary>
    public IEnumerable<(string Name, TimeSpan Time, long AllocatedBytes)> Profile => Engine.Profile;

    /// <summary>Lints the inputs. <paramref name="configure"/> gives each file's settings and may throw a <see cref="ConfigurationException"/>.</summary>
    /// <param name="inputs">The files.</param>
    /// <param name="configure">Each file's settings.</param>
    /// <param name="maxDegreeOfParallelism">Workers; -1 for one per processor.</param>
    /// <param name="progress">Told of each file done.</param>
    /// <param name="keep">
    /// What the run keeps of one file's findings, called with them in report order while the file's text is held (its
    /// own findings once, the cross-document ones once): a front end takes from the text what it reports and returns
    /// them detached (<see cref="Diagnostic.Detach"/>), so that the run does not hold every text to the end. Without
    /// it the findings keep their texts (as <c>fix</c> needs).
    /// </param>
    /// <param name="cancellationToken">Stops the run.</param>
    public LintRunResult Run(
        IReadOnlyList<LintInput> inputs,
        Func<string, FileConfiguration> configure,
        int maxDegreeOfParallelism = -1,
        IProgress<string>? progress = null,
        Func<IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? keep = null,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var notifications = new ConcurrentBag<ToolNotification>();
        var documents = new ConcurrentBag<DocumentInfo>();
        var workspace = new Workspace(Engine);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        var done = 0;
        Parallel.ForEach(inputs, options, input =>
        {
            if (Load(input, configure, notifications.Add) is { } loaded)
            {
                var analysis = workspace.Analyze(loaded.Source, loaded.Settings, input.CanLoadAgain ? input.Load : null, cancellationToken);
                foreach (var d in keep is null ? analysis.Diagnostics : keep(analysis.Diagnostics))
                {
                    diagnostics.Add(d);
                }

                foreach (var n in analysis.Notifications)
                {
                    notifications.Add(n);
                }

                documents.Add(analysis.Info);
            }

            progress?.Report($"{Interlocked.Increment(ref done)}/{inputs.Count} {input.Path}");
        });

        var (across, problems) = workspace.AnalyzeAcrossDocuments(cancellationToken);
        foreach (var file in across.GroupBy(d => d.Location.FilePath, StringComparer.Ordinal))
        {
            IReadOnlyList<Diagnostic> findings = [.. file.Order(DiagnosticComparer.Instance)];
            foreach (var d in keep is null ? findings : keep(findings))
            {
                diagnostics.Add(d);
            }
        }

        foreach (var n in problems)
        {
            notifications.Add(n);
        }

        return new LintRunResult(
            [.. diagnostics.Order(DiagnosticComparer.Instance)],
            [.. notifications.OrderBy(n => n.FilePath ?? "", StringComparer.Ordinal).ThenBy(n => n.Line).ThenBy(n => n.Id, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal)],
            [.. documents.OrderBy(d => d.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Reads an input and its configuration; a problem with either becomes a notification and the input is skipped.</summary>
    public static (Text.SourceText Source, FileConfiguration Settings)? Load(LintInput input, Func<string, FileConfiguration> configure, Action<ToolNotification> notify)
    {
        FileConfiguration settings;
        try
        {
            settings = configure(input.Path);
        }
        catch (ConfigurationException ex)
        {
            notify(new ToolNotification(ToolNotification.ConfigurationError, ex.FilePath, ex.Problem) { Line = ex.Line, Column = ex.Column });
            return null;
        }

        try
        {
            return (input.Load(), settings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var problem = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
                UnauthorizedAccessException => "permission denied",
                DecoderFallbackException => $"the file is not text in UTF-8 or UTF-16 ({ex.Message})",
                _ => ex.Message,
            };
            notify(new ToolNotification(ToolNotification.UnreadableFile, input.Path, $"cannot read the file: {problem}"));
            return null;
        }
    }
}
