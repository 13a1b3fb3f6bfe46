using System.Globalization;
using DraftLint.Data;
using DraftLint.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DraftLint.Configuration;

/// <summary>
/// One layer of configuration (built-in defaults, a draftlint.json, --config, the command line), read through
/// Microsoft.Extensions.Configuration. Each layer is applied on its own, its base settings first and then its
/// overrides whose globs match, so that arrays from different files never merge index by index.
/// </summary>
internal sealed class ConfigurationLayer
{
    private static int _count;
    private readonly int _id = Interlocked.Increment(ref _count);
    private readonly Settings _base;
    private readonly List<(Matcher Matcher, Settings Settings)> _overrides = [];
    private readonly List<(Matcher Matcher, SuppressionRule Rule)> _suppressions = [];
    private readonly string? _reference;

    // Each set of "versions.sets" as full paths, resolved against this layer's folder.
    private readonly List<System.Collections.Immutable.ImmutableArray<string>> _sets = [];

    private ConfigurationLayer(string name, string baseDirectory, Settings settings)
    {
        Name = name;
        BaseDirectory = baseDirectory;
        _base = settings;
    }

    private ConfigurationLayer(string name, string baseDirectory, IConfiguration configuration)
        : this(name, baseDirectory, Settings.Read(configuration))
    {
        foreach (var section in configuration.GetSection("overrides").GetChildren())
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            var files = section.GetSection("files");
            var globs = files.Value is { } single ? [single] : files.GetChildren().Select(c => c.Value!).ToArray();
            foreach (var glob in globs)
            {
                matcher.AddInclude(glob);
            }

            _overrides.Add((matcher, Settings.Read(section)));
        }

        foreach (var section in configuration.GetSection("suppressions").GetChildren())
        {
            var files = section.GetSection("files");
            var globs = files.Value is { } single ? [single] : files.GetChildren().Select(c => c.Value!).ToArray();
            var matcher = new Matcher(StringComparison.Ordinal);
            foreach (var glob in globs.Length == 0 ? ["**/*"] : globs)
            {
                matcher.AddInclude(glob);
            }

            _suppressions.Add((matcher, new SuppressionRule(section["rule"]!, section["text"], section["justification"]!, name)));
        }

