using DraftLint.Analysis;
using DraftLint.Cli.Output;
using DraftLint.Diagnostics;
using DraftLint.Rules;
using DraftLint.Text;

namespace DraftLint.Cli;

/// <summary>
/// `draftlint fix`: applies the fixes of the chosen rules. Writes atomically (a temporary file beside the original,
/// then a rename) in the file's own encoding, byte order mark and line endings, keeping its mode, owner and group;
/// fixes the target of a symbolic link (the link stays), a hard-linked file in place (its other names see the fix);
/// never applies two overlapping fixes in one pass; never overwrites a file that changed on disk since it was read
/// (checked again just before the rename); leaves a read-only file alone unless --force. With --dry-run, prints a
/// unified diff. Exits 1 where error-level findings remain after the fixes, as lint does.
/// </summary>
internal static class FixCommand
{
    public static int Run(LintRunResult result, IReadOnlySet<string> rules, bool dryRun, bool force, TextWriter stdout, TextWriter stderr)
    {
        foreach (var notification in result.Notifications)
        {
            stderr.WriteLine(notification.ToString());
        }

        var exit = result.Notifications.Any(n => n.Level == DiagnosticSeverity.Error) ? 2 : 0;
        int fixedCount = 0, files = 0, skipped = 0, unwritable = 0;
        var fixedFindings = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var byFile = result.Diagnostics
            .Where(d => d.Fix is not null && (rules.Count == 0 || rules.Contains(d.Id)))
            .GroupBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byFile)
        {
            // fix runs without detaching (AnalyzerDriver.Run's keep): the findings hold the texts they fix.
            var source = group.First().Location.Source!;
            var outcome = FixApplier.Apply(source.Text, group);
            skipped += outcome.Skipped.Count;
            if (outcome.Applied.Count == 0 || outcome.Text == source.Text)
            {
                continue;
            }

            IReadOnlyList<Diagnostic> applied = outcome.Applied;
            byte[]? bytes;
            if (source.Origin is { } origin)
            {
                (bytes, applied, var left) = FixDocument(source, origin, outcome.Applied, dryRun, stdout, stderr);
                unwritable += left;
                if (bytes is null)
                {
                    exit = applied.Count == 0 && left == 0 ? 2 : exit;
                    continue;
                }
            }
            else
            {
                if (dryRun)
                {
                    stdout.Write(UnifiedDiff.Create(source.Path, source.Text, outcome.Text));
                }

                bytes = Encode(source, outcome.Text);
            }

            if (!dryRun && !TryWrite(source, bytes, force, stderr))
            {
                exit = 2;
                continue;
            }

            fixedCount += applied.Count;
            fixedFindings.UnionWith(applied);
            files++;
        }

        var verb = dryRun ? "Would fix" : "Fixed";
        var summary = fixedCount == 0 ? "Nothing to fix" : $"{verb} {Wording.Quantity(fixedCount, "problem")} in {Wording.Quantity(files, "file")}";
        if (skipped > 0)
        {
            summary += $"; {Wording.Quantity(skipped, "overlapping fix", "overlapping fixes")} left for another run";
        }

        if (unwritable > 0)
        {
            summary += $"; {Wording.Quantity(unwritable, "fix", "fixes")} cannot be written into {(unwritable == 1 ? "its document" : "their documents")} (said above)";
        }

        (dryRun ? stderr : stdout).WriteLine(summary);

