using DraftLint.Analysis;
using DraftLint.Text;

namespace DraftLint.Benchmarks;

/// <summary>
/// What a finished run keeps alive until its report is written (issue 23): lints the .txt files of a folder as the
/// command does (each file's findings detached from its text once it is done, <c>AnalyzerDriver.Run</c>'s keep), or
/// with <c>--attached</c> as <c>fix</c> does (every <c>Diagnostic.Location</c> keeps its file's whole
/// <see cref="SourceText"/>), collects the garbage, and splits the live heap into the documents the findings hold and
/// the rest.
/// <c>dotnet run -c Release --project tests/DraftLint.Benchmarks -- retained FOLDER [--jobs N] [--attached]</c>
/// </summary>
internal static class RetainedMemory
{
    public static void Run(string folder, int jobs, bool attached)
    {
        var (driver, configure) = EngineBenchmarks.CreateEngine();
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var inputs = files.Select(LintInput.FromFile).ToList();

        var before = Live();
        var result = driver.Run(inputs, configure, jobs, keep: attached ? null : findings => [.. findings.Select(d => d.Detach())]);
        var after = Live();

        var sources = result.Diagnostics.SelectMany(d => d.AdditionalLocations.Add(d.Location)).Select(l => l.Source)
            .Where(s => s is not null).Distinct(ReferenceEqualityComparer.Instance).Cast<SourceText>().ToList();
        // A string: 22 bytes of header and length, 2 a character; the line-start array: 24 of header, 4 a line; the
        // SourceText and its encoding record: about 100.
        var texts = sources.Sum(s => 22L + (2L * s.Length) + 24 + (4L * s.LineCount) + 100);
        var mb = (double bytes) => $"{bytes / 1e6:0.0} MB";

        Console.WriteLine($"{files.Count} files, {result.Diagnostics.Length} findings, {sources.Count} documents held by them");
        Console.WriteLine($"live heap before the run: {mb(before)}; after it, with its result: {mb(after)} (+{mb(after - before)})");
        Console.WriteLine($"  the held documents' SourceTexts (text and line starts): {mb(texts)}, {texts * 100.0 / (after - before):0}% of what the run added");
        Console.WriteLine($"  everything else of the result (findings, locations, messages, fixes, documents' infos): {mb(after - before - texts)}, {(after - before - texts) / Math.Max(1, result.Diagnostics.Length):0} bytes a finding");
        if (Environment.GetEnvironmentVariable("DRAFTLINT_PAUSE") is not null)
        {
            // Time to take a heap dump of what the result holds: dotnet-gcdump collect -p PID.
            Console.WriteLine($"process {Environment.ProcessId} paused; press Enter to end");
            Console.ReadLine();
        }

        GC.KeepAlive(result);
    }

    private static long Live()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