        var versions = configuration.GetSection("versions");
        _reference = versions["reference"];
        foreach (var set in versions.GetSection("sets").GetChildren())
        {
            _sets.Add([.. set.GetChildren().Select(file => Path.GetFullPath(Path.Combine(baseDirectory, file.Value!)))]);
        }
    }

    public string Name { get; }

    /// <summary>The folder that globs in this layer are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>A draftlint.json from the bytes the validator checked: the file is read once.</summary>
    public static ConfigurationLayer FromJson(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        using var stream = new MemoryStream(bytes, writable: false);
        var configuration = new ConfigurationBuilder().AddJsonStream(stream).Build();
        return new ConfigurationLayer(full, Path.GetDirectoryName(full)!, configuration);
    }

    /// <summary>The command line's layer, from its typed settings (no round trip through strings).</summary>
    public static ConfigurationLayer FromCommandLine(CommandLineSettings commandLine) =>
        new("command line", Directory.GetCurrentDirectory(), Settings.From(commandLine));

    /// <summary>
    /// Appends to <paramref name="key"/> which of this layer's suppressions and overrides apply to a file (an absolute
    /// path): two files with the same key in every layer get the same settings.
    /// </summary>
    public void AppendSelection(string fullPath, System.Text.StringBuilder key)
    {
        key.Append(_id).Append(':');
        for (var i = 0; i < _sets.Count; i++)
        {
            if (_sets[i].Contains(fullPath, StringComparer.Ordinal))
            {
                key.Append('v').Append(i);
            }
        }

        if (_suppressions.Count + _overrides.Count == 0)
        {
            return;
        }

        if (RelativePath(fullPath) is not { } relative)
        {
            return;
        }

        for (var i = 0; i < _suppressions.Count; i++)
        {
            if (_suppressions[i].Matcher.Match(relative).HasMatches)
            {
                key.Append('s').Append(i);
            }
        }

        for (var i = 0; i < _overrides.Count; i++)
        {
            if (_overrides[i].Matcher.Match(relative).HasMatches)
            {
                key.Append('o').Append(i);
            }
        }
    }

    /// <summary>Applies this layer's settings for a file (an absolute path) onto the accumulated ones.</summary>
    public void ApplyTo(string fullPath, Accumulator into)
    {
        _base.ApplyTo(into);
        into.VersionReference = _reference ?? into.VersionReference;
        foreach (var set in _sets.Where(s => s.Contains(fullPath, StringComparer.Ordinal)))
        {
            into.VersionSet = set;
        }

        if (RelativePath(fullPath) is not { } relative)
        {
            return;
        }

        foreach (var (matcher, rule) in _suppressions)
        {
            if (matcher.Match(relative).HasMatches)
            {
                into.Suppressions.Add(rule);
            }
        }

        foreach (var (matcher, settings) in _overrides)
        {
            if (matcher.Match(relative).HasMatches)
            {
                settings.ApplyTo(into);
            }
        }
    }

    // The file's path relative to this layer's folder, with forward slashes, as globs match it; null outside it.
    private string? RelativePath(string fullPath)
    {
        var relative = Path.GetRelativePath(BaseDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? null : Text.FilePaths.WithForwardSlashes(relative);
    }

    /// <summary>The settings accumulated over layers for one file.</summary>
    internal sealed class Accumulator
    {
        public string? Language { get; set; }

        public DateOnly? AsOf { get; set; }

        public Dictionary<string, DiagnosticSeverity> Severities { get; } = new(StringComparer.Ordinal);

        public List<CanonicalName> CanonicalNames { get; } = [];

        public List<string> IgnoredNames { get; } = [];

        public List<string> Acronyms { get; } = [];

        public List<SuppressionRule> Suppressions { get; } = [];

        public Dictionary<(string RuleId, string Name), int> RuleOptions { get; } = [];

        public string? VersionReference { get; set; }

        /// <summary>The explicit set of versions the file is in; a later layer's set replaces an earlier one's.</summary>
        public System.Collections.Immutable.ImmutableArray<string> VersionSet { get; set; } = [];

        // Files whose configuration names no names share one policy, and with it its merge with rules/names.json.
        public FileConfiguration ToFileConfiguration() =>
            new(
                Language is null or "auto" ? null : Language,
                AsOf,
                new Dictionary<string, DiagnosticSeverity>(Severities),
                CanonicalNames.Count + IgnoredNames.Count + Acronyms.Count == 0 ? Semantics.NamePolicy.Empty : new Semantics.NamePolicy(CanonicalNames, IgnoredNames, Acronyms),
                [.. Suppressions],
                RuleOptions.Count == 0 ? null : new Dictionary<(string, string), int>(RuleOptions),
                VersionReference is null && VersionSet.IsEmpty ? null : new VersionSettings(VersionReference, VersionSet));
    }

    private sealed class Settings
    {
        private string? _language;
        private DateOnly? _asOf;
        private readonly List<(string Id, DiagnosticSeverity? Severity, bool? Enabled)> _rules = [];
        private readonly List<((string RuleId, string Name) Key, int Value)> _ruleOptions = [];
        private readonly List<CanonicalName> _canonical = [];
        private readonly List<string> _ignore = [];
        private readonly List<string> _acronyms = [];

        public static Settings From(CommandLineSettings commandLine)
        {
            var settings = new Settings { _language = commandLine.Language, _asOf = commandLine.AsOf };
            settings._rules.AddRange(commandLine.Severities.Select(s => (s.Key, (DiagnosticSeverity?)s.Value, (bool?)null)));
            settings._rules.AddRange(commandLine.Disabled.Select(id => (id, (DiagnosticSeverity?)null, (bool?)false)));
            settings._ruleOptions.AddRange(commandLine.RuleOptions.Select(o => ((o.RuleId, o.Name), o.Value)));
            return settings;
        }

        public static Settings Read(IConfiguration section)
        {
            var settings = new Settings
            {
                _language = section["language"],
                _asOf = section["asOf"] is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            };

            var names = section.GetSection("names");
            foreach (var entry in names.GetSection("canonical").GetChildren())
            {
                settings._canonical.Add(new CanonicalName
                {
                    Name = entry["name"] ?? "",
                    Variants = [.. entry.GetSection("variants").GetChildren().Select(v => v.Value!)],
                    Accepted = [.. entry.GetSection("accepted").GetChildren().Select(v => v.Value!)],
                });
            }

            settings._ignore.AddRange(names.GetSection("ignore").GetChildren().Select(v => v.Value!));
            settings._acronyms.AddRange(names.GetSection("acronyms").GetChildren().Select(v => v.Value!));

            foreach (var rule in section.GetSection("rules").GetChildren())
            {
                if (rule.Value is { } shorthand)
                {
                    DiagnosticSeverity? severity = DiagnosticSeverityNames.TryParse(shorthand, out var parsed) ? parsed : null;
                    settings._rules.Add((rule.Key, severity, null));
                }
                else
                {
                    DiagnosticSeverity? severity = DiagnosticSeverityNames.TryParse(rule["severity"], out var s) ? s : null;
                    bool? enabled = bool.TryParse(rule["enabled"], out var e) ? e : null;
                    settings._rules.Add((rule.Key, severity, enabled));

                    // Every other key is one of the rule's options, checked by the validator before the file was read.
                    foreach (var option in rule.GetChildren().Where(c => c.Key is not ("severity" or "enabled")))
                    {
                        if (int.TryParse(option.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                        {
                            settings._ruleOptions.Add(((rule.Key, option.Key), value));
                        }
                    }
                }
            }

            return settings;
        }

        public void ApplyTo(Accumulator into)
        {
            into.CanonicalNames.AddRange(_canonical);
            into.IgnoredNames.AddRange(_ignore);
            into.Acronyms.AddRange(_acronyms);
            into.Language = _language ?? into.Language;
            into.AsOf = _asOf ?? into.AsOf;
            foreach (var (key, value) in _ruleOptions)
            {
                into.RuleOptions[key] = value;
            }

            foreach (var (id, severity, enabled) in _rules)
            {
                if (enabled == false)
                {
                    into.Severities[id] = DiagnosticSeverity.None;
                }
                else if (severity is { } s)
                {
                    into.Severities[id] = s;
                }
                else if (enabled == true)
                {
                    // Enabled without a severity: back to the rule's default, even where a lower layer turned it off.
                    into.Severities.Remove(id);
                }
            }
        }
    }
}
