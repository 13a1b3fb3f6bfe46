using System.Collections.Concurrent;
using DraftLint.Diagnostics;

namespace DraftLint.Configuration;

/// <summary>What the command line says, the top configuration layer.</summary>
public sealed record CommandLineSettings
{
    public string? ConfigFile { get; init; }

    public DateOnly? AsOf { get; init; }

    public string? Language { get; init; }

    /// <summary>--severity ID=LEVEL, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, DiagnosticSeverity>> Severities { get; init; } = [];

    /// <summary>--disable ID.</summary>
    public IReadOnlyList<string> Disabled { get; init; } = [];

    /// <summary>Rules' options the command line sets (--link-timeout sets DR4009's timeoutSeconds).</summary>
    public IReadOnlyList<(string RuleId, string Name, int Value)> RuleOptions { get; init; } = [];
}

/// <summary>
/// Resolves the configuration of each linted file from its layers: the built-in defaults in rules/defaults.json,
/// the draftlint.json found in the file's folder or its nearest parent, --config FILE, and the command line.
/// Every file is validated once, before it is read; a problem throws a <see cref="ConfigurationException"/>.
/// </summary>
public sealed class LintConfiguration
{
    /// <summary>The name of the configuration file DraftLint looks for beside the linted files.</summary>
    public const string FileName = "draftlint.json";

    private readonly ConfigurationValidator _validator;
    private readonly ConfigurationLayer _defaults;
    private readonly ConfigurationLayer? _explicit;
    private readonly ConfigurationLayer _commandLine;
    private readonly ConcurrentDictionary<string, Lazy<ConfigurationLayer?>> _nearest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileConfiguration> _bySelection = new(StringComparer.Ordinal);

    public LintConfiguration(string defaultsFile, IEnumerable<DiagnosticDescriptor> rules, IReadOnlySet<string> knownLanguages, CommandLineSettings commandLine)
    {
        var descriptors = rules.ToList();
        var knownRuleIds = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        _validator = new ConfigurationValidator(knownRuleIds, knownLanguages, descriptors.ToDictionary(d => d.Id, d => d.Options, StringComparer.Ordinal));
        _defaults = Load(defaultsFile);
        _explicit = commandLine.ConfigFile is { } file ? Load(file) : null;
        foreach (var id in commandLine.Severities.Select(s => s.Key).Concat(commandLine.Disabled))
        {
            if (!knownRuleIds.Contains(id))
            {
                var hint = Text.EditDistance.Closest(id, knownRuleIds);
                throw new ConfigurationException("command line", null, null, $"unknown rule id '{id}'" + (hint is null ? "" : $"; did you mean '{hint}'?"));
            }
        }

        _commandLine = ConfigurationLayer.FromCommandLine(commandLine);
    }

    /// <summary>The configuration files that were read, for the run's record.</summary>
    public IEnumerable<string> Files =>
        new[] { _defaults.Name }
            .Concat(_nearest.Values.Select(Loaded).OfType<string>().Distinct().Order(StringComparer.Ordinal))
            .Concat(_explicit is null ? [] : [_explicit.Name]);

    // A file that failed to load was reported with the files under it; it is not one that was read.
    private static string? Loaded(Lazy<ConfigurationLayer?> layer)
    {
        try
        {
            return layer.Value?.Name;
        }
        catch (ConfigurationException)
        {
            return null;
        }
    }

    /// <summary>The configuration files that apply to one file, from the first layer to the last.</summary>
    /// <exception cref="ConfigurationException">A draftlint.json on the way is malformed.</exception>
    public IReadOnlyList<string> LayersFor(string path)
    {
        var nearest = NearestLayer(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return [_defaults.Name, .. nearest is null ? Array.Empty<string>() : [nearest.Name], .. _explicit is null ? Array.Empty<string>() : [_explicit.Name]];
    }

    /// <summary>The settings for one file.</summary>
    /// <exception cref="ConfigurationException">A draftlint.json on the way is malformed.</exception>
    /// <remarks>
    /// Files to which the same layers, overrides and suppressions apply share one <see cref="FileConfiguration"/>
    /// (in a repository without overrides, one per folder with its own draftlint.json): the settings are merged once.
    /// </remarks>
    public FileConfiguration ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        var nearest = NearestLayer(Path.GetDirectoryName(full)!);
        var key = new System.Text.StringBuilder();
        _defaults.AppendSelection(full, key);
        nearest?.AppendSelection(full, key.Append(';'));
        _explicit?.AppendSelection(full, key.Append(';'));
        _commandLine.AppendSelection(full, key.Append(';'));
        return _bySelection.GetOrAdd(key.ToString(), _ =>
        {
            var accumulator = new ConfigurationLayer.Accumulator();
            _defaults.ApplyTo(full, accumulator);
            nearest?.ApplyTo(full, accumulator);
            _explicit?.ApplyTo(full, accumulator);
            _commandLine.ApplyTo(full, accumulator);
            return accumulator.ToFileConfiguration();
        });
    }

    private ConfigurationLayer? NearestLayer(string directory) =>
        _nearest.GetOrAdd(directory, d => new Lazy<ConfigurationLayer?>(() =>
        {
            var candidate = Path.Combine(d, FileName);
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }

            var parent = Path.GetDirectoryName(d);
            return parent is null ? null : NearestLayer(parent);
        })).Value;

    /// <summary>
    /// A configuration is policy, not data: a names list of 50,000 entries is under a megabyte. A larger file is a
    /// mistake (a generated list, the wrong file), and reading one takes seconds (12 MB: 6 s and 680 MB).
    /// </summary>
    public const int MaxConfigurationBytes = 1024 * 1024;

    private ConfigurationLayer Load(string path)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxConfigurationBytes)
            {
                throw new ConfigurationException(path, null, null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the configuration file is {length / 1024.0 / 1024.0:0.0} MB; a draftlint.json may have at most 1 MB"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, null, null, $"cannot read the configuration file: {ex.Message}");
        }

        _validator.Validate(path, bytes);
        return ConfigurationLayer.FromJson(path, bytes);
    }
}
