using DraftLint.Analysis;
using DraftLint.Cli.Output;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Text;

namespace DraftLint.Cli;

/// <summary>
/// `draftlint fix`: applies the fixes of the chosen rules. Writes atomically (a temporary file beside the original,
/// then a rename) in the file's own encoding, byte order mark and line endings; never applies two overlapping fixes
/// in one pass; never overwrites a file that changed on disk since it was read. With --dry-run, prints a unified diff.
/// </summary>
internal static class FixCommand
{
    public static int Run(LintRunResult result, IReadOnlySet<string> rules, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        foreach (var notification in result.Notifications)
        {
            stderr.WriteLine(notification.ToString());
        }

        var exit = result.Notifications.Any(n => n.Level == DiagnosticSeverity.Error) ? 2 : 0;
        int fixedCount = 0, files = 0, skipped = 0;
        var byFile = result.Diagnostics
            .Where(d => d.Fix is not null && (rules.Count == 0 || rules.Contains(d.Id)))
            .GroupBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byFile)
        {
            var source = group.First().Location.Source;
            var outcome = FixApplier.Apply(source.Text, group);
            skipped += outcome.Skipped.Count;
            if (outcome.Applied.Count == 0 || outcome.Text == source.Text)
            {
                continue;
            }

            if (dryRun)
            {
                stdout.Write(UnifiedDiff.Create(source.Path, source.Text, outcome.Text));
            }
            else if (!TryWrite(source, outcome.Text, stderr))
            {
                exit = 2;
                continue;
            }

            fixedCount += outcome.Applied.Count;
            files++;
        }

        var verb = dryRun ? "Would fix" : "Fixed";
        var summary = fixedCount == 0 ? "Nothing to fix" : $"{verb} {Wording.Quantity(fixedCount, "problem")} in {Wording.Quantity(files, "file")}";
        if (skipped > 0)
        {
            summary += $"; {Wording.Quantity(skipped, "overlapping fix", "overlapping fixes")} left for another run";
        }

        (dryRun ? stderr : stdout).WriteLine(summary);
        return exit;
    }

    private static bool TryWrite(SourceText source, string text, TextWriter stderr)
    {
        var path = source.Path;
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.draftlint-{Guid.NewGuid():N}.tmp");
        try
        {
            // A file edited since it was linted is left alone: the fixes were computed on the old text.
            var current = SourceText.From(path, File.ReadAllBytes(path));
            if (current.Text != source.Text)
            {
                stderr.WriteLine($"{path}: error {ToolNotification.UnreadableFile}: the file changed on disk since it was read; not overwritten (run draftlint fix again).");
                return false;
            }

            var encoding = source.EncodingInfo.Encoding;
            byte[] bytes = [.. source.EncodingInfo.HasByteOrderMark ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];
            File.WriteAllBytes(temp, bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            stderr.WriteLine($"{path}: error {ToolNotification.UnreadableFile}: cannot write the fixes: {ex.Message}");
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            return false;
        }
    }
}
