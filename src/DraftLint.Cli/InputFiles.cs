using DraftLint.Analysis;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DraftLint.Cli;

/// <summary>Turns the command line's paths, folders and globs into the files to lint.</summary>
internal static class InputFiles
{
    /// <summary>The extensions linted when a folder is named: texts, Word documents and PDFs.</summary>
    public static readonly string[] Extensions = [".txt", .. Documents.DocumentInputs.DocumentExtensions];

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git", ".vs", "artifacts"];

    /// <summary>The argument that names standard input.</summary>
    public const string StandardInputArgument = "-";

    /// <summary>The inputs in a stable order, and a notification for each argument that names nothing.</summary>
    /// <param name="arguments">Paths, folders and globs; "-" is standard input.</param>
    /// <param name="stdinName">The name standard input is reported and configured under (--stdin-filename).</param>
    public static (List<LintInput> Inputs, List<ToolNotification> Problems) Expand(IEnumerable<string> arguments, string? stdinName = null)
    {
        var list = arguments.ToList();
        var (inputs, problems) = ExpandPaths(list.Where(a => a != StandardInputArgument));
        if (list.Contains(StandardInputArgument))
        {
            inputs.Add(new StandardInput(stdinName is null ? StandardInput.DefaultName : Display(stdinName), Console.OpenStandardInput));
        }

        return (inputs, problems);
    }

    private static (List<LintInput> Inputs, List<ToolNotification> Problems) ExpandPaths(IEnumerable<string> arguments)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<ToolNotification>();
        var workingFolder = Directory.GetCurrentDirectory(); // once, not a system call per file
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                // Named on the command line, a pipe is read (draftlint /dev/stdin); only a folder's walk skips them.
                files.Add(Display(argument, workingFolder));
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in EnumerateFolder(argument, Canonical(argument), visited, skipped, problems))
                {
                    files.Add(Display(file, workingFolder));
                }
            }
            else if (argument.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matches = Glob(argument).ToList();
                if (matches.Count == 0)
                {
                    problems.Add(new ToolNotification(ToolNotification.UnreadableFile, argument, "the pattern matches no file"));
                }

                files.UnionWith(matches.Select(m => Display(m, workingFolder)));
            }
            else
            {
                problems.Add(new ToolNotification(ToolNotification.UnreadableFile, argument, "no such file or folder"));
            }
        }

        // Said once for the run, with the first of them: a folder of pipes is not a list of problems.
        if (skipped.Count > 0)
        {
            problems.Add(new ToolNotification(
                ToolNotification.UnreadableFile,
                Display(skipped[0], workingFolder),
                $"not a regular file (a pipe, a socket or a device): not linted{(skipped.Count > 1 ? $", nor {skipped.Count - 1} more like it" : "")}",
                Diagnostics.DiagnosticSeverity.Note));
        }

        return ([.. files.Select(Documents.DocumentInputs.FromFile)], problems);
    }

    /// <summary>
    /// The texts under a folder. Each real folder is walked once, however many links lead to it (a link back up the
    /// tree would make the walk endless, and one to a parent would lint its files again under other names); what is not
    /// a regular file is skipped and counted; a folder that cannot be read is a problem of the run (its files would
    /// otherwise be missing from it unseen).
    /// </summary>
    private static IEnumerable<string> EnumerateFolder(string folder, string canonical, HashSet<string> visited, List<string> skipped, List<ToolNotification> problems)
    {
        if (!visited.Add(canonical))
        {
            yield break;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        List<string> files, folders;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", options)];
            folders = [.. Directory.EnumerateDirectories(folder, "*", options)];
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
            problems.Add(new ToolNotification(ToolNotification.UnreadableFile, Display(folder), $"cannot read the folder ({reason}): the texts in it are not linted"));
            yield break;
        }

        foreach (var file in files)
        {
            // "~$draft.docx" is the owner file Word keeps beside a document it has open, not a document.
            if (Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal))
            {
                if (RegularFiles.IsRegular(file))
                {
                    yield return file;
                }
                else
                {
                    skipped.Add(file);
                }
            }
        }

        foreach (var sub in folders)
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
            {
                var real = new DirectoryInfo(sub).LinkTarget is null ? Path.Combine(canonical, Path.GetFileName(sub)) : Canonical(sub);
                foreach (var file in EnumerateFolder(sub, real, visited, skipped, problems))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>A folder's path with every link on the way resolved.</summary>
    private static string Canonical(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parent = Path.GetDirectoryName(full);
        var name = Path.GetFileName(full);
        var resolvedParent = parent is null ? null : Canonical(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, name);
        var info = new DirectoryInfo(here);
        return info.LinkTarget is null ? here : Canonical(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? here);
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        // The part before the first wildcard segment is the folder the glob is relative to.
        var normalized = Text.FilePaths.WithForwardSlashes(pattern);
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?', '[']) < 0).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (normalized.StartsWith('/') && fixedCount <= 1)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        return matcher.GetResultsInFullPath(root);
    }

    /// <summary>The path as reports show it: relative to the working folder where the file is below it, with '/'.</summary>
    public static string Display(string path) => Display(path, Directory.GetCurrentDirectory());

    private static string Display(string path, string workingFolder)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(workingFolder, full);
        return Text.FilePaths.WithForwardSlashes(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative);
    }
}
