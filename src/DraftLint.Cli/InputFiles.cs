using DraftLint.Analysis;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DraftLint.Cli;

/// <summary>Turns the command line's paths, folders and globs into the files to lint.</summary>
internal static class InputFiles
{
    /// <summary>The extensions linted when a folder is named.</summary>
    public static readonly string[] Extensions = [".txt"];

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git", ".vs", "artifacts"];

    /// <summary>The inputs in a stable order, and a notification for each argument that names nothing.</summary>
    public static (List<LintInput> Inputs, List<ToolNotification> Problems) Expand(IEnumerable<string> arguments)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<ToolNotification>();
        var workingFolder = Directory.GetCurrentDirectory(); // once, not a system call per file
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(Display(argument, workingFolder));
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in EnumerateFolder(argument))
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

        return ([.. files.Select(LintInput.FromFile)], problems);
    }

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            if (Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
            {
                foreach (var file in EnumerateFolder(sub))
                {
                    yield return file;
                }
            }
        }
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        // The part before the first wildcard segment is the folder the glob is relative to.
        var normalized = pattern.Replace('\\', '/');
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
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
    }
}
