using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DraftLint.Benchmarks -- --filter '*'   (see docs/performance.md)
// dotnet run -c Release --project tests/DraftLint.Benchmarks -- retained FOLDER [--jobs N]   (what a run keeps for its report)
if (args is ["retained", var folder, .. var rest])
{
    DraftLint.Benchmarks.RetainedMemory.Run(folder, rest is ["--jobs", var jobs] ? int.Parse(jobs, System.Globalization.CultureInfo.InvariantCulture) : 0);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DraftLint.Benchmarks.EngineBenchmarks).Assembly).Run(args);
