using DraftLint.Text;

namespace DraftLint.Documents.Word;

/// <summary>Renders a Word document as the text Word displays.</summary>
public static class WordDocumentReader
{
    /// <exception cref="IOException">The file is not a Word document DraftLint can read.</exception>
    public static SourceText Read(string path, byte[] bytes) =>
        throw new IOException("Word input is not built yet");
}
