using System.Security.Cryptography;
using System.Text;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>
/// Partial fingerprints that survive edits elsewhere in the file: the rule, the file's path relative to the
/// repository's root, the flagged text, the text of its line (white space folded) and how many identical findings came
/// before it in the file — never the line number, nor the folder the run started in. SARIF writes them; baselines
/// match results by them.
/// </summary>
internal static class Fingerprints
{
    /// <summary>The key in SARIF's partialFingerprints.</summary>
    public const string Key = "draftlintFingerprint/v1";

    /// <summary>
    /// The folder paths in fingerprints are relative to: the repository's root (the nearest folder above
    /// <paramref name="start"/> with a .git), else <paramref name="fallback"/> (the baseline's or the log's own folder).
    /// </summary>
    public static string Root(string start, string fallback)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            // A worktree or a submodule has a .git file rather than a folder.
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        return Path.GetFullPath(fallback);
    }

    /// <summary>The fingerprint of each diagnostic; the diagnostics must be in the run's deterministic order.</summary>
    public static Dictionary<Diagnostic, string> Compute(IEnumerable<Diagnostic> diagnostics, string root)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var text = location.Source;
            var line = text.ToString(text.GetLineSpan(location.LineSpan.Start.Line));
            var path = DraftLint.Text.FilePaths.WithForwardSlashes(Path.GetRelativePath(root, Path.GetFullPath(location.FilePath)));
            var key = string.Join('\u001F', diagnostic.Id, path, Fold(text.ToString(location.Span)), Fold(line));
            var count = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            result[diagnostic] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\u001F{count}")))[..32];
        }

        return result;
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
