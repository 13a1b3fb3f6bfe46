using DraftLint.Analysis;
using DraftLint.Documents.Pdf;
using DraftLint.Documents.Word;
using DraftLint.Text;

namespace DraftLint.Documents;

/// <summary>
/// The one place a file's name decides how it is read: a Word document (.docx) and a PDF are rendered to text with
/// a map back to their paragraphs and pages; every other file is read as text.
/// </summary>
public static class DocumentInputs
{
    /// <summary>The extensions read as documents rather than text.</summary>
    public static readonly IReadOnlyList<string> DocumentExtensions = [WordExtension, PdfExtension];

    public const string WordExtension = ".docx";

    public const string PdfExtension = ".pdf";

    /// <summary>A document is read whole into memory; larger files are refused rather than read for minutes.</summary>
    public const long MaxDocumentBytes = 256L * 1024 * 1024;

    public static LintInput FromFile(string path) => FormatOf(path) switch
    {
        _ when Path.GetExtension(path).Equals(".doc", StringComparison.OrdinalIgnoreCase) => new DocumentInput(path, static (_, _) =>
            throw new IOException("a Word 97-2003 document (.doc) is not read: save it as a Word document (.docx) to lint it")),
        SourceFormat.Word => new DocumentInput(path, WordDocumentReader.Read),
        SourceFormat.Pdf => new DocumentInput(path, PdfDocumentReader.Read),
        _ => LintInput.FromFile(path),
    };

    /// <summary>The format a file's name says it has.</summary>
    public static SourceFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        WordExtension => SourceFormat.Word,
        PdfExtension => SourceFormat.Pdf,
        _ => SourceFormat.Text,
    };

    /// <summary>Reads a document's bytes, refusing what is too large to be a draft.</summary>
    /// <exception cref="IOException">The file cannot be read or is too large.</exception>
    public static byte[] ReadBytes(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxDocumentBytes)
        {
            throw new IOException($"the file is {info.Length / (1024 * 1024):N0} MB, more than the {MaxDocumentBytes / (1024 * 1024):N0} MB a document may have");
        }

        return File.ReadAllBytes(path);
    }

    private sealed class DocumentInput(string path, Func<string, byte[], SourceText> read) : LintInput
    {
        public override string Path { get; } = path;

        public override SourceText Load() => read(Path, ReadBytes(Path));
    }
}
