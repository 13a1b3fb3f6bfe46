using System.Security.Cryptography;
using System.Text;
using DraftLint.Diagnostics;

namespace DraftLint.Cli.Output;

/// <summary>
/// Partial fingerprints that survive edits elsewhere in the file: the rule, the file, the flagged text, the text of
/// its line (white space folded) and how many identical findings came before it in the file — never the line number.
/// SARIF writes them; baselines match results by them.
/// </summary>
internal static class Fingerprints
{
    /// <summary>The key in SARIF's partialFingerprints.</summary>
    public const string Key = "draftlintFingerprint/v1";

    /// <summary>The fingerprint of each diagnostic; the diagnostics must be in the run's deterministic order.</summary>
    public static Dictionary<Diagnostic, string> Compute(IEnumerable<Diagnostic> diagnostics)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var text = location.Source;
            var line = text.ToString(text.GetLineSpan(location.LineSpan.Start.Line));
            var key = string.Join('\u001F', diagnostic.Id, location.FilePath, Fold(text.ToString(location.Span)), Fold(line));
            var count = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            result[diagnostic] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\u001F{count}")))[..32];
        }

        return result;
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
