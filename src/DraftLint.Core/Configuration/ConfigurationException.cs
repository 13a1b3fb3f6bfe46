namespace DraftLint.Configuration;

/// <summary>A configuration problem with the file, line and column it was found at.</summary>
public sealed class ConfigurationException(string filePath, int? line, int? column, string problem)
    : Exception(line is int l ? $"{filePath}({l},{column ?? 1}): {problem}" : $"{filePath}: {problem}")
{
    public string FilePath { get; } = filePath;

    public int? Line { get; } = line;

    public int? Column { get; } = column;

    public string Problem { get; } = problem;
}
