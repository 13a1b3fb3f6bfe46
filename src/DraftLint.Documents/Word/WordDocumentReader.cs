using DocumentFormat.OpenXml.Packaging;
using DraftLint.Text;

namespace DraftLint.Documents.Word;

/// <summary>Reads a Word document (.docx) as the text Word displays (see <see cref="WordRendering"/>).</summary>
public static class WordDocumentReader
{
    /// <exception cref="IOException">The file is not a Word document DraftLint can read; the message says why.</exception>
    public static SourceText Read(string path, byte[] bytes) => Guard(() =>
    {
        using var document = Open(bytes, writable: false);
        var rendering = WordRendering.Render(document);
        return new SourceText(path, rendering.Text, origin: rendering.Origin.Build(bytes));
    });

    /// <summary>
    /// Runs work on a document, turning what the package library throws on a damaged file (a part is read when it is
    /// first touched, so the errors come late) into a clear message.
    /// </summary>
    /// <exception cref="IOException">The document is damaged.</exception>
    internal static T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or ArgumentException or NotSupportedException or KeyNotFoundException)
        {
            throw new IOException($"the Word document is damaged or is not a .docx ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    /// <summary>Opens a .docx from its bytes (inside <see cref="Guard"/>).</summary>
    /// <exception cref="IOException">The bytes are not a Word document DraftLint can read.</exception>
    internal static WordprocessingDocument Open(byte[] bytes, bool writable, MemoryStream? stream = null)
    {
        // An encrypted .docx is not a ZIP package but an OLE compound file holding the encrypted package, as a
        // Word 97-2003 .doc is: both start with the compound file's signature.
        ReadOnlySpan<byte> compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        if (bytes.AsSpan().StartsWith(compoundFile))
        {
            throw new IOException("the Word document is protected with a password, or is a Word 97-2003 document (.doc) renamed .docx: save it as a .docx without a password to lint it");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new IOException("not a Word document: a .docx is a ZIP package and this file is not one");
        }

        stream ??= new MemoryStream(bytes, writable: false);
        var document = WordprocessingDocument.Open(stream, writable, new OpenSettings { AutoSave = false });
        if (document.MainDocumentPart?.Document?.Body is null)
        {
            document.Dispose();
            throw new IOException("not a Word document: the package has no main document with a body (word/document.xml)");
        }

        return document;
    }
}
