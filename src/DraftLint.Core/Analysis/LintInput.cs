using DraftLint.Text;

namespace DraftLint.Analysis;

/// <summary>A document to lint: a file on disk, or text held in memory (tests, editors).</summary>
public abstract class LintInput
{
    /// <summary>The path used in every report (relative to the working folder where possible).</summary>
    public abstract string Path { get; }

    /// <summary>Reads and decodes the document.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="System.Text.DecoderFallbackException">The bytes are not text.</exception>
    public abstract SourceText Load();

    public static LintInput FromFile(string path) => new FileInput(path);

    public static LintInput FromText(string path, string text) => new TextInput(path, text);

    private sealed class FileInput(string path) : LintInput
    {
        public override string Path { get; } = path;

        public override SourceText Load() => SourceText.From(Path, File.ReadAllBytes(Path));
    }

    private sealed class TextInput(string path, string text) : LintInput
    {
        public override string Path { get; } = path;

        public override SourceText Load() => new(Path, text);
    }
}
