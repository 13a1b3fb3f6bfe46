using System.Reflection;

namespace DraftLint.Cli;

/// <summary>The tool's identity, as SARIF's tool.driver and --version show it.</summary>
internal static class ToolInfo
{
    public const string Name = "DraftLint";

    public const string FullName = "DraftLint — a linter for European Parliament draft resolutions";

    public const string InformationUri = "https://github.com/draftlint/draftlint";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
