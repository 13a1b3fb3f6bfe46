using System.Text.Json;
using System.Text.RegularExpressions;

namespace DraftLint.Tests.Cli.Consumers;

/// <summary>
/// How VS Code's SARIF viewer (microsoft/sarif-vscode-extension) finds a result's file and the text it selects,
/// reimplemented from its source: src/extension/uriRebaser.ts (translateArtifactToLocal), uriExists.ts and
/// regionToSelection.ts, with vscode-uri's Uri.parse (which decodes the path) and Uri.joinPath (which joins the path
/// as it is, without decoding). The user-configured bases, the workspace folder and the name-based guesses that follow
/// are left out: they are what the viewer falls back on when this resolution fails.
/// </summary>
internal static partial class SarifViewer
{
    /// <summary>The local path the viewer opens for an artifact location, or null where it finds no file.</summary>
    public static string? Resolve(JsonElement run, JsonElement artifactLocation)
    {
        var uri = artifactLocation.GetProperty("uri").GetString()!;
        if (!Scheme().IsMatch(uri))
        {
            // Relative: joined to originalUriBaseIds[uriBaseId].uri, one level deep.
            if (!artifactLocation.TryGetProperty("uriBaseId", out var id)
                || !run.TryGetProperty("originalUriBaseIds", out var bases)
                || !bases.TryGetProperty(id.GetString()!, out var baseLocation))
            {
                return null;
            }

            var joined = JoinPath(ParsePath(baseLocation.GetProperty("uri").GetString()!), uri);
            return File.Exists(joined) ? joined : null;
        }

        var path = ParsePath(uri);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The text the editor selects for a region: regionToSelection's line and column rules (UTF-16, end column exclusive, a start in the leading white space moved to the first non-blank).</summary>
    public static string Selected(string text, JsonElement region)
    {
        var lines = LineBreak().Split(text);
        var starts = new List<int> { 0 };
        foreach (Match m in LineBreak().Matches(text))
        {
            starts.Add(m.Index + m.Length);
        }

        var startLine = region.GetProperty("startLine").GetInt32() - 1;
        var line = lines[startLine];
        var firstNonBlank = line.Length - line.TrimStart().Length;
        if (firstNonBlank == line.Length)
        {
            // VS Code's firstNonWhitespaceCharacterIndex of a blank line is its length.
            firstNonBlank = line.Length;
        }

        var startColumn = Math.Max(firstNonBlank, region.TryGetProperty("startColumn", out var sc) ? sc.GetInt32() - 1 : 0);
        var endLine = region.TryGetProperty("endLine", out var el) ? el.GetInt32() - 1 : startLine;
        var endColumn = region.TryGetProperty("endColumn", out var ec) ? ec.GetInt32() - 1 : lines[startLine].Length;
        var start = starts[startLine] + Math.Min(startColumn, lines[startLine].Length);
        var end = starts[endLine] + Math.Min(endColumn, lines[endLine].Length);
        return end <= start ? "" : text[start..end];
    }

    /// <summary>vscode-uri's Uri.parse(…).path for a file URI: the path after the authority, percent-decoded.</summary>
    private static string ParsePath(string uri)
    {
        var match = UriParts().Match(uri);
        return Uri.UnescapeDataString(match.Groups["path"].Value);
    }

    /// <summary>vscode-uri's Uri.joinPath: the fragment appended to the path as it is, then '.' and '..' normalized (posix.join).</summary>
    private static string JoinPath(string basePath, string fragment)
    {
        var parts = new List<string>();
        foreach (var part in $"{basePath}/{fragment}".Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join('/', parts);
    }

    // uriRebaser.ts: a URI is absolute when it starts with a scheme.
    [GeneratedRegex("^([^:/?#]+?):")]
    private static partial Regex Scheme();

    // RFC 3986's regular expression (appendix B), as vscode-uri parses.
    [GeneratedRegex("^(([^:/?#]+?):)?(//(?<authority>[^/?#]*))?(?<path>[^?#]*)(\\?([^#]*))?(#(.*))?")]
    private static partial Regex UriParts();

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
