using DraftLint.Analysis;
using DraftLint.Diagnostics;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SarifLocation = Microsoft.CodeAnalysis.Sarif.Location;

namespace DraftLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 through Sarif.Sdk's object model, shaped for VS Code's SARIF viewer and GitHub code scanning:
/// rule metadata with help, results with rule index, explicit level, message, a region (UTF-16 columns, end column
/// exclusive) with snippet and context region, relative URIs against %SRCROOT%, logical locations, related locations,
/// fixes and partial fingerprints; invocations with notifications for files that could not be read.
/// </summary>
internal sealed class SarifReportWriter(int maxResults = SarifReportWriter.GitHubResultLimit) : IReportWriter
{
    /// <summary>GitHub code scanning takes at most this many results per run; the rest are left out with a notification.</summary>
    public const int GitHubResultLimit = 25_000;

    public const string SourceRootId = "%SRCROOT%";

    public void Write(RunReport report, TextWriter writer)
    {
        var total = report.Result.Diagnostics.Length;
        if (total > maxResults)
        {
            // Errors first, then warnings, then notes: what is left out is the least serious.
            var kept = report.Result.Diagnostics.OrderByDescending(d => d.Severity).Take(maxResults).Order(DiagnosticComparer.Instance).ToList();
            var notice = new ToolNotification(ToolNotification.ResultsTruncated, null, $"the run found {total} results; the log keeps the {maxResults} most serious, GitHub code scanning's limit per run", DiagnosticSeverity.Warning);
            report = report with { Result = report.Result with { Diagnostics = [.. kept], Notifications = [.. report.Result.Notifications, notice] } };
        }

        var log = Build(report);
        var json = JObject.FromObject(log, JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));

        // Sarif.Sdk leaves "level" out when it is "warning" (its default); a viewer then falls back to the rule's
        // default level, which configuration may have changed. Write every result's level explicitly.
        foreach (var result in json.SelectTokens("runs[*].results[*]").OfType<JObject>())
        {
            result["level"] ??= "warning";
        }

