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
    public static string Root(string start, string fallback) => GitRepository.FindRoot(start) ?? Path.GetFullPath(fallback);

    /// <summary>The fingerprint of each diagnostic; the diagnostics must be in the run's deterministic order and hold their texts.</summary>
    /// <remarks>
    /// A line's folded text is made once for all the findings on it (they follow one another in that order), and the
    /// hash is fed the parts of the key rather than one string of them: a line of a megabyte with 200 findings was
    /// folded, copied and kept 200 times. The fingerprints are the same (but where a text holds U+001F, the separator, which
    /// made two keys one).
    /// </remarks>
    public static Dictionary<Diagnostic, string> Compute(IEnumerable<Diagnostic> diagnostics, string root)
    {
        // Identical findings are counted by rule, path, folded text and the digest of the folded line.
        var occurrences = new Dictionary<(string Id, string Path, string Text, string Line), int>();
        var result = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        (DraftLint.Text.SourceText? Source, int Number, string Digest, byte[] Utf8) line = (null, 0, "", []);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var text = location.Source!;
            var lineNumber = location.LineSpan.Start.Line;
            if (!ReferenceEquals(line.Source, text) || line.Number != lineNumber)
            {
                var utf8 = Encoding.UTF8.GetBytes(Fold(text.AsSpan(text.GetLineSpan(lineNumber))));
                line = (text, lineNumber, Convert.ToHexString(SHA256.HashData(utf8)), utf8);
            }

            if (!paths.TryGetValue(location.FilePath, out var path))
            {
                path = paths[location.FilePath] = DraftLint.Text.FilePaths.WithForwardSlashes(Path.GetRelativePath(root, Path.GetFullPath(location.FilePath)));
            }

            var key = (Id: diagnostic.Id, Path: path, Text: Fold(text.AsSpan(location.Span)), Line: line.Digest);
            var count = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;

            // SHA-256 of the UTF-8 of "id␟path␟text␟line␟count" (␟ is U+001F).
            hash.AppendData(Encoding.UTF8.GetBytes($"{key.Id}\u001F{key.Path}\u001F{key.Text}\u001F"));
            hash.AppendData(line.Utf8);
            hash.AppendData(Encoding.UTF8.GetBytes($"\u001F{count}"));
            result[diagnostic] = Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
        }

        return result;
    }

    /// <summary>The text with each run of white space (<see cref="char.IsWhiteSpace(char)"/>) made one space, and none at either end.</summary>
    private static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            (builder.Length > 0 ? builder.Append(' ') : builder).Append(text[start..i]);
        }

        return builder.ToString();
    }
}
