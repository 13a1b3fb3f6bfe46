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

    /// <summary>The category code scanning files a run under: automationDetails.id up to its last "/".</summary>
    public static string CategoryOf(JsonNode run)
    {
        var id = run["automationDetails"]!["id"]!.GetValue<string>();
        return id[..(id.LastIndexOf('/') + 1)];
    }
}
