using System.Diagnostics;

namespace DraftLint.Tests.Documents;

/// <summary>
/// A test that needs LibreOffice (soffice): skipped where it is not installed, unless DRAFTLINT_REQUIRE_LIBREOFFICE
/// is set (as .ci/run sets it), where the test runs and fails on the missing program instead of passing unseen.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Program is null && Environment.GetEnvironmentVariable("DRAFTLINT_REQUIRE_LIBREOFFICE") is null or "")
        {
            Skip = "LibreOffice (soffice) is not installed; .ci/run installs it";
        }
    }
}

/// <summary>Runs LibreOffice headless to convert a file, as a user's office suite would open it.</summary>
internal static class LibreOffice
{
    public static string? Program { get; } = FindProgram();

    /// <summary>Converts <paramref name="input"/> to <paramref name="filter"/> ("txt", "pdf") in a folder of its own and returns the new file.</summary>
    public static string Convert(string input, string filter)
    {
        var program = Program ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed; .ci/run installs it with apt-get");
        var output = Directory.CreateTempSubdirectory("draftlint-lo-").FullName;

        // A profile of its own: two conversions at once with one profile make the second fail.
        var profile = Directory.CreateTempSubdirectory("draftlint-lo-profile-").FullName;
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filter, "--outdir", output, input },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"LibreOffice did not convert {input} within two minutes");
        }

        var extension = filter.Split(':')[0];
        var converted = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + "." + extension);
        if (process.ExitCode != 0 || !File.Exists(converted))
        {
            throw new InvalidOperationException($"LibreOffice could not convert {input} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        }

        return converted;
    }

    private static string? FindProgram() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
}
