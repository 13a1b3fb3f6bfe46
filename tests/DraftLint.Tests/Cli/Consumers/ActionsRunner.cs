namespace DraftLint.Tests.Cli.Consumers;

/// <summary>
/// How the GitHub Actions runner reads a workflow command from a step's output, reimplemented from
/// actions/runner src/Runner.Common/ActionCommand.cs (TryParseV2): the line, trimmed at its start, begins with "::";
/// the command name runs to the first space of the part before the next "::"; properties are comma-separated
/// key=value pairs, unescaped (%0D %0A %3A %2C %25); the data after the second "::" is unescaped (%0D %0A %25).
/// </summary>
internal static class ActionsRunner
{
    /// <summary>The annotation commands the runner registers (an unknown name is not a command: the line is plain output).</summary>
    public static readonly HashSet<string> AnnotationCommands = ["error", "warning", "notice"];

    /// <summary>The runner shows at most this many annotations of each type for a step (_maxCountPerIssueType).</summary>
    public const int MaxAnnotationsPerType = 10;

    public sealed record Command(string Name, IReadOnlyDictionary<string, string> Properties, string Data);

    public static Command? Parse(string line)
    {
        line = line.TrimStart();
        if (!line.StartsWith("::", StringComparison.Ordinal))
        {
            return null;
        }

        var end = line.IndexOf("::", 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var info = line[2..end];
        var space = info.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? info : info[..space];
        if (!AnnotationCommands.Contains(name))
        {
            return null;
        }

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space > 0)
        {
            foreach (var pair in info[(space + 1)..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2, StringSplitOptions.RemoveEmptyEntries);
                if (kv.Length == 2)
                {
                    properties[kv[0]] = Unescape(kv[1], property: true);
                }
            }
        }

        return new Command(name, properties, Unescape(line[(end + 2)..], property: false));
    }

    /// <summary>The annotations a step shows: the first <see cref="MaxAnnotationsPerType"/> of each type, in output order.</summary>
    public static List<Command> Shown(string output)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<Command>();
        foreach (var line in output.Split('\n'))
        {
            if (Parse(line.TrimEnd('\r')) is { } command && (counts[command.Name] = counts.GetValueOrDefault(command.Name) + 1) <= MaxAnnotationsPerType)
            {
                shown.Add(command);
            }
        }

        return shown;
    }

    private static string Unescape(string value, bool property)
    {
        // In the runner's order: %25 last, so that an escaped "%0A" stays "%0A".
        value = value.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal);
        if (property)
        {
            value = value.Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal);
        }

        return value.Replace("%25", "%", StringComparison.Ordinal);
    }
}