        writer.Write(json.ToString(Formatting.Indented));
        writer.WriteLine();
    }

    public static SarifLog Build(RunReport report)
    {
        var rules = report.Rules.ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var sources = new Dictionary<string, DraftLint.Text.SourceText>(StringComparer.Ordinal);
        var result = report.Result;

        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = ToolInfo.Name,
                    FullName = ToolInfo.FullName,
                    Version = ToolInfo.Version,
                    SemanticVersion = ToolInfo.Version,
                    InformationUri = new Uri(ToolInfo.InformationUri),
                    Rules = [.. rules.Select(r => Describe(r, report.BaseSeverity(r)))],
                    Notifications = [.. NotificationDescriptors()],
                },
            },
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>
            {
                [SourceRootId] = new ArtifactLocation { Uri = new Uri(EnsureTrailingSlash(report.RootDirectory), UriKind.Absolute) },
            },
            ColumnKind = ColumnKind.Utf16CodeUnits,
            // Code scanning reads the id as "category/run-id"; "category/" is what upload-sarif writes for its input.
            AutomationDetails = report.Options.Category is { } category
                ? new RunAutomationDetails { Id = category.EndsWith('/') ? category : category + "/" }
                : null,
            Invocations =
            [
                new Invocation
                {
                    CommandLine = report.CommandLine,
                    ExecutionSuccessful = result.ExitCode != 2,
                    ToolExecutionNotifications = [.. result.Notifications.Select(n => Notify(n, report.RootDirectory))],
                },
            ],
            Results = [],
        };

        var fingerprints = Fingerprints.Compute(result.Diagnostics);
        foreach (var diagnostic in result.Diagnostics)
        {
            sources[diagnostic.Location.FilePath] = diagnostic.Location.Source;
            var sarifResult = ToResult(diagnostic, ruleIndex[diagnostic.Id], report.RootDirectory, fingerprints[diagnostic]);
            if (report.Baseline is { } baseline)
            {
                sarifResult.BaselineState = baseline.States[diagnostic];
            }

            run.Results.Add(sarifResult);
        }

        foreach (var absent in report.Options.IncludeAbsent ? report.Baseline?.Absent ?? [] : [])
        {
            // A finding of the baseline that is gone: kept in the log as absent, with the rule index of this run.
            absent.BaselineState = BaselineState.Absent;
            absent.RuleIndex = ruleIndex.TryGetValue(absent.RuleId, out var index) ? index : -1;
            run.Results.Add(absent);
        }

        // JObjects rather than anonymous objects: Newtonsoft.Json writes them without reflection, as a native build needs.
        run.SetProperty("documents", new JArray(result.Documents.Select(d => new JObject
        {
            ["path"] = d.Path,
            ["language"] = d.Language,
            ["shape"] = d.Shape,
            ["documentDate"] = d.DocumentDate,
            ["documentDateSource"] = d.DocumentDateSource,
            ["documentDateDescription"] = d.DocumentDateDescription,
        })));
        run.SetProperty("configurationFiles", report.ConfigurationFiles.Select(f => ToUri(f, report.RootDirectory).ToString()).ToList());

        return new SarifLog
        {
            Version = SarifVersion.Current,
            SchemaUri = new Uri("https://json.schemastore.org/sarif-2.1.0.json"),
            Runs = [run],
        };
    }

    private static ReportingDescriptor Describe(DiagnosticDescriptor rule, DiagnosticSeverity baseSeverity)
    {
        var help = $"{rule.Description} See {rule.HelpUri}.";
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = rule.Name,
            ShortDescription = new MultiformatMessageString { Text = Sentence(rule.Title) },
            FullDescription = new MultiformatMessageString { Text = Sentence(rule.Description) },
            Help = new MultiformatMessageString { Text = help, Markdown = $"**{rule.Id} {rule.Title}.** {rule.Description}\n\nSee [{rule.Id}]({rule.HelpUri}) for examples and configuration." },
            HelpUri = new Uri(rule.HelpUri),
            MessageStrings = new Dictionary<string, MultiformatMessageString> { ["default"] = new() { Text = rule.MessageFormat } },
            DefaultConfiguration = new ReportingConfiguration
            {
                Enabled = baseSeverity != DiagnosticSeverity.None,
                Level = ToLevel(baseSeverity == DiagnosticSeverity.None ? rule.DefaultSeverity : baseSeverity),
            },
        };
        descriptor.SetProperty("tags", rule.Tags.ToList());
        descriptor.SetProperty("category", rule.Category);
        descriptor.SetProperty("precision", "high");
        return descriptor;
    }

    private static IEnumerable<ReportingDescriptor> NotificationDescriptors() =>
        // Sarif.Sdk drops a shortDescription equal to the fullDescription, and GitHub requires one: keep them different.
        EngineDiagnostics.All.Select(n => new ReportingDescriptor
        {
            Id = n.Id,
            Name = n.Name,
            ShortDescription = new MultiformatMessageString { Text = n.Title + "." },
            FullDescription = new MultiformatMessageString { Text = n.Description },
            Help = new MultiformatMessageString { Text = n.Description },
            HelpUri = new Uri(n.HelpUri),
        });

    private static Notification Notify(ToolNotification n, string root)
    {
        var notification = new Notification
        {
            Descriptor = new ReportingDescriptorReference { Id = n.Id },
            Message = new Message { Text = Sentence(n.Message) },
            Level = ToLevel(n.Level),
        };
        if (n.FilePath is not null)
        {
            var physical = new PhysicalLocation { ArtifactLocation = Artifact(n.FilePath, root) };
            if (n.Line is int line)
            {
                physical.Region = new Region { StartLine = line, StartColumn = n.Column ?? 1 };
            }

            notification.Locations = [new SarifLocation { PhysicalLocation = physical }];
        }

        return notification;
    }

    private static Result ToResult(Diagnostic diagnostic, int ruleIndex, string root, string fingerprint)
    {
        var location = new SarifLocation
        {
            PhysicalLocation = Physical(diagnostic.Location, root, withContext: true),
        };
        if (diagnostic.LogicalLocation is { } logical)
        {
            location.LogicalLocations = [new LogicalLocation { Name = logical, FullyQualifiedName = logical, Kind = "member" }];
        }

        var result = new Result
        {
            RuleId = diagnostic.Id,
            RuleIndex = ruleIndex,
            Level = ToLevel(diagnostic.Severity),
            Kind = ResultKind.Fail,
            Message = new Message { Text = Sentence(diagnostic.Message) },
            Locations = [location],
            PartialFingerprints = new Dictionary<string, string> { [Fingerprints.Key] = fingerprint },
        };

        if (diagnostic.AdditionalLocations.Length > 0)
        {
            // The viewer reaches related locations only through links in the message: "(see [the previous label](1))".
            var links = new List<string>();
            result.RelatedLocations = [];
            var id = 1;
            foreach (var related in diagnostic.AdditionalLocations)
            {
                var label = related.Message ?? "related location";
                result.RelatedLocations.Add(new SarifLocation
                {
                    Id = id,
                    PhysicalLocation = Physical(related, root, withContext: false),
                    Message = new Message { Text = Sentence(label) },
                });
                links.Add($"[{label}]({id})");
                id++;
            }

            result.Message.Markdown = Sentence($"{diagnostic.Message.TrimEnd('.')} (see {string.Join(", ", links)})");
        }

        if (diagnostic.Suppression is { } suppression)
        {
            result.Suppressions =
            [
                new Microsoft.CodeAnalysis.Sarif.Suppression
                {
                    Kind = SuppressionKind.External,
                    Status = SuppressionStatus.Accepted,
                    Justification = suppression.Justification,
                    Location = new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(suppression.Source, root) } },
                },
            ];
        }

        if (diagnostic.Fix is { } fix)
        {
            var text = diagnostic.Location.Source;
            result.Fixes =
            [
                new Fix
                {
                    Description = new Message { Text = Sentence(fix.Title) },
                    ArtifactChanges =
                    [
                        new ArtifactChange
                        {
                            ArtifactLocation = Artifact(diagnostic.Location.FilePath, root),
                            Replacements = [.. fix.Edits.Select(e => new Replacement
                            {
                                DeletedRegion = RegionOf(text, e.Span),
                                InsertedContent = new ArtifactContent { Text = e.NewText },
                            })],
                        },
                    ],
                },
            ];
        }

        return result;
    }

    private static PhysicalLocation Physical(DraftLint.Diagnostics.Location location, string root, bool withContext)
    {
        var text = location.Source;
        var region = RegionOf(text, location.Span);
        region.Snippet = new ArtifactContent { Text = text.ToString(location.Span) };
        var physical = new PhysicalLocation { ArtifactLocation = Artifact(location.FilePath, root), Region = region };
        if (withContext)
        {
            var firstLine = Math.Max(1, location.LineSpan.Start.Line - 1);
            var lastLine = Math.Min(text.LineCount, location.LineSpan.End.Line + 1);
            var contextSpan = DraftLint.Text.TextSpan.FromBounds(text.GetLineSpan(firstLine).Start, text.GetLineSpan(lastLine).End);
            var context = RegionOf(text, contextSpan);
            context.Snippet = new ArtifactContent { Text = text.ToString(contextSpan) };
            physical.ContextRegion = context;
        }

        return physical;
    }

    private static Region RegionOf(DraftLint.Text.SourceText text, DraftLint.Text.TextSpan span)
    {
        var lines = text.GetLinePositionSpan(span);
        return new Region
        {
            StartLine = lines.Start.Line,
            StartColumn = lines.Start.Column,
            EndLine = lines.End.Line,
            EndColumn = lines.End.Column,
            CharOffset = span.Start,
            CharLength = span.Length,
        };
    }

    private static ArtifactLocation Artifact(string path, string root)
    {
        var uri = ToUri(path, root);
        return uri.IsAbsoluteUri ? new ArtifactLocation { Uri = uri } : new ArtifactLocation { Uri = uri, UriBaseId = SourceRootId };
    }

    /// <summary>A URI relative to the root where the file is below it, else an absolute file URI.</summary>
    public static Uri ToUri(string path, string root)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new Uri(full);
        }

        var escaped = string.Join('/', relative.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        return new Uri(escaped, UriKind.Relative);
    }

    private static FailureLevel ToLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FailureLevel.Error,
        DiagnosticSeverity.Warning => FailureLevel.Warning,
        DiagnosticSeverity.Note => FailureLevel.Note,
        _ => FailureLevel.None,
    };

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string EnsureTrailingSlash(string path) => path.EndsWith('/') ? "file://" + path : "file://" + path + "/";
}
