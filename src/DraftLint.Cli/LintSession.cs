using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;

namespace DraftLint.Cli;

/// <summary>
/// The one place the command line assembles the engine: the shipped rule data, the built-in rules and the
/// configuration layers the command line gives. lint, fix, baseline and syntax all analyse through it.
/// </summary>
internal sealed class LintSession : IDisposable
{
    private LintSession(RuleDataSet data, LintEngine engine, LintConfiguration configuration)
    {
        Data = data;
        Engine = engine;
        Configuration = configuration;
    }

    public RuleDataSet Data { get; }

    public LintEngine Engine { get; }

    public LintConfiguration Configuration { get; }

    /// <summary>Every rule of the run: the built-in rules' descriptors and the engine's own (DR0xxx).</summary>
    public ImmutableArray<DiagnosticDescriptor> Rules => Engine.SupportedDiagnostics;

    /// <exception cref="ConfigurationException">A configuration file or the command line is wrong, or --config names no file.</exception>
    /// <exception cref="RuleDataException">The rule data is missing or malformed.</exception>
    public static LintSession Create(CommandLineSettings settings)
    {
        if (settings.ConfigFile is { } file && !File.Exists(file))
        {
            throw new ConfigurationException(file, null, null, "the configuration file (--config) does not exist");
        }

        var data = RuleDataSet.Default;
        var engine = new LintEngine(BuiltInRules.CreateAll(), data);
        try
        {
            var configuration = new LintConfiguration(
                Path.Combine(data.Directory, "defaults.json"),
                engine.SupportedDiagnostics,
                data.Languages.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
                settings);
            return new LintSession(data, engine, configuration);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    public void Dispose() => Engine.Dispose();
}
