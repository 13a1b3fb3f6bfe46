namespace DraftLint.Text;

/// <summary>Paths as reports, globs and URIs write them: with '/' between folders.</summary>
public static class FilePaths
{
    /// <summary>
    /// The path with the system's separator written '/'. Only where the system's separator is '\' (Windows) is a
    /// backslash one: on Linux and macOS it is a character of a name ("back\slash.txt"), and replaced it names
    /// another file.
    /// </summary>
    public static string WithForwardSlashes(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}
