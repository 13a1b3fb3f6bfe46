using BenchmarkDotNet.Attributes;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Corpus;
using DraftLint.Data;
using DraftLint.Rules;
using DraftLint.Text;

namespace DraftLint.Benchmarks;

/// <summary>
/// The engine in one process, warmed up: parsing one seed draft, linting it with every rule, and linting a
/// generated corpus of 100 drafts on one core and on every core. Whole-process runs (start-up included) are
/// measured by run-whole-process.sh.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private AnalyzerDriver _driver = null!;
    private Func<string, FileConfiguration> _configure = null!;
    private SourceText _seed = null!;
    private LintInput[] _seedInput = null!;
    private LintInput[] _corpus = null!;

    /// <summary>The corpus size in bytes, to turn the corpus benchmarks' times into MB/s.</summary>
    public static long CorpusBytes { get; private set; }

    /// <summary>A driver with every rule and the built-in policy, as the command line makes them without a draftlint.json.</summary>
    internal static (AnalyzerDriver Driver, Func<string, FileConfiguration> Configure) CreateEngine()
    {
        var data = RuleDataSet.Default;
        var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), data);
        var configuration = new LintConfiguration(
            Path.Combine(data.Directory, "defaults.json"),
            driver.SupportedDiagnostics,
            data.Languages.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            new CommandLineSettings());
        return (driver, configuration.ForFile);
    }

    [GlobalSetup]
    public void Setup()
    {
        var data = RuleDataSet.Default;
        (_driver, _configure) = CreateEngine();

        var seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "kazakhstan-2012-motion-draft.en.txt");
        var seedText = File.ReadAllText(seedPath);
        _seed = SourceText.From(seedPath, File.ReadAllBytes(seedPath));
        _seedInput = [LintInput.FromText(seedPath, seedText)];

        var generator = new CorpusGenerator(data, seed: 1);
        var drafts = Enumerable.Range(0, 100).Select(generator.Generate).ToList();
        CorpusBytes = drafts.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        _corpus = [.. drafts.Select(d => LintInput.FromText(Path.Combine(Path.GetTempPath(), "draftlint-bench", d.FileName), d.Text))];
    }

    [Benchmark(Description = "parse the seed draft")]
    public int ParseSeed() => _driver.Engine.Parse(_seed).Items.Length;

    [Benchmark(Description = "lint the seed draft, every rule")]
    public int LintSeed() => _driver.Run(_seedInput, _configure, 1).Diagnostics.Length;

    [Benchmark(Description = "lint 100 generated drafts, one core")]
    public int LintCorpusOneCore() => _driver.Run(_corpus, _configure, 1).Diagnostics.Length;

    [Benchmark(Description = "lint 100 generated drafts, every core")]
    public int LintCorpusAllCores() => _driver.Run(_corpus, _configure).Diagnostics.Length;
}