        // As lint's: an error-level finding the fixes did not remove fails the run (exit 1), and the count says so.
        var errorsLeft = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && !fixedFindings.Contains(d));
        if (errorsLeft > 0)
        {
            (dryRun ? stderr : stdout).WriteLine($"{Wording.Quantity(errorsLeft, "error-level finding")} {(errorsLeft == 1 ? "has" : "have")} no fix and {(errorsLeft == 1 ? "remains" : "remain")}; run draftlint to see {(errorsLeft == 1 ? "it" : "them")}");
            exit = Math.Max(exit, 1);
        }

        return exit;
    }

    private static byte[] Encode(SourceText source, string text)
    {
        var encoding = source.EncodingInfo.Encoding;
        return [.. source.EncodingInfo.HasByteOrderMark ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];
    }

    /// <summary>
    /// The fixes of a Word document as tracked changes (a PDF cannot be fixed: it is made from another document). With
    /// --dry-run, lists each change. Returns the new bytes (null where nothing is written), the fixes written, and how
    /// many could not be.
    /// </summary>
    private static (byte[]? Bytes, IReadOnlyList<Diagnostic> Applied, int Left) FixDocument(SourceText source, DocumentOrigin origin, IReadOnlyList<Diagnostic> fixes, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        if (origin.Format != SourceFormat.Word)
        {
            stderr.WriteLine($"{source.Path}: {Wording.Quantity(fixes.Count, "fix", "fixes")} not written: a {origin.FormatName} is made from another document; fix that one.");
            return (null, [], fixes.Count);
        }

        byte[] original;
        try
        {
            original = File.ReadAllBytes(source.Path);
            if (ChangedOnDisk(source, original, stderr))
            {
                return (null, [], 0);
            }

            var (bytes, outcomes) = Documents.Word.WordFixWriter.Apply(original, source.Text, fixes, DateTime.UtcNow);
            foreach (var left in outcomes.Where(o => o.Reason is not null))
            {
                stderr.WriteLine($"{source.Path}({TextReportWriter.Position(left.Diagnostic.Location)}): {left.Diagnostic.Id}: fix not written as a tracked change: {left.Reason}.");
            }

            var applied = outcomes.Where(o => o.Reason is null).Select(o => o.Diagnostic).ToList();
            if (dryRun)
            {
                foreach (var diagnostic in applied)
                {
                    foreach (var edit in diagnostic.Fix!.Edits)
                    {
                        var removed = source.ToString(edit.Span);
                        var change = (removed.Length, edit.NewText.Length) switch
                        {
                            (0, _) => $"insert \u201c{edit.NewText}\u201d",
                            (_, 0) => $"delete \u201c{removed}\u201d",
                            _ => $"replace \u201c{removed}\u201d with \u201c{edit.NewText}\u201d",
                        };
                        stdout.WriteLine($"{source.Path}({TextReportWriter.Position(Location.Create(source, edit.Span))}): {diagnostic.Id}: would {change} as a tracked change");
                    }
                }
            }

            return (bytes, applied, outcomes.Count - applied.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{source.Path}: error {ToolNotification.UnreadableFile}: cannot write the fixes: {ex.Message}");
            return (null, [], 0);
        }
    }

    private static bool TryWrite(SourceText source, byte[] bytes, bool force, TextWriter stderr)
    {
        var path = source.Path;

        // Through a symbolic link the target is fixed and the link stays a link (a rename over the link replaced it
        // with a regular file and left the target unfixed).
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

        // A short temporary name: the file's own name may already be near the 255 bytes a name may have.
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".draftlint-{Guid.NewGuid():N}.tmp");
        try
        {
            if (!force && IsReadOnly(target))
            {
                stderr.WriteLine($"{path}: error {ToolNotification.UnreadableFile}: the file is read-only; not fixed (draftlint fix --force writes it).");
                return false;
            }

            // A file edited since it was linted is left alone: the fixes were computed on the old text.
            if (ChangedOnDisk(source, target, stderr))
            {
                return false;
            }

            var ownership = RegularFiles.Ownership(target);
            if (ownership is { Links: > 1 })
            {
                // A file with other names (hard links) is written in place, so that every name sees the fix; a rename
                // would give this name a new file and leave the others on the old text.
                File.WriteAllBytes(target, bytes);
                return true;
            }

            File.WriteAllBytes(temp, bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            // The new file is the writer's; give it the old one's owner and group where the system allows (as root it
            // does: a fix run as root made every fixed file root's).
            if (ownership is { } owned)
            {
                RegularFiles.TrySetOwnership(temp, owned.Owner, owned.Group);
            }

            // An edit made while the fixes were written wins over them: read once more just before the rename.
            if (ChangedOnDisk(source, target, stderr))
            {
                File.Delete(temp);
                return false;
            }

            File.Move(temp, target, overwrite: true);
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

    private static bool ChangedOnDisk(SourceText source, string target, TextWriter stderr) =>
        ChangedOnDisk(source, File.ReadAllBytes(target), stderr);

    /// <summary>True (and said) where the file's bytes now are not what was linted.</summary>
    private static bool ChangedOnDisk(SourceText source, byte[] bytes, TextWriter stderr)
    {
        // A document by the hash of its bytes; a text by its text (a rewrite in another encoding is no change).
        if (source.Origin is { } origin
            ? System.Security.Cryptography.SHA256.HashData(bytes).AsSpan().SequenceEqual(origin.ContentHash.AsSpan())
            : SourceText.From(source.Path, bytes).Text == source.Text)
        {
            return false;
        }

        stderr.WriteLine($"{source.Path}: error {ToolNotification.UnreadableFile}: the file changed on disk since it was read; not overwritten (run draftlint fix again).");
        return true;
    }

    /// <summary>True where nobody may write the file (no write bit), or it carries the read-only attribute.</summary>
    private static bool IsReadOnly(string path) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
}
