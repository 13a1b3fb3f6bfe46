using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Parsing;
using DraftLint.Semantics;
using DraftLint.Syntax;

namespace DraftLint.Analysis;

/// <summary>
/// Runs analyzers over documents, as Roslyn's CompilationWithAnalyzers: files are read, parsed and analysed in
/// parallel, one document per worker at a time (never all held at once); severities come from each file's
/// configuration; the output is sorted (file, line, column, id) whatever the parallelism. A rule that throws
/// is reported as DR0003 and the other rules' findings stand.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<AnalyzerRegistration> _analyzers;

    /// <summary>
    /// Time (ticks) and memory allocated (bytes) per analyzer and in parsing, kept when DRAFTLINT_PROFILE is set,
    /// for docs/performance.md. The first analyzer to ask for a shared fact (dates, names) pays for it.
    /// </summary>
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes)>? _profile =
        Environment.GetEnvironmentVariable("DRAFTLINT_PROFILE") is null ? null : new(StringComparer.Ordinal);

    /// <summary>Where time and memory went, slowest first, when DRAFTLINT_PROFILE is set; empty otherwise.</summary>
    public IEnumerable<(string Name, TimeSpan Time, long AllocatedBytes)> Profile =>
        _profile?.OrderByDescending(p => p.Value.Ticks).Select(p => (p.Key, TimeSpan.FromTicks(p.Value.Ticks), p.Value.Bytes)) ?? [];
    private readonly RuleDataSet _data;
    private readonly DocumentParser _parser;

    public AnalyzerDriver(IEnumerable<DiagnosticAnalyzer> analyzers, RuleDataSet data)
    {
        _data = data;
        _parser = new DocumentParser(data);
        _analyzers = [.. analyzers.Select(a =>
        {
            var registration = new AnalyzerRegistration(a);
            a.Initialize(registration);
            return registration;
        })];
    }

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [.. _analyzers.SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Lints the inputs. <paramref name="configure"/> gives each file's settings and may throw a <see cref="ConfigurationException"/>.</summary>
    public LintRunResult Run(
        IReadOnlyList<LintInput> inputs,
        Func<string, FileConfiguration> configure,
        int maxDegreeOfParallelism = -1,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var notifications = new ConcurrentBag<ToolNotification>();
        var documents = new ConcurrentBag<DocumentInfo>();

        // Run-start actions set up cross-file state before any document.
        var runScopes = _analyzers
            .SelectMany(a => a.RunStartActions.Select(start =>
            {
                var scope = new RunScope(a);
                start(scope);
                return scope;
            }))
            .ToList();

        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        var done = 0;
        Parallel.ForEach(inputs, options, input =>
        {
            AnalyzeOne(input, configure, runScopes, diagnostics, notifications, documents, cancellationToken);
            progress?.Report($"{Interlocked.Increment(ref done)}/{inputs.Count} {input.Path}");
        });

        foreach (var scope in runScopes)
        {
            foreach (var end in scope.RunEndActions)
            {
                void Report(Diagnostic d)
                {
                    var settings = TryConfigure(d.Location.FilePath, configure, notifications);
                    var severity = settings?.GetSeverity(d.Descriptor) ?? DiagnosticSeverity.None;
                    if (severity != DiagnosticSeverity.None)
                    {
                        diagnostics.Add(Suppress(d.WithSeverity(severity), settings!));
                    }
                }

                Invoke(scope.Registration.Analyzer, null, notifications, () => end(new RunAnalysisContext(_data, Report, cancellationToken)));
            }
        }

        return new LintRunResult(
            [.. diagnostics.Order(DiagnosticComparer.Instance)],
            [.. notifications.OrderBy(n => n.FilePath ?? "", StringComparer.Ordinal).ThenBy(n => n.Line).ThenBy(n => n.Id, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal)],
            [.. documents.OrderBy(d => d.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Parses a document as the driver would (for tools and tests that want the tree).</summary>
    public DocumentSyntax Parse(Text.SourceText source, string? language = null) => _parser.Parse(source, language);

    private void AnalyzeOne(
        LintInput input,
        Func<string, FileConfiguration> configure,
        List<RunScope> runScopes,
        ConcurrentBag<Diagnostic> diagnostics,
        ConcurrentBag<ToolNotification> notifications,
        ConcurrentBag<DocumentInfo> documents,
        CancellationToken cancellationToken)
    {
        var settings = TryConfigure(input.Path, configure, notifications);
        if (settings is null)
        {
            return;
        }

        Text.SourceText source;
        try
        {
            source = input.Load();
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
            notifications.Add(new ToolNotification(ToolNotification.UnreadableFile, input.Path, $"cannot read the file: {problem}"));
            return;
        }

        var started = Measure();
        var document = _parser.Parse(source, settings.Language);
        Record("(parse)", started);
        var options = new AnalyzerOptions(_data, settings.AsOf, settings.Language, settings.Names);
        var semantic = new SemanticModel(document, options);
        var local = new List<Diagnostic>();

        // One reporter and one context for the document, shared by its analyzers (which run one after another on
        // this thread); the reporter knows which analyzer is running, to hold it to the rules it declares.
        // A language with only a recognition pack gets the rules that read no words of it, and says so once.
        var pack = _data.GetLanguage(document.Language);
        var neutralOnly = !pack.Complete;
        if (neutralOnly)
        {
            notifications.Add(new ToolNotification(
                ToolNotification.LanguageNotSupported,
                input.Path,
                $"the text is in {pack.Name} ({pack.Code}), which DraftLint {(pack.Months.Length > 0 ? "reads" : "recognises")} but has no checks for yet: only the language-neutral rules ran (numbering, impossible dates and weekdays, references, URLs)",
                DiagnosticSeverity.Note));
        }

        if (document.Shape == DocumentShape.Prose && ResolutionSigns.Flattened(document, pack))
        {
            notifications.Add(new ToolNotification(
                ToolNotification.StructureNotRecognised,
                input.Path,
                "the text reads like a resolution, but its citations, recitals and paragraphs could not be told apart (a flattened PDF or web copy?): it was checked as prose, without the numbering, punctuation and opening-formula rules",
                DiagnosticSeverity.Note));
        }

        var reporter = new DocumentReporter(settings, local, neutralOnly);
        var context = new DocumentAnalysisContext(document, options, reporter.Report, semantic, cancellationToken);
        foreach (var registration in _analyzers)
        {
            // An analyzer whose every rule is off in this file (or, in such a language, not language-neutral) does not run on it.
            if (!registration.RunsIn(settings) || (neutralOnly && !registration.IsLanguageNeutral))
            {
                continue;
            }

            var start = Measure();
            reporter.Current = registration;
            Invoke(registration.Analyzer, input.Path, notifications, (registration, context, runScopes), static s => RunDocument(s.registration, s.context, s.runScopes));
            reporter.Current = null;
            Record(registration.Name, start);
        }

        foreach (var d in local)
        {
            diagnostics.Add(d);
        }

        var dated = Measure();
        _ = semantic.DocumentDate;
        Record("(document date)", dated);
        documents.Add(new DocumentInfo(
            input.Path,
            document.Language,
            document.Shape.ToString().ToLowerInvariant(),
            semantic.DocumentDate?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            semantic.DocumentDate?.Describe()));
    }

    // Nothing is read when DRAFTLINT_PROFILE is not set: this runs for every rule on every document.
    private (long Ticks, long Bytes) Measure() =>
        _profile is null ? default : (System.Diagnostics.Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    private void Record(string name, (long Ticks, long Bytes) started)
    {
        if (_profile is not null)
        {
            (long Ticks, long Bytes) spent = (System.Diagnostics.Stopwatch.GetElapsedTime(started.Ticks).Ticks, GC.GetAllocatedBytesForCurrentThread() - started.Bytes);
            _profile.AddOrUpdate(name, spent, (_, total) => (total.Ticks + spent.Ticks, total.Bytes + spent.Bytes));
        }
    }

    private static void RunDocument(AnalyzerRegistration registration, DocumentAnalysisContext context, List<RunScope> runScopes)
    {
        // The registration's own lists, unless a document-start action adds to them for this document.
        var nodeActions = registration.NodeActions;
        var endActions = registration.DocumentEndActions;
        if (registration.DocumentStartActions.Count > 0)
        {
            var documentNodeActions = registration.NodeActions.ToList();
            var documentEndActions = registration.DocumentEndActions.ToList();
            foreach (var start in registration.DocumentStartActions)
            {
                var scope = new DocumentScope(context);
                start(scope);
                documentNodeActions.AddRange(scope.NodeActions);
                documentEndActions.AddRange(scope.EndActions);
            }

            (nodeActions, endActions) = (documentNodeActions, documentEndActions);
        }

        if (nodeActions.Count > 0)
        {
            var byKind = nodeActions.ToLookup(a => a.Kind, a => a.Action);
            foreach (var node in context.Document.DescendantNodes())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (var action in byKind[node.Kind])
                {
                    action(new SyntaxNodeAnalysisContext(node, context));
                }
            }
        }

        foreach (var end in endActions)
        {
            end(context);
        }

        foreach (var scope in runScopes)
        {
            if (scope.Registration != registration)
            {
                continue;
            }

            foreach (var end in scope.DocumentEndActions)
            {
                end(context);
            }
        }
    }

    private static Diagnostic Suppress(Diagnostic diagnostic, FileConfiguration settings) =>
        settings.FindSuppression(diagnostic) is { } rule ? diagnostic.WithSuppression(new Suppression(rule.Justification, rule.Source)) : diagnostic;

    private static FileConfiguration? TryConfigure(string path, Func<string, FileConfiguration> configure, ConcurrentBag<ToolNotification> notifications)
    {
        try
        {
            return configure(path);
        }
        catch (ConfigurationException ex)
        {
            notifications.Add(new ToolNotification(ToolNotification.ConfigurationError, ex.FilePath, ex.Problem) { Line = ex.Line, Column = ex.Column });
            return null;
        }
    }

    private static void Invoke(DiagnosticAnalyzer analyzer, string? path, ConcurrentBag<ToolNotification> notifications, Action action) =>
        Invoke(analyzer, path, notifications, action, static action => action());

    /// <summary>Runs an analyzer's action; what it throws becomes a notification (DR0003, or the rule data's error) instead of ending the run.</summary>
    /// <remarks>The state is passed through so that the call for every analyzer and document needs no closure.</remarks>
    private static void Invoke<TState>(DiagnosticAnalyzer analyzer, string? path, ConcurrentBag<ToolNotification> notifications, TState state, Action<TState> action)
    {
        try
        {
            action(state);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (RuleDataException ex)
        {
            notifications.Add(new ToolNotification(ToolNotification.RuleDataError, ex.FilePath, ex.Problem));
        }
        catch (Exception ex)
        {
            var ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
            notifications.Add(new ToolNotification(ToolNotification.RuleFailure, path, $"rule {ids} ({analyzer.GetType().Name}) failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Where a document's analyzers report: checked against the running analyzer's rules, given the file's severity, kept in order.</summary>
    private sealed class DocumentReporter(FileConfiguration settings, List<Diagnostic> found, bool neutralOnly)
    {
        /// <summary>The analyzer whose action is running; null between actions.</summary>
        public AnalyzerRegistration? Current { get; set; }

        public void Report(Diagnostic d)
        {
            var registration = Current
                ?? throw new InvalidOperationException($"{d.Id} was reported after its analyzer's action returned; report from within the action.");
            if (!registration.SupportedDiagnostics.Contains(d.Descriptor))
            {
                throw new InvalidOperationException($"{registration.Name} reported {d.Id}, which it does not declare in SupportedDiagnostics.");
            }

            var severity = settings.GetSeverity(d.Descriptor);
            if (severity != DiagnosticSeverity.None && (!neutralOnly || d.Descriptor.Tags.Contains(WellKnownTags.LanguageNeutral)))
            {
                found.Add(Suppress(d.WithSeverity(severity), settings));
            }
        }
    }

    private sealed class AnalyzerRegistration(DiagnosticAnalyzer analyzer) : AnalysisContext
    {
        public DiagnosticAnalyzer Analyzer { get; } = analyzer;

        /// <summary>The analyzer's rules, asked once: the driver checks them for every document and every finding.</summary>
        public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = analyzer.SupportedDiagnostics;

        /// <summary>The analyzer's type name, for the profile and for messages.</summary>
        public string Name { get; } = analyzer.GetType().Name;

        public List<(SyntaxKind Kind, Action<SyntaxNodeAnalysisContext> Action)> NodeActions { get; } = [];

        public List<Action<DocumentAnalysisContext>> DocumentEndActions { get; } = [];

        /// <summary>True where one of the analyzer's rules reads no words of the text's language.</summary>
        public bool IsLanguageNeutral { get; } = analyzer.SupportedDiagnostics.Any(d => d.Tags.Contains(WellKnownTags.LanguageNeutral));

        /// <summary>False where every rule of the analyzer is off in the file's settings.</summary>
        public bool RunsIn(FileConfiguration settings)
        {
            foreach (var descriptor in SupportedDiagnostics)
            {
                if (settings.GetSeverity(descriptor) != DiagnosticSeverity.None)
                {
                    return true;
                }
            }

            return false;
        }

        public List<Action<DocumentStartAnalysisContext>> DocumentStartActions { get; } = [];

        public List<Action<RunStartAnalysisContext>> RunStartActions { get; } = [];

        public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
            NodeActions.AddRange(kinds.Select(k => (k, action)));

        public override void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => DocumentEndActions.Add(action);

        public override void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action) => DocumentStartActions.Add(action);

        public override void RegisterRunStartAction(Action<RunStartAnalysisContext> action) => RunStartActions.Add(action);
    }

    private sealed class DocumentScope(DocumentAnalysisContext context) : DocumentStartAnalysisContext(context)
    {
        public List<(SyntaxKind Kind, Action<SyntaxNodeAnalysisContext> Action)> NodeActions { get; } = [];

        public List<Action<DocumentAnalysisContext>> EndActions { get; } = [];

        public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
            NodeActions.AddRange(kinds.Select(k => (k, action)));

        public override void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => EndActions.Add(action);
    }

    private sealed class RunScope(AnalyzerRegistration registration) : RunStartAnalysisContext
    {
        public AnalyzerRegistration Registration { get; } = registration;

        public List<Action<DocumentAnalysisContext>> DocumentEndActions { get; } = [];

        public List<Action<RunAnalysisContext>> RunEndActions { get; } = [];

        public override void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => DocumentEndActions.Add(action);

        public override void RegisterRunEndAction(Action<RunAnalysisContext> action) => RunEndActions.Add(action);
    }
}
