using System.CommandLine;
using System.Globalization;
using System.Runtime;
using System.Text;
using DraftLint.Analysis;
using DraftLint.Cli;
using DraftLint.Cli.Output;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;

// Console.Out writes through at every call; the report of a large run (thousands of lines) is written in large
// blocks instead, in the console's encoding (UTF-8 without a byte-order mark on Linux), and flushed before exit.
var encoding = Console.OutputEncoding.CodePage == 65001 ? new UTF8Encoding(false) : Console.OutputEncoding;
var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16);
try
{
    return Cli.Run(args, stdout, Console.Error, stdoutIsTerminal: !Console.IsOutputRedirected);
}
finally
{
    stdout.Flush();
}

namespace DraftLint.Cli
{
    /// <summary>The draftlint command line.</summary>
    internal static class Cli
    {
        /// <summary>Runs the command line and returns the exit code: 0 clean, 1 error-level findings, 2 usage, configuration or input problem.</summary>
        /// <param name="args">The arguments.</param>
        /// <param name="stdout">Where reports go.</param>
        /// <param name="stderr">Where problems and progress go.</param>
        /// <param name="stdoutIsTerminal">True where <paramref name="stdout"/> is a terminal a person reads: the text report is grouped by file.</param>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal = false)
        {
            try
            {
                var parse = Build(stdout, stderr, stdoutIsTerminal).Parse(args);
                if (parse.Errors.Count > 0)
                {
                    // Usage errors exit with 2, as configuration and input errors do (System.CommandLine would return 1).
                    foreach (var error in parse.Errors)
                    {
                        stderr.WriteLine($"draftlint: error: {error.Message}");
                    }

                    stderr.WriteLine("Run draftlint --help for the options.");
                    return 2;
                }

                return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            }
            catch (Exception ex) when (ex is RuleDataException or ConfigurationException)
            {
                stderr.WriteLine($"{Location(ex)}: error {(ex is RuleDataException ? ToolNotification.RuleDataError : ToolNotification.ConfigurationError)}: {Problem(ex)}");
                return 2;
            }
            catch (Exception ex) when (Environment.GetEnvironmentVariable("DRAFTLINT_DEBUG") is null)
            {
                // A bug of DraftLint's own: say what failed in one line; DRAFTLINT_DEBUG=1 shows the stack trace.
                stderr.WriteLine($"draftlint: internal error: {ex.GetType().Name}: {ex.Message} (set DRAFTLINT_DEBUG=1 for details, and please report it)");
                return 2;
            }
        }

