using System.Text.Json.Nodes;

namespace DraftLint.Tests.Cli.Consumers;

/// <summary>
/// What github/codeql-action's upload-sarif does to a log before it uploads it, reimplemented from its source
/// (src/upload-lib.ts, populateRunAutomationDetails and getAutomationID): with a <c>category</c> input, "category"
/// (with a trailing "/" added) becomes automationDetails.id of every run that has no automationDetails; a run that has
/// automationDetails keeps its own.
/// </summary>
internal static class UploadSarifAction
{
    public static JsonNode PopulateRunAutomationDetails(JsonNode log, string? category)
    {
        if (category is null)
        {
            // Without the input the action computes an id from the workflow's analysis key: not this test's concern.
            return log;
        }

        var id = category.EndsWith('/') ? category : category + "/";
        foreach (var run in log["runs"]!.AsArray())
        {
            if (run!["automationDetails"] is null)
            {
                run["automationDetails"] = new JsonObject { ["id"] = id };
            }
        }

        return log;
    }

    /// <summary>
    /// The primaryLocationLineHash the action computes for a result (src/fingerprints.ts, resolveUriToFile and hash):
    /// the URI percent-decoded, "file://" removed, a relative one taken from the checkout; the file read as UTF-8;
    /// a rolling hash (base 37, 64-bit) over the 100 non-space, non-tab characters from each line's start, line breaks
    /// read as '\n', then 100 characters after a -1 mark at the end; ":n" counts lines of equal hash. Null where the
    /// action finds no file. Written with arbitrary-precision integers, reduced to 64 bits as Long does.
    /// </summary>
    public static string? LineHash(JsonNode result, string checkout)
    {
        var physical = result["locations"]![0]!["physicalLocation"]!;
        var uri = Uri.UnescapeDataString(physical["artifactLocation"]!["uri"]!.GetValue<string>());
        if (uri.StartsWith("file://", StringComparison.Ordinal))
        {
            uri = uri["file://".Length..];
        }

        if (uri.Contains("://", StringComparison.Ordinal) || (uri.StartsWith('/') && !uri.StartsWith(checkout + "/", StringComparison.Ordinal)))
        {
            return null;
        }

        var path = uri.StartsWith('/') ? uri : $"{checkout}/{uri}";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = physical["region"]?["startLine"]?.GetValue<int>() ?? 1;
        return Hashes(File.ReadAllText(path, new System.Text.UTF8Encoding(false))).GetValueOrDefault(line);
    }

    private static Dictionary<int, string> Hashes(string text)
    {
        const int Block = 100;
        var mod = new System.Numerics.BigInteger(37);
        var two64 = System.Numerics.BigInteger.One << 64;
        var firstMod = System.Numerics.BigInteger.ModPow(mod, Block, two64);
        var window = new int[Block];
        var lineNumbers = Enumerable.Repeat(-1, Block).ToArray();
        var counts = new Dictionary<string, int>();
        var result = new Dictionary<int, string>();
        System.Numerics.BigInteger hash = 0;
        int index = 0, lineNumber = 0;
        bool lineStart = true, previousCr = false;

        void Output()
        {
            var value = ((hash % two64) + two64) % two64;
            var hex = value.ToString("x").TrimStart('0');
            hex = hex.Length == 0 ? "0" : hex;
            counts[hex] = counts.GetValueOrDefault(hex) + 1;
            result[lineNumbers[index]] = $"{hex}:{counts[hex]}";
            lineNumbers[index] = -1;
        }

        void Update(int current)
        {
            var begin = window[index];
            window[index] = current;
            hash = (((mod * hash) + current - (firstMod * begin)) % two64 + two64) % two64;
            index = (index + 1) % Block;
        }

        void Process(int current)
        {
            if (current == ' ' || current == '\t' || (previousCr && current == '\n'))
            {
                previousCr = false;
                return;
            }

            if (current == '\r')
            {
                current = '\n';
                previousCr = true;
            }
            else
            {
                previousCr = false;
            }

            if (lineNumbers[index] != -1)
            {
                Output();
            }

            if (lineStart)
            {
                lineStart = false;
                lineNumbers[index] = ++lineNumber;
            }

            if (current == '\n')
            {
                lineStart = true;
            }

            Update(current);
        }

        foreach (var c in text)
        {
            Process(c);
        }

        Process(65535);
        for (var i = 0; i < Block; i++)
        {
            if (lineNumbers[index] != -1)
            {
                Output();
            }

            Update(0);
        }

        return result;
    }

    /// <summary>The category code scanning files a run under: automationDetails.id up to its last "/".</summary>
    public static string CategoryOf(JsonNode run)
    {
        var id = run["automationDetails"]!["id"]!.GetValue<string>();
        return id[..(id.LastIndexOf('/') + 1)];
    }
}
