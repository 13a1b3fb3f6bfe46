using System.Collections.Concurrent;
using System.Collections.Immutable;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Parsing;
using DraftLint.Semantics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Analysis;

/// <summary>
/// Analyses one document: its text and its effective configuration in, its syntax, semantic model, diagnostics and
/// its contribution to cross-document checks out. Pure: the same text and configuration give the same analysis, so a
/// front end may cache it by document version. Safe to call for different documents at once. Every front end (the
/// command line's lint, fix, baseline and syntax, an editor, another input format) analyses through here.
/// A rule that throws is reported as DR0003 and the other rules' findings stand.
/// </summary>
public sealed class LintEngine : IDisposable
{
    private readonly ImmutableArray<AnalyzerRegistration> _analyzers;

    /// <summary>
    /// Time (ticks) and memory allocated (bytes) per analyzer and in parsing, kept when DRAFTLINT_PROFILE is set,
    /// for docs/performance.md. The first analyzer to ask for a shared fact (dates, names) pays for it.
    /// </summary>
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes)>? _profile =
        Environment.GetEnvironmentVariable("DRAFTLINT_PROFILE") is null ? null : new(StringComparer.Ordinal);

    private readonly DocumentParser _parser;

    public LintEngine(IEnumerable<DiagnosticAnalyzer> analyzers, RuleDataSet data)
    {
        Data = data;
        _parser = new DocumentParser(data);
        _analyzers = [.. analyzers.Select(a =>
        {
            var registration = new AnalyzerRegistration(a);
            a.Initialize(registration);
            return registration;
        })];
        CrossDocumentChecks = [.. _analyzers.SelectMany(a => a.CrossDocumentChecks)];
        for (var i = 0; i < CrossDocumentChecks.Length; i++)
        {
            CrossDocumentChecks[i].Index = i;
        }
    }

    public RuleDataSet Data { get; }

    /// <summary>Every rule of every analyzer, by id.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [.. _analyzers.SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Where time and memory went, slowest first, when DRAFTLINT_PROFILE is set; empty otherwise.</summary>
    public IEnumerable<(string Name, TimeSpan Time, long AllocatedBytes)> Profile =>
        _profile?.OrderByDescending(p => p.Value.Ticks).Select(p => (p.Key, TimeSpan.FromTicks(p.Value.Ticks), p.Value.Bytes)) ?? [];

    internal ImmutableArray<CrossDocumentCheck> CrossDocumentChecks { get; }

    /// <summary>Parses a document as the engine does (for tools that want only the tree).</summary>
    public DocumentSyntax Parse(SourceText source, string? language = null) => _parser.Parse(source, language);

    /// <summary>Analyses one document under its configuration.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public DocumentAnalysis Analyze(SourceText source, FileConfiguration settings, CancellationToken cancellationToken = default)
    {
        var notifications = new List<ToolNotification>();
        var started = Measure();
        var document = _parser.Parse(source, settings.Language);
        Record("(parse)", started);
        var options = Options(settings);
        var semantic = new SemanticModel(document, Data, settings.AsOf);
        var found = new List<Diagnostic>();

        // A language with only a recognition pack gets the rules that read no words of it, and says so once.
        var pack = Data.GetLanguage(document.Language);
        var neutralOnly = !pack.Complete;
        if (neutralOnly)
        {
            notifications.Add(new ToolNotification(
                ToolNotification.LanguageNotSupported,
                source.Path,
                $"the text is in {pack.Name} ({pack.Code}), which DraftLint {(pack.Months.Length > 0 ? "reads" : "recognises")} but has no checks for yet: only the language-neutral rules ran (numbering, impossible dates and weekdays, references, URLs)",
                DiagnosticSeverity.Note));
        }

        if (document.Shape == DocumentShape.Prose && ResolutionSigns.Flattened(document, pack))
        {
            notifications.Add(new ToolNotification(
                ToolNotification.StructureNotRecognised,
                source.Path,
                "the text reads like a resolution, but its citations, recitals and paragraphs could not be told apart (a flattened PDF or web copy?): it was checked as prose, without the numbering, punctuation and opening-formula rules",
                DiagnosticSeverity.Note));
        }

        // One reporter and one context for the document, shared by its analyzers (which run one after another on
        // this thread); the reporter knows which analyzer is running, to hold it to the rules it declares.
        var reporter = new DocumentReporter(settings, found, neutralOnly);
        var context = new DocumentAnalysisContext(document, options, reporter.Report, semantic, cancellationToken);
        var run = new DocumentRun(context);
        var contributions = new object?[CrossDocumentChecks.Length];
        foreach (var registration in _analyzers)
        {
            // An analyzer whose every rule is off in this file (or, in such a language, not language-neutral) does not run on it.
            if (!registration.RunsIn(settings) || (neutralOnly && !registration.IsLanguageNeutral))
            {
                continue;
            }

            var start = Measure();
            reporter.Current = registration;
            Invoke(registration.Analyzer, source.Path, notifications, (registration, run, contributions), static s => RunDocument(s.registration, s.run, s.contributions));
            reporter.Current = null;
            Record(registration.Name, start);
        }

        notifications.AddRange(reporter.Truncations(source.Path));
        var dated = Measure();
        var date = semantic.DocumentDate;
        Record("(document date)", dated);
        var info = new DocumentInfo(
            source.Path,
            document.Language,
            document.Shape.ToString().ToLowerInvariant(),
            date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            date is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(date.Source.ToString()),
            date?.Describe());
        return new DocumentAnalysis(source, settings, document, semantic, [.. found.Order(DiagnosticComparer.Instance)], [.. notifications], info, Wrap(contributions), neutralOnly);
    }

    /// <summary>
    /// A cross-document check's whole summary of a document, made from its text as <see cref="Analyze"/> would make it:
    /// the workspace holds only the check's lesser one (the <c>hold</c> of <see cref="AnalysisContext.RegisterCrossDocumentAction"/>).
    /// </summary>
    internal object? Summarise(CrossDocumentCheck check, SourceText source, FileConfiguration settings, CancellationToken cancellationToken)
    {
        var document = _parser.Parse(source, settings.Language);
        var context = new DocumentAnalysisContext(document, Options(settings), static _ => { }, new SemanticModel(document, Data, settings.AsOf), cancellationToken);
        return check.Summarise(context);
    }

    /// <summary>What the analyzers of a document are given of its configuration: one place for <see cref="Analyze"/> and <see cref="Summarise"/>.</summary>
    private AnalyzerOptions Options(FileConfiguration settings) =>
        new(Data, settings.AsOf, settings.Language, settings.Names, settings.RuleOptions, settings.Versions);

    /// <summary>Disposes the analyzers that hold resources (the link checker's HTTP client).</summary>
    public void Dispose()
    {
        foreach (var registration in _analyzers)
        {
            (registration.Analyzer as IDisposable)?.Dispose();
        }
    }

    private static ImmutableArray<object?> Wrap(object?[] array) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(array);

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

    private static void RunDocument(AnalyzerRegistration registration, DocumentRun run, object?[] contributions)
    {
        var context = run.Context;

        // The registration's own lists, unless a document-start action adds to them for this document.
        var nodeActions = registration.NodeActions;
        var textActions = registration.TextActions;
        var endActions = registration.DocumentEndActions;
        if (registration.DocumentStartActions.Count > 0)
        {
            var scope = new DocumentScope(context, nodeActions, textActions, endActions);
            foreach (var start in registration.DocumentStartActions)
            {
                start(scope);
            }

            (nodeActions, textActions, endActions) = (scope.NodeActions, scope.TextActions, scope.EndActions);
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

        if (textActions.Count > 0)
        {
            foreach (var text in run.Texts)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (var action in textActions)
                {
                    action(text);
                }
            }
        }

        foreach (var end in endActions)
        {
            end(context);
        }

        foreach (var check in registration.CrossDocumentChecks)
        {
            contributions[check.Index] = (check.Hold ?? check.Summarise)(context);
        }
    }

    /// <summary>Runs an analyzer's action; what it throws becomes a notification (DR0003, or the rule data's error) instead of ending the analysis.</summary>
    /// <remarks>The state is passed through so that the call for every analyzer and document needs no closure.</remarks>
    internal static void Invoke<TState>(DiagnosticAnalyzer analyzer, string? path, ICollection<ToolNotification> notifications, TState state, Action<TState> action)
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
            lock (notifications)
            {
                notifications.Add(new ToolNotification(ToolNotification.RuleDataError, ex.FilePath, ex.Problem));
            }
        }
        catch (Exception ex)
        {
            var ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
            lock (notifications)
            {
                notifications.Add(new ToolNotification(ToolNotification.RuleFailure, path, $"rule {ids} ({analyzer.GetType().Name}) failed: {ex.GetType().Name}: {ex.Message}"));
            }
        }
    }

    /// <summary>The severity and suppression a finding takes under a file's configuration; null where the rule is off there.</summary>
    internal static Diagnostic? Configure(Diagnostic diagnostic, FileConfiguration settings, bool neutralOnly)
    {
        var severity = settings.GetSeverity(diagnostic.Descriptor);
        if (severity == DiagnosticSeverity.None || (neutralOnly && !diagnostic.Descriptor.Tags.Contains(WellKnownTags.LanguageNeutral)))
        {
            return null;
        }

        var configured = diagnostic.WithSeverity(severity);
        return settings.FindSuppression(configured) is { } rule ? configured.WithSuppression(new Suppression(rule.Justification, rule.Source)) : configured;
    }

    /// <summary>Holds an analyzer to the rules it declares and to reporting from within its action.</summary>
    internal static void CheckDeclared(AnalyzerRegistration? registration, Diagnostic d)
    {
        if (registration is null)
        {
            throw new InvalidOperationException($"{d.Id} was reported after its analyzer's action returned; report from within the action.");
        }

        if (!registration.SupportedDiagnostics.Contains(d.Descriptor))
        {
            throw new InvalidOperationException($"{registration.Name} reported {d.Id}, which it does not declare in SupportedDiagnostics.");
        }
    }

    /// <summary>The document's context and, made once on first use, one text context per text for every analyzer's text actions.</summary>
    private sealed class DocumentRun(DocumentAnalysisContext context)
    {
        private TextAnalysisContext[]? _texts;

        public DocumentAnalysisContext Context { get; } = context;

        public TextAnalysisContext[] Texts => _texts ??= [.. Context.Document.Texts().Select(t => new TextAnalysisContext(t.Node, t.Text, Context))];
    }

    /// <summary>Where a document's analyzers report: checked against the running analyzer's rules, given the file's severity, kept in order.</summary>
    /// <summary>
    /// The most findings one rule reports in one document; the rest are counted in one DR0005 notification. A text that
    /// has more (2 MB of "(" gave DR5003 a million) is not a draft a reader goes through finding by finding, and keeping
    /// them all cost gigabytes and a log of hundreds of megabytes.
    /// </summary>
    public const int MaxFindingsPerRule = 200;

    private sealed class DocumentReporter(FileConfiguration settings, List<Diagnostic> found, bool neutralOnly)
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        /// <summary>The analyzer whose action is running; null between actions.</summary>
        public AnalyzerRegistration? Current { get; set; }

        public void Report(Diagnostic d)
        {
            CheckDeclared(Current, d);
            if (Configure(d, settings, neutralOnly) is { } configured)
            {
                var count = _counts[d.Id] = _counts.GetValueOrDefault(d.Id) + 1;
                if (count <= MaxFindingsPerRule)
                {
                    found.Add(configured);
                }
            }
        }

        /// <summary>One notification per rule that reported more than <see cref="MaxFindingsPerRule"/> findings.</summary>
        public IEnumerable<ToolNotification> Truncations(string path) =>
            _counts.Where(c => c.Value > MaxFindingsPerRule).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ToolNotification(
                ToolNotification.ResultsTruncated,
                path,
                $"{c.Key} found {c.Value} problems in this file; the first {MaxFindingsPerRule} are reported",
                DiagnosticSeverity.Warning));
    }

    internal sealed class AnalyzerRegistration(DiagnosticAnalyzer analyzer) : AnalysisContext
    {
        public DiagnosticAnalyzer Analyzer { get; } = analyzer;

        /// <summary>The analyzer's rules, asked once: the engine checks them for every document and every finding.</summary>
        public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = analyzer.SupportedDiagnostics;

        /// <summary>The analyzer's type name, for the profile and for messages.</summary>
        public string Name { get; } = analyzer.GetType().Name;

        public List<(SyntaxKind Kind, Action<SyntaxNodeAnalysisContext> Action)> NodeActions { get; } = [];

        public List<Action<TextAnalysisContext>> TextActions { get; } = [];

        public List<Action<DocumentAnalysisContext>> DocumentEndActions { get; } = [];

        public List<Action<DocumentStartAnalysisContext>> DocumentStartActions { get; } = [];

        public List<CrossDocumentCheck> CrossDocumentChecks { get; } = [];

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

        public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
            NodeActions.AddRange(kinds.Select(k => (k, action)));

        public override void RegisterTextAction(Action<TextAnalysisContext> action) => TextActions.Add(action);

        public override void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => DocumentEndActions.Add(action);

        public override void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action) => DocumentStartActions.Add(action);

        public override void RegisterCrossDocumentAction<TSummary>(
            Func<DocumentAnalysisContext, TSummary?> summarise, Action<CrossDocumentAnalysisContext<TSummary>> analyse, Func<DocumentAnalysisContext, TSummary?>? hold = null)
            where TSummary : class =>
            CrossDocumentChecks.Add(new CrossDocumentCheck(
                this,
                summarise,
                hold,
                (documents, data, report, source, whole, token) => analyse(new CrossDocumentAnalysisContext<TSummary>(
                    [.. documents.Select(d => new DocumentSummary<TSummary>(d.Path, d.Language, (TSummary)d.Summary))], data, report, source, path => (TSummary?)whole(path), token))));
    }

    /// <summary>A cross-document check with its types erased: the engine stores each document's summary by the check's index.</summary>
    internal sealed class CrossDocumentCheck(
        AnalyzerRegistration owner,
        Func<DocumentAnalysisContext, object?> summarise,
        Func<DocumentAnalysisContext, object?>? hold,
        Action<IReadOnlyList<DocumentSummary<object>>, RuleDataSet, Action<Diagnostic>, Func<string, SourceText>, Func<string, object?>, CancellationToken> analyse)
    {
        public AnalyzerRegistration Owner { get; } = owner;

        public int Index { get; set; }

        public Func<DocumentAnalysisContext, object?> Summarise { get; } = summarise;

        /// <summary>The lesser summary the workspace holds of each document; null where it holds the whole one.</summary>
        public Func<DocumentAnalysisContext, object?>? Hold { get; } = hold;

        public Action<IReadOnlyList<DocumentSummary<object>>, RuleDataSet, Action<Diagnostic>, Func<string, SourceText>, Func<string, object?>, CancellationToken> Analyse { get; } = analyse;
    }

    private sealed class DocumentScope(
        DocumentAnalysisContext context,
        List<(SyntaxKind Kind, Action<SyntaxNodeAnalysisContext> Action)> nodeActions,
        List<Action<TextAnalysisContext>> textActions,
        List<Action<DocumentAnalysisContext>> endActions)
        : DocumentStartAnalysisContext(context)
    {
        public List<(SyntaxKind Kind, Action<SyntaxNodeAnalysisContext> Action)> NodeActions { get; } = [.. nodeActions];

        public List<Action<TextAnalysisContext>> TextActions { get; } = [.. textActions];

        public List<Action<DocumentAnalysisContext>> EndActions { get; } = [.. endActions];

        public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
            NodeActions.AddRange(kinds.Select(k => (k, action)));

        public override void RegisterTextAction(Action<TextAnalysisContext> action) => TextActions.Add(action);

        public override void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => EndActions.Add(action);
    }
}