        /// <summary>The command tree: lint (root), fix, baseline, syntax, rules.</summary>
        internal static RootCommand Build(TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal = false)
        {
            var paths = new Argument<string[]>("paths") { Description = "Files, folders (searched recursively for .txt) or globs to lint; - reads the text from standard input. Default: the current folder.", Arity = ArgumentArity.ZeroOrMore };
            var format = new Option<string>("--format", "-f") { Description = "Output format: text (compiler style), sarif (SARIF 2.1.0), json, or github (workflow annotations).", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "sarif", "json", "github");
            var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
            var config = new Option<FileInfo?>("--config") { Description = "A configuration file applied after the draftlint.json found beside the texts.", Recursive = true };
            var asOf = new Option<string?>("--as-of") { Description = "The document date (yyyy-MM-dd) to judge dates and references against.", Recursive = true };
            var language = new Option<string?>("--lang") { Description = "The language of the texts: en, nl or auto (detect per document).", Recursive = true };
            var severity = new Option<string[]>("--severity") { Description = "Set a rule's severity: ID=error|warning|note|none. Repeatable.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false, Recursive = true };
            var disable = new Option<string[]>("--disable") { Description = "Turn a rule off. Repeatable.", Arity = ArgumentArity.OneOrMore, Recursive = true };
            var jobs = new Option<int>("--jobs", "-j") { Description = "How many files to lint at once (default: one per core).", DefaultValueFactory = _ => 0, Recursive = true };
            var checkLinks = new Option<bool>("--check-links") { Description = "Probe every URL (HEAD, then GET) and report dead links as DR4009. Needs the network; off by default." };
            var baselineFile = new Option<FileInfo?>("--baseline") { Description = "A SARIF log from an earlier run: findings are matched to it by fingerprint, and only new error-level findings fail the run." };
            var linkTimeout = new Option<int>("--link-timeout") { Description = "Seconds one link probe may take (with --check-links).", DefaultValueFactory = _ => 10 };
            var category = new Option<string?>("--category") { Description = "SARIF: the run's category for GitHub code scanning (automationDetails.id). Without it the log has none, and upload-sarif's category input applies." };
            var quiet = new Option<bool>("--quiet", "-q") { Description = "Text and github reports: show only error-level findings (the summary still counts all)." };
            var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit with 1 when there are more than this many warnings (new ones, with --baseline)." };
            var stdinName = new Option<string?>("--stdin-filename") { Description = "With '-' (the text on standard input): the file name to report it under and to find its draftlint.json by." };
            var noColor = new Option<bool>("--no-color") { Description = "Text at a terminal: no colour (as NO_COLOR does). Output that is not a terminal has none anyway." };
            var includeAbsent = new Option<bool>("--include-absent") { Description = "SARIF with --baseline: keep the baseline's findings that are gone, as absent results (code scanning would show them as open alerts)." };
            var pretty = new Option<bool>("--pretty") { Description = "SARIF and JSON reports: indented for reading (default: compact, one line)." };

            // The options every command shares, read and checked in one place.
            bool ReadSettings(ParseResult parse, out CommandLineSettings settings) =>
                TryReadCommandLine(parse.GetValue(asOf), parse.GetValue(language), parse.GetValue(severity) ?? [], parse.GetValue(disable) ?? [], parse.GetValue(config)?.FullName, stderr, out settings);

            var root = new RootCommand("DraftLint: lint European Parliament draft resolutions for numbering, names, dates, references and style.")
            {
                paths, format, output, config, asOf, language, severity, disable, jobs, checkLinks, linkTimeout, baselineFile, category, includeAbsent, stdinName, quiet, maxWarnings, noColor, pretty,
            };

            root.SetAction(parse =>
            {
                if (!ReadSettings(parse, out var settings))
                {
                    return 2;
                }

                if (parse.GetValue(checkLinks))
                {
                    // --check-links turns DR4009 on (unless --severity says otherwise) and sets its timeout.
                    var option = Rules.References.DR4009DeadLink.TimeoutSeconds;
                    settings = settings with
                    {
                        Severities = [new("DR4009", DiagnosticSeverity.Warning), .. settings.Severities],
                        RuleOptions = [("DR4009", option.Name, Math.Clamp(parse.GetValue(linkTimeout), option.Minimum, option.Maximum))],
                    };
                }

                var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
                if (inputs.FirstOrDefault(p => p.StartsWith('-') && p != InputFiles.StandardInputArgument && !File.Exists(p) && !Directory.Exists(p)) is { } unknown)
                {
                    stderr.WriteLine($"draftlint: error: unknown option '{unknown}'. Run draftlint --help for the options.");
                    return 2;
                }

                if (parse.GetValue(stdinName) is not null && !inputs.Contains(InputFiles.StandardInputArgument))
                {
                    stderr.WriteLine("draftlint: error: --stdin-filename names the text on standard input: give '-' among the paths.");
                    return 2;
                }

                var options = new ReportOptions
                {
                    Category = parse.GetValue(category),
                    IncludeAbsent = parse.GetValue(includeAbsent),
                    Quiet = parse.GetValue(quiet),
                    MaxWarnings = parse.GetValue(maxWarnings),
                    Pretty = parse.GetValue(pretty),
                    StepSummaryPath = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary ? summary : null,
                    NoColor = parse.GetValue(noColor),
                    Terminal = stdoutIsTerminal,
                };
                return Lint(inputs, settings, parse.GetValue(format)!, parse.GetValue(output), options, parse.GetValue(jobs), parse.GetValue(baselineFile)?.FullName, CommandLine(), stdout, stderr, parse.GetValue(stdinName));
            });

            // --version prints the tool's own version, also when the CLI runs inside another process (tests).
            root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(stdout);

            var syntaxFile = new Argument<FileInfo>("file") { Description = "The document to show." };
            var syntax = new Command("syntax", "Show how DraftLint reads a document: its shape, items, labels and footnotes.") { syntaxFile };
            syntax.SetAction(parse => ReadSettings(parse, out var settings) ? SyntaxDump.Write(parse.GetValue(syntaxFile)!, settings, stdout, stderr) : 2);
            root.Subcommands.Add(syntax);

            var configFile = new Argument<FileInfo>("file") { Description = "A text whose configuration to show (it need not exist yet)." };
            var printConfig = new Command("print-config", "Show the configuration a file gets after every layer, as JSON: the files that gave it, language, date, rules, suppressions, names.") { configFile };
            printConfig.SetAction(parse => ReadSettings(parse, out var settings) ? ConfigCommands.PrintConfig(parse.GetValue(configFile)!, settings, stdout) : 2);
            root.Subcommands.Add(printConfig);

            var versionPaths = new Argument<string[]>("paths") { Description = "Files, folders or globs among which to find language versions. Default: the current folder.", Arity = ArgumentArity.ZeroOrMore };
            var versions = new Command("versions", "Show which files are language versions of one text and how their citations, recitals and paragraphs were aligned for the DR6 rules.") { versionPaths };
            versions.SetAction(parse => ReadSettings(parse, out var settings)
                ? VersionsCommand.Run(parse.GetValue(versionPaths) is { Length: > 0 } given ? given : ["."], settings, stdout, stderr)
                : 2);
            root.Subcommands.Add(versions);

            var init = new Command("init", "Write a commented draftlint.json in the current folder (never over an existing one).");
            init.SetAction(_ => ConfigCommands.Init(new DirectoryInfo(Directory.GetCurrentDirectory()), stdout, stderr));
            root.Subcommands.Add(init);

            var fixPaths = new Argument<string[]>("paths") { Description = "Files, folders or globs to fix. Default: the current folder.", Arity = ArgumentArity.ZeroOrMore };
            var fixRules = new Option<string[]>("--rule") { Description = "Apply only this rule's fixes. Repeatable. Default: every fixable rule.", Arity = ArgumentArity.OneOrMore };
            var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of the fixes instead of writing them." };
            var force = new Option<bool>("--force") { Description = "Also fix files that are read-only." };
            var fix = new Command("fix", "Apply the fixes of the findings: atomically, keeping encoding and line endings, never two overlapping fixes in one pass.") { fixPaths, fixRules, dryRun, force };
            fix.SetAction(parse =>
            {
                if (!ReadSettings(parse, out var settings))
                {
                    return 2;
                }

                var chosen = (parse.GetValue(fixRules) ?? []).Select(r => r.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
                if (chosen.FirstOrDefault(id => !BuiltInRules.Descriptors.Any(d => d.Id == id)) is { } unknown)
                {
                    stderr.WriteLine($"draftlint: error: unknown rule id '{unknown}'. Run draftlint rules for the list.");
                    return 2;
                }

                var inputs = parse.GetValue(fixPaths) is { Length: > 0 } given ? given : ["."];
                var (result, _, _) = Analyze(inputs, settings, parse.GetValue(jobs), stderr);
                return FixCommand.Run(result, chosen, parse.GetValue(dryRun), parse.GetValue(force), stdout, stderr);
            });
            root.Subcommands.Add(fix);

            var baselinePaths = new Argument<string[]>("paths") { Description = "Files, folders or globs to record. Default: the current folder.", Arity = ArgumentArity.ZeroOrMore };
            var baselineOutput = new Option<FileInfo>("--output", "-o") { Description = "Where to write the baseline.", DefaultValueFactory = _ => new FileInfo("draftlint.baseline.sarif") };
            var baseline = new Command("baseline", "Record today's findings as a SARIF baseline, for --baseline in later runs.") { baselinePaths, baselineOutput };
            baseline.SetAction(parse =>
            {
                if (!ReadSettings(parse, out var settings))
                {
                    return 2;
                }

                var inputs = parse.GetValue(baselinePaths) is { Length: > 0 } given ? given : ["."];
                var file = parse.GetValue(baselineOutput)!;
                var before = File.Exists(file.FullName) ? File.GetLastWriteTimeUtc(file.FullName) : DateTime.MinValue;
                var exit = Lint(inputs, settings, "sarif", file, new ReportOptions(), parse.GetValue(jobs), null, CommandLine(), stdout, stderr);

                // Said only when the file was written (a run problem may have stopped it).
                if (File.Exists(file.FullName) && File.GetLastWriteTimeUtc(file.FullName) != before)
                {
                    var root = Fingerprints.Root(Directory.GetCurrentDirectory(), file.DirectoryName!);
                    stdout.WriteLine($"Recorded {Rules.Wording.Quantity(Baseline.Load(file.FullName).Count, "finding")} in {InputFiles.Display(file.FullName)}, matched by paths relative to {root}");
                }

                // Recording findings is the point: only a run problem fails the command.
                return exit == 2 ? 2 : 0;
            });
            root.Subcommands.Add(baseline);

            var rules = new Command("rules", "List the rules with their default severities: the engine's own (DR0xxx), then the built-in rules.");
            rules.SetAction(_ =>
            {
                foreach (var rule in EngineDiagnostics.All.Concat(BuiltInRules.Descriptors))
                {
                    stdout.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}");
                }

                return 0;
            });
            root.Subcommands.Add(rules);

            return root;
        }

        /// <summary>Expands the paths and lints them: the run's result, the rules, and the configuration used.</summary>
        private static (LintRunResult Result, System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> Rules, LintConfiguration? Configuration) Analyze(
            string[] paths, CommandLineSettings settings, int jobs, TextWriter stderr, string? stdinName = null, Func<IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? keep = null)
        {
            var (inputs, problems) = InputFiles.Expand(paths, stdinName);
            LintSession session;
            try
            {
                session = LintSession.Create(settings);
            }
            catch (Exception ex) when (ex is ConfigurationException or RuleDataException)
            {
                // Nothing can be linted without the configuration or the rule data; the run still reports, in its
                // own format, what went wrong (a CI upload step then has a log to upload).
                return (new LintRunResult([], [.. problems, Notification(ex)], []), BuiltInRules.Descriptors, null);
            }

            using var _ = session;
            var driver = new AnalyzerDriver(session.Engine);
            IProgress<string>? progress = Console.IsErrorRedirected || stderr != Console.Error ? null : new Progress<string>(p => stderr.Write($"\r\u001b[K{p}"));
            var result = driver.Run(inputs, session.Configuration.ForFile, jobs, progress, keep);
            if (progress is not null)
            {
                stderr.Write("\r\u001b[K");
            }

            var profile = driver.Profile.ToList();
            foreach (var (name, time, bytes) in profile)
            {
                stderr.WriteLine($"profile: {time.TotalMilliseconds,9:0.0} ms {bytes / 1e6,9:0.0} MB allocated  {name}");
            }

            if (profile.Count > 0)
            {
                var gc = GC.GetGCMemoryInfo();
                stderr.WriteLine($"profile: {GC.GetTotalPauseDuration().TotalMilliseconds,9:0.0} ms paused by the garbage collector: {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} of gen 1, {GC.CollectionCount(2)} of gen 2), {(GCSettings.IsServerGC ? "server" : "workstation")}, {gc.PromotedBytes / 1e6:0.0} MB promoted by the last");
            }

            return (result with { Notifications = [.. problems, .. result.Notifications.Select(Displayed)] }, session.Rules, session.Configuration);
        }

        /// <summary>A notification whose path is shown as reports show paths (a configuration error names the file by its full path).</summary>
        private static ToolNotification Displayed(ToolNotification n) => n.FilePath is null ? n : n with { FilePath = InputFiles.Display(n.FilePath) };

        /// <summary>A configuration or rule data problem found before any file was linted, as a notification of the run.</summary>
        private static ToolNotification Notification(Exception ex) => ex switch
        {
            // "command line" is where an unknown rule id of --severity or --disable was found: not a file.
            ConfigurationException { FilePath: "command line" } c =>
                new ToolNotification(ToolNotification.ConfigurationError, null, $"on the command line: {c.Problem}"),
            ConfigurationException c => new ToolNotification(ToolNotification.ConfigurationError, InputFiles.Display(c.FilePath), c.Problem) { Line = c.Line, Column = c.Column },
            RuleDataException r => new ToolNotification(ToolNotification.RuleDataError, r.FilePath, r.Problem),
            _ => throw new ArgumentException("not a configuration or rule data problem", nameof(ex)),
        };

        private static string CommandLine() => string.Join(' ', ["draftlint", .. Environment.GetCommandLineArgs().Skip(1)]);

        private static int Lint(string[] paths, CommandLineSettings settings, string format, FileInfo? output, ReportOptions options, int jobs, string? baselinePath, string commandLine, TextWriter stdout, TextWriter stderr, string? stdinName = null)
        {
            // A baseline that cannot be read fails the run (exit code 2), but the texts are still linted and reported
            // in full, with the problem among the run's notifications.
            IReadOnlyList<Microsoft.CodeAnalysis.Sarif.Result>? baselineResults = null;
            ToolNotification? baselineProblem = null;
            if (baselinePath is not null)
            {
                try
                {
                    baselineResults = Baseline.Load(baselinePath);
                }
                catch (InvalidDataException ex)
                {
                    baselineProblem = new ToolNotification(ToolNotification.UnreadableFile, InputFiles.Display(baselinePath), $"cannot read the baseline: {ex.Message}");
                }
            }

            // The report must not replace a text it reports on (-o drafts/a.txt would overwrite the draft).
            if (output is not null && InputFiles.Expand(paths, stdinName).Inputs.Any(i => string.Equals(Path.GetFullPath(i.Path), output.FullName, StringComparison.Ordinal)))
            {
                stderr.WriteLine($"{output.FullName}: error {ToolNotification.UnreadableFile}: the report would overwrite a file being linted; write it elsewhere.");
                return 2;
            }

            // Findings match a baseline by paths relative to the repository's root, whatever folder the run starts in.
            // Their fingerprints are taken file by file as the run goes, and only where a report or baseline reads them.
            var cwd = Directory.GetCurrentDirectory();
            var fingerprintRoot = Fingerprints.Root(cwd, Path.GetDirectoryName(baselinePath ?? output?.FullName ?? Path.Combine(cwd, "_"))!);
            // A SARIF log holds the most serious findings up to GitHub's limit, chosen as the run goes (a baseline needs all).
            var keys = new FindingKeys(fingerprintRoot, wanted: format == "sarif" || baselineResults is not null, excerpts: format == "sarif");
            var selection = format == "sarif" && baselineResults is null ? new MostSeriousFindings(keys, SarifReportWriter.GitHubResultLimit) : null;
            var (result, descriptors, configuration) = Analyze(paths, settings, jobs, stderr, stdinName, selection is null ? keys.Take : selection.Take);
            if (selection is not null)
            {
                result = selection.Apply(result);
            }

            if (baselineProblem is not null)
            {
                result = result with { Notifications = [baselineProblem, .. result.Notifications] };
            }

            options = options with { FingerprintRoot = fingerprintRoot, VersionControl = format == "sarif" ? GitRepository.Read(cwd) : null };
            var comparison = baselineResults is null ? null : Baseline.Compare(result, baselineResults, keys);

            // The severities SARIF writes as each rule's defaultConfiguration: those in force in the working folder.
            Func<DiagnosticDescriptor, DiagnosticSeverity> baseSeverity = d => d.IsEnabledByDefault ? d.DefaultSeverity : DiagnosticSeverity.None;
            try
            {
                if (configuration is not null)
                {
                    baseSeverity = configuration.ForFile(Path.Combine(Directory.GetCurrentDirectory(), "_")).GetSeverity;
                }
            }
            catch (ConfigurationException)
            {
                // Already reported as a notification for the files under that configuration.
            }

            var report = new RunReport(result, descriptors, baseSeverity, Directory.GetCurrentDirectory(), [.. configuration?.Files ?? []], commandLine) { Baseline = comparison, Options = options, Keys = keys };
            IReportWriter writer = format switch
            {
                "sarif" => new SarifReportWriter(),
                "json" => new JsonReportWriter(),
                "github" => new GitHubReportWriter(),
                // A person at a terminal gets findings grouped by file; a file, a pipe or a CI log the compiler's lines.
                _ when output is null && options.Terminal => new TerminalReportWriter(TerminalReportWriter.ColourWanted(options.NoColor)),
                _ => new TextReportWriter(),
            };

            if (output is null)
            {
                writer.Write(report, stdout);
            }
            else
            {
                try
                {
                    Directory.CreateDirectory(output.DirectoryName!);
                    using var file = new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(false));
                    writer.Write(report, file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"{output.FullName}: error {ToolNotification.UnreadableFile}: cannot write the report: {ex.Message}");
                    return 2;
                }

                stderr.WriteLine(TextReportWriter.Summary(result));
            }

            var exit = comparison?.ExitCode(result) ?? result.ExitCode;
            var warnings = comparison is null
                ? result.Count(DiagnosticSeverity.Warning)
                : result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning && d.Suppression is null && comparison.States[d] == Microsoft.CodeAnalysis.Sarif.BaselineState.New);
            if (exit == 0 && options.MaxWarnings is int most && warnings > most)
            {
                stderr.WriteLine($"draftlint: {Rules.Wording.Quantity(warnings, "warning")}{(comparison is null ? "" : " new")}, more than --max-warnings {most} allows (exit code 1).");
                return 1;
            }

