namespace DraftLint.Tests.Infrastructure;

/// <summary>Runs the draftlint command line in-process, in a given working folder, capturing its output.</summary>
internal static class CliRunner
{
    private static readonly Lock WorkingDirectoryLock = new();

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, terminal: false, args);

    /// <summary>Runs it as a person at a terminal would: standard output is a terminal.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunAtTerminal(string workingDirectory, params string[] args) =>
        Run(workingDirectory, terminal: true, args);

    private static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, bool terminal, string[] args)
    {
        // The working folder is process-wide: tests that change it take turns.
        lock (WorkingDirectoryLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var exitCode = DraftLint.Cli.Cli.Run(args, stdout, stderr, terminal);
                return (exitCode, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}

/// <summary>A temporary folder that deletes itself.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "draftlint-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