/// <summary>What the engine learned about one document.</summary>
public sealed class DocumentAnalysis
{
    internal DocumentAnalysis(
        SourceText source,
        FileConfiguration settings,
        DocumentSyntax syntax,
        SemanticModel semanticModel,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<ToolNotification> notifications,
        DocumentInfo info,
        ImmutableArray<object?> contributions,
        bool languageNeutralOnly)
    {
        Source = source;
        Settings = settings;
        Syntax = syntax;
        SemanticModel = semanticModel;
        Diagnostics = diagnostics;
        Notifications = notifications;
        Info = info;
        Contributions = contributions;
        LanguageNeutralOnly = languageNeutralOnly;
    }

    public string Path => Source.Path;

    public SourceText Source { get; }

    /// <summary>The configuration the document was analysed under.</summary>
    public FileConfiguration Settings { get; }

    public DocumentSyntax Syntax { get; }

    public SemanticModel SemanticModel { get; }

    /// <summary>The document's own findings (cross-document findings come from the <see cref="Workspace"/>), configured and in report order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>What the engine says about the analysis itself: a rule that failed, a language read only in part.</summary>
    public ImmutableArray<ToolNotification> Notifications { get; }

    public DocumentInfo Info { get; }

    /// <summary>The document's summary for each cross-document check, by the check's index (null where it gave none).</summary>
    internal ImmutableArray<object?> Contributions { get; }

    /// <summary>True where the language has only a recognition pack: only language-neutral rules report in it.</summary>
    internal bool LanguageNeutralOnly { get; }
}
