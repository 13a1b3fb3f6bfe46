using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DraftLint.Benchmarks -- --filter '*'   (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(DraftLint.Benchmarks.EngineBenchmarks).Assembly).Run(args);
