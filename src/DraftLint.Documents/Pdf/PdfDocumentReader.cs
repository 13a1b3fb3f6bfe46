using DraftLint.Text;

namespace DraftLint.Documents.Pdf;

/// <summary>Renders a PDF's text layer, in reading order, as the text the parser reads.</summary>
public static class PdfDocumentReader
{
    /// <exception cref="IOException">The file is not a PDF DraftLint can read.</exception>
    public static SourceText Read(string path, byte[] bytes) =>
        throw new IOException("PDF input is not built yet");
}
