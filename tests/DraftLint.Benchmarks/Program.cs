using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DraftLint.Benchmarks -- --filter '*'   (see docs/performance.md)
// dotnet run -c Release --project tests/DraftLint.Benchmarks -- retained FOLDER [--jobs N] [--attached]   (what a run keeps for its report)
if (args is ["retained", var folder, .. var rest])
{
    var jobs = rest.SkipWhile(a => a != "--jobs").Skip(1).FirstOrDefault();
    DraftLint.Benchmarks.RetainedMemory.Run(folder, jobs is null ? 0 : int.Parse(jobs, System.Globalization.CultureInfo.InvariantCulture), rest.Contains("--attached"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DraftLint.Benchmarks.EngineBenchmarks).Assembly).Run(args);