            return exit;
        }

        private static bool TryReadCommandLine(string? asOf, string? language, string[] severities, string[] disabled, string? configFile, TextWriter stderr, out CommandLineSettings settings)
        {
            settings = new CommandLineSettings();
            DateOnly? date = null;
            if (asOf is not null)
            {
                if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"draftlint: error: --as-of '{asOf}' is not a date; write it as yyyy-MM-dd, for example 2012-03-15.");
                    return false;
                }

                date = parsed;
            }

            if (language is not null && language != "auto" && !RuleDataSet.Default.Languages.ContainsKey(language))
            {
                stderr.WriteLine($"draftlint: error: --lang '{language}' is not a known language; use auto or one of: {string.Join(", ", RuleDataSet.Default.Languages.Keys.Order())}.");
                return false;
            }

            var levels = new List<KeyValuePair<string, DiagnosticSeverity>>();
            foreach (var entry in severities)
            {
                var parts = entry.Split('=', 2);
                if (parts.Length != 2 || !DiagnosticSeverityNames.TryParse(parts[1], out var level))
                {
                    stderr.WriteLine($"draftlint: error: --severity '{entry}' must be ID=error|warning|note|none, for example DR1001=error.");
                    return false;
                }

                levels.Add(new(parts[0].Trim().ToUpperInvariant(), level));
            }

            settings = new CommandLineSettings
            {
                AsOf = date,
                Language = language,
                Severities = levels,
                Disabled = [.. disabled.Select(d => d.Trim().ToUpperInvariant())],
                ConfigFile = configFile,
            };
            return true;
        }

        private sealed class PrintVersion(TextWriter stdout) : System.CommandLine.Invocation.SynchronousCommandLineAction
        {
            public override int Invoke(ParseResult parseResult)
            {
                stdout.WriteLine(ToolInfo.Version);
                return 0;
            }
        }

        private static string Location(Exception ex) => ex switch
        {
            ConfigurationException c when c.Line is int line => $"{c.FilePath}({line},{c.Column ?? 1})",
            ConfigurationException c => c.FilePath,
            RuleDataException r => r.FilePath,
            _ => "draftlint",
        };

        private static string Problem(Exception ex) => ex switch
        {
            ConfigurationException c => c.Problem,
            RuleDataException r => r.Problem,
            _ => ex.Message,
        };
    }
}
