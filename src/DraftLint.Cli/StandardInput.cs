using DraftLint.Analysis;
using DraftLint.Text;

namespace DraftLint.Cli;

/// <summary>
/// The text given on standard input (<c>draftlint -</c>), named by --stdin-filename for messages, configuration and
/// reports. Read once, when first loaded, and kept: a pipe cannot be read again.
/// </summary>
internal sealed class StandardInput(string path, Func<Stream> open) : LintInput
{
    /// <summary>The name reports give the text when --stdin-filename gives none.</summary>
    public const string DefaultName = "<stdin>";

    private readonly Lazy<byte[]> _bytes = new(() =>
    {
        using var stream = open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

    public override string Path { get; } = path;

    /// <summary>Decoded as a file's bytes are (byte order marks, UTF-8 or UTF-16, binary refused).</summary>
    public override SourceText Load() => SourceText.From(Path, _bytes.Value);
}
