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
        // The run may have chosen them already as it went (MostSeriousFindings, which counts the rest as omitted).
        var total = report.Result.Total;
        if (total > maxResults)
        {
            // Errors first, then warnings, then notes: what is left out is the least serious.
            var kept = report.Result.Diagnostics.OrderByDescending(d => d.Severity).Take(maxResults).Order(DiagnosticComparer.Instance).ToList();
            var notice = new ToolNotification(ToolNotification.ResultsTruncated, null, $"the run found {total} results; the log keeps the {maxResults} most serious, GitHub code scanning's limit per run", DiagnosticSeverity.Warning);
            report = report with { Result = report.Result with { Diagnostics = [.. kept], Notifications = [.. report.Result.Notifications, notice] } };
        }

        Serialize(Build(report), writer, report.Options.Pretty);
    }

    /// <summary>
    /// Writes a log to <paramref name="writer"/> as it is serialised, token by token: no copy of it in memory, neither
    /// as a JSON tree nor as one string (issue 23: the JObject copy of 1,000 drafts' log held 300 MB for 43 MB of JSON).
    /// Compact unless <paramref name="pretty"/>; property bags are written as Sarif.Sdk holds them, compact in both.
    /// </summary>
    public static void Serialize(SarifLog log, TextWriter writer, bool pretty)
    {
        var serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            ContractResolver = SarifContractResolver.Instance,
            Formatting = pretty ? Formatting.Indented : Formatting.None,
        });
        using (var json = new JsonTextWriter(writer) { CloseOutput = false, Formatting = serializer.Formatting })
        {
            serializer.Serialize(json, log);
        }

        writer.WriteLine();
    }

    /// <summary>
    /// Sarif.Sdk's contracts, but for a result's "level" and a run's "results". Sarif.Sdk leaves the level out when it
    /// is "warning" (its default, through DefaultValue and ShouldSerializeLevel); a viewer then falls back to the rule's
    /// default level, which configuration may have changed. So every result's level is written explicitly. A run's
    /// results are written by <see cref="StreamedResultsConverter"/>, as they are made.
    /// </summary>
    private sealed class SarifContractResolver : Newtonsoft.Json.Serialization.DefaultContractResolver
    {
        public static readonly SarifContractResolver Instance = new();

        protected override Newtonsoft.Json.Serialization.JsonProperty CreateProperty(System.Reflection.MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (property.DeclaringType == typeof(Result) && property.PropertyName == "level")
            {
                property.DefaultValueHandling = DefaultValueHandling.Include;
                property.ShouldSerialize = null;
            }
            else if (property.DeclaringType == typeof(Run) && property.PropertyName == "results")
            {
                property.Converter = StreamedResultsConverter.Instance;
            }

            return property;
        }

        /// <summary>
        /// Without a JIT (the native build) Newtonsoft reads each property through a compiled expression, which there
        /// runs in the expression interpreter; plain reflection reads it faster. With a JIT, Newtonsoft's own choice.
        /// </summary>
        protected override Newtonsoft.Json.Serialization.IValueProvider CreateMemberValueProvider(System.Reflection.MemberInfo member) =>
            System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled
                ? base.CreateMemberValueProvider(member)
                : new Newtonsoft.Json.Serialization.ReflectionValueProvider(member);
    }

    /// <summary>
    /// A run's results still to be made: the list itself stays empty, and <see cref="StreamedResultsConverter"/> writes
    /// each result of <see cref="Pending"/> as it is made, so that the log never holds them all (25,000 results, the
    /// most it keeps, were about 90 MB of object model on 10,000 seed copies).
    /// </summary>
    private sealed class StreamedResults(IEnumerable<Result> pending) : List<Result>
    {
        public IEnumerable<Result> Pending => pending;
    }

    /// <summary>Writes a run's results one by one: those still to be made of <see cref="StreamedResults"/>, or a list's.</summary>
    private sealed class StreamedResultsConverter : JsonConverter
    {
        public static readonly StreamedResultsConverter Instance = new();

        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => typeof(IEnumerable<Result>).IsAssignableFrom(objectType);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            writer.WriteStartArray();
            foreach (var result in value is StreamedResults streamed ? streamed.Pending : (IEnumerable<Result>?)value ?? [])
            {
                serializer.Serialize(writer, result);
            }

            writer.WriteEndArray();
        }

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("DraftLint reads SARIF with Sarif.Sdk's own contracts.");
    }

    public static SarifLog Build(RunReport report)
    {
        var rules = report.Rules.ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
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
                [SourceRootId] = new ArtifactLocation { Uri = new Uri(FileUri(Path.EndsInDirectorySeparator(report.RootDirectory) ? report.RootDirectory : report.RootDirectory + "/"), UriKind.Absolute) },
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
        };

        // Word and PDF documents are artifacts with their text embedded, listed before the results that point at them.
        var documentArtifacts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in result.Diagnostics.Select(d => d.Location.Source))
        {
            if (source?.Origin is { } origin && !documentArtifacts.ContainsKey(source.Path))
            {
                run.Artifacts ??= [];
                documentArtifacts[source.Path] = run.Artifacts.Count;
                run.Artifacts.Add(new Artifact
                {
                    Location = Artifact(source.Path, report.RootDirectory),
                    MimeType = origin.Format == DraftLint.Text.SourceFormat.Word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf",
                    Contents = new ArtifactContent { Text = source.Text },
                    SourceLanguage = "plaintext",
                });
            }
        }

        if (VersionControl(report) is { } provenance)
        {
            run.VersionControlProvenance = [provenance];
        }

        run.Results = new StreamedResults(Results(report, ruleIndex, documentArtifacts));

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

    /// <summary>
    /// The repository the linted texts are in (SARIF §3.14.16), mapped to %SRCROOT% (through "../" where the run
    /// started below the repository's root), so that each result's repository-relative path can be told. Left out unless
    /// every text is in the repository and below the working folder: a result with an absolute URI has no path
    /// relative to the repository in the log.
    /// </summary>
    private static VersionControlDetails? VersionControl(RunReport report)
    {
        if (report.Options.VersionControl is not { } git)
        {
            return null;
        }

        var root = Path.GetFullPath(git.Root);
        var inRepository = (string path) => !Path.GetRelativePath(root, Path.GetFullPath(path)).StartsWith("..", StringComparison.Ordinal);
        if (!inRepository(report.RootDirectory) || !report.Result.Documents.All(d => inRepository(d.Path) && !ToUri(d.Path, report.RootDirectory).IsAbsoluteUri))
        {
            return null;
        }

        var up = Path.GetRelativePath(Path.GetFullPath(report.RootDirectory), root);
        return new VersionControlDetails
        {
            RepositoryUri = git.RepositoryUri,
            RevisionId = git.RevisionId,
            Branch = git.Branch,
            MappedTo = new ArtifactLocation
            {
                Uri = up == "." ? null : new Uri(DraftLint.Text.FilePaths.WithForwardSlashes(up) + "/", UriKind.Relative),
                UriBaseId = SourceRootId,
            },
        };
    }

    /// <summary>
    /// The run's results, made one by one as the serializer writes them (<see cref="StreamedResults"/>): no result of
    /// the log is held after it is written, whatever the number of findings.
    /// </summary>
    private static IEnumerable<Result> Results(RunReport report, Dictionary<string, int> ruleIndex, Dictionary<string, int> documentArtifacts)
    {
        var keys = report.GetKeys();
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            var sarifResult = ToResult(diagnostic, ruleIndex[diagnostic.Id], report.RootDirectory, keys.Fingerprint(diagnostic));
            if (keys.LineHash(diagnostic) is { } hash)
            {
                sarifResult.PartialFingerprints[LineHashes.Key] = hash;
            }

            if (report.Baseline is { } baseline)
            {
                sarifResult.BaselineState = baseline.States[diagnostic];
            }

            AttachDocument(documentArtifacts, diagnostic, sarifResult);
            yield return sarifResult;
        }

        foreach (var absent in report.Options.IncludeAbsent ? report.Baseline?.Absent ?? [] : [])
        {
            // A finding of the baseline that is gone: kept in the log as absent, with the rule index of this run.
            absent.BaselineState = BaselineState.Absent;
            absent.RuleIndex = ruleIndex.TryGetValue(absent.RuleId, out var index) ? index : -1;
            yield return absent;
        }
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
            MessageStrings = rule.MessageFormats.ToDictionary(m => m.Id, m => new MultiformatMessageString { Text = m.Format }, StringComparer.Ordinal),
            DefaultConfiguration = new ReportingConfiguration
            {
                Enabled = baseSeverity != DiagnosticSeverity.None,
                Level = ToLevel(baseSeverity == DiagnosticSeverity.None ? rule.DefaultSeverity : baseSeverity),
            },
        };
        descriptor.SetProperty("tags", rule.Tags.ToList());
        descriptor.SetProperty("category", rule.Category);
        // What code scanning reads of a rule that is no security query: how often it is right, and how serious its
        // alerts are (error, warning, recommendation), from the rule's own level.
        descriptor.SetProperty("precision", rule.Precision switch
        {
            RulePrecision.VeryHigh => "very-high",
            RulePrecision.Medium => "medium",
            RulePrecision.Low => "low",
            _ => "high",
        });
        descriptor.SetProperty("problem.severity", rule.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "recommendation",
        });
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

    /// <summary>
    /// A finding in a Word document or PDF: its regions are of the text DraftLint rendered, so that text is embedded as
    /// the artifact's contents (SARIF §3.24.8) and every location names the artifact by index, as consumers that show
    /// embedded contents need; the paragraph, page or footnote is a property of the result, which viewers list.
    /// </summary>
    private static void AttachDocument(Dictionary<string, int> artifacts, Diagnostic diagnostic, Result result)
    {
        if (!artifacts.TryGetValue(diagnostic.Location.FilePath, out var index))
        {
            return;
        }

        // Related locations in another file (a language version) keep their own artifact.
        var uri = result.Locations[0].PhysicalLocation.ArtifactLocation.Uri;
        var artifactLocations = result.Locations.Concat(result.RelatedLocations ?? []).Select(l => l.PhysicalLocation?.ArtifactLocation)
            .Concat(result.Fixes?.SelectMany(f => f.ArtifactChanges).Select(c => c.ArtifactLocation) ?? []);
        foreach (var artifact in artifactLocations)
        {
            if (artifact is not null && artifact.Uri == uri)
            {
                artifact.Index = index;
            }
        }

        if (diagnostic.Location.Place is { } place)
        {
            result.SetProperty("place", place.ToString());
            if (place.Paragraph is int paragraph)
            {
                result.SetProperty("paragraph", paragraph);
            }

            if (place.Page is int page)
            {
                result.SetProperty("page", page);
            }

            if (place.Note is int note)
            {
                result.SetProperty("footnote", note);
            }
        }
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
            // The text for code scanning and the VS Code viewer, which read only the text (and its related-location
            // links); the id and arguments for consumers that render the rule's messageStrings.
            Message = new Message { Text = MessageText(diagnostic), Id = diagnostic.MessageId, Arguments = [.. diagnostic.MessageArguments] },
            Locations = [location],
            PartialFingerprints = new Dictionary<string, string> { [Fingerprints.Key] = fingerprint },
        };

        if (diagnostic.AdditionalLocations.Length > 0)
        {
            result.RelatedLocations = [.. diagnostic.AdditionalLocations.Select((related, i) => new SarifLocation
            {
                Id = i + 1,
                PhysicalLocation = Physical(related, root, withContext: false),
                Message = new Message { Text = Sentence(RelatedLabel(related)) },
            })];
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
                                DeletedRegion = RegionOf(e.Span, e.LineSpan),
                                InsertedContent = new ArtifactContent { Text = e.NewText },
                            })],
                        },
                    ],
                },
            ];
        }

        return result;
    }

    /// <summary>
    /// A result's message.text. Related locations are linked from it ("(see [the previous label](1))"), SARIF's
    /// embedded links in plain text: VS Code's SARIF viewer jumps to a related location only from a link in
    /// message.text, and GitHub links them too. Where there are links, '\', '[' and ']' of the text are escaped.
    /// </summary>
    public static string MessageText(Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Length == 0)
        {
            return Sentence(diagnostic.Message);
        }

        var links = diagnostic.AdditionalLocations.Select((related, i) => $"[{EscapeLinkText(RelatedLabel(related))}]({i + 1})");
        return Sentence($"{EscapeLinkText(diagnostic.Message.TrimEnd('.'))} (see {string.Join(", ", links)})");
    }

    private static string RelatedLabel(DraftLint.Diagnostics.Location related) => related.Message ?? "related location";

    private static string EscapeLinkText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    private static PhysicalLocation Physical(DraftLint.Diagnostics.Location location, string root, bool withContext)
    {
        var region = RegionOf(location.Span, location.LineSpan);
        var physical = new PhysicalLocation { ArtifactLocation = Artifact(location.FilePath, root), Region = region };
        var excerpt = location.Excerpt;
        if (excerpt.Snippet is null)
        {
            return physical;
        }

        region.Snippet = new ArtifactContent { Text = excerpt.Snippet };
        if (withContext && excerpt.ContextSpan is { } contextSpan)
        {
            var context = RegionOf(contextSpan, excerpt.ContextLineSpan);
            context.Snippet = new ArtifactContent { Text = excerpt.ContextText };
            physical.ContextRegion = context;
        }

        return physical;
    }

    private static Region RegionOf(DraftLint.Text.TextSpan span, DraftLint.Text.LinePositionSpan lines) =>
        new()
        {
            StartLine = lines.Start.Line,
            StartColumn = lines.Start.Column,
            EndLine = lines.End.Line,
            EndColumn = lines.End.Column,
            CharOffset = span.Start,
            CharLength = span.Length,
        };

    private static ArtifactLocation Artifact(string path, string root)
    {
        var uri = ToUri(path, root);
        return uri.IsAbsoluteUri ? new ArtifactLocation { Uri = uri } : new ArtifactLocation { Uri = uri, UriBaseId = SourceRootId };
    }

    /// <summary>
    /// A URI relative to the root where the file is below it and its relative path needs no percent-encoding, else an
    /// absolute file URI. VS Code's SARIF viewer joins a relative URI to its base as a path, without decoding it
    /// (uriRebaser.ts: Uri.joinPath), so "with%20space.txt" is looked for under that name and not found; an absolute
    /// URI it parses, which decodes it. So the relative form is written only where it is the file's name as it is:
    /// characters RFC 3986 allows in a path segment (the comma, brackets, apostrophe and the other sub-delimiters stay).
    /// A name with a space or a non-ASCII letter must be encoded and gets the absolute form; code scanning makes it
    /// relative to the checkout (the upload's checkout_uri).
    /// </summary>
    public static Uri ToUri(string path, string root)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root, full);
        var segments = DraftLint.Text.FilePaths.WithForwardSlashes(relative).Split('/');
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative) && segments.All(s => EscapeSegment(s) == s))
        {
            // A ':' in the first segment would read as a scheme ("a:b.txt"): "./" keeps the reference relative.
            var text = string.Join('/', segments);
            return new Uri(segments[0].Contains(':', StringComparison.Ordinal) ? "./" + text : text, UriKind.Relative);
        }

        return new Uri(FileUri(full), UriKind.Absolute);
    }

    /// <summary>A file URI for an absolute path, each segment percent-encoded (UTF-8) where RFC 3986 requires it.</summary>
    public static string FileUri(string fullPath)
    {
        var segments = DraftLint.Text.FilePaths.WithForwardSlashes(fullPath).Split('/').Select(EscapeSegment);
        var path = string.Join('/', segments);
        return "file://" + (path.StartsWith('/') ? path : "/" + path);
    }

    /// <summary>A path segment with every character percent-encoded that RFC 3986's pchar does not allow.</summary>
    private static string EscapeSegment(string segment)
    {
        var builder = new System.Text.StringBuilder(segment.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in segment.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-._~!$&'()*+,;=:@".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static FailureLevel ToLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FailureLevel.Error,
        DiagnosticSeverity.Warning => FailureLevel.Warning,
        DiagnosticSeverity.Note => FailureLevel.Note,
        _ => FailureLevel.None,
    };

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
