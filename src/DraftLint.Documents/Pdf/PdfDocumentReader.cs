using System.Text;
using DraftLint.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DraftLint.Documents.Pdf;

/// <summary>
/// Renders a PDF's text layer, in reading order, as the text the parser reads: page after page, a line of text per
/// line of the page, a blank line between blocks (paragraphs, footnotes, running headers and footers), each page's
/// start marked with its page in the <see cref="DocumentOrigin"/>. This is the shape PDF extraction gives and the
/// parser already reads (footnote bodies after the text of their page, page numbers and document references as
/// debris); what the PDF marks as an artefact (a tagged PDF's running headers, footers and page numbers) is left out.
/// </summary>
public static class PdfDocumentReader
{
    /// <summary>More pages than a draft resolution has by far: a longer PDF is refused rather than read for minutes.</summary>
    public const int MaxPages = 2000;

    /// <summary>More characters than a page of a document holds by far (a dense A4 page has about 6 000).</summary>
    public const int MaxLettersPerPage = 100_000;

    /// <summary>More rendered text than any draft (about 2 000 dense pages): reading stops with an error past it.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    // Where a PDF's header may be, and where its end-of-file marker must be (ISO 32000-1, 7.5.2 and 7.5.5).
    private const int HeaderWindow = 1024;
    private const int TrailerWindow = 1024;

    private static readonly ParsingOptions Options = new()
    {
        // Lenient parsing reads the small faults real files have (offsets off by a few bytes, a missing xref).
        UseLenientParsing = true,
        // Replacement text a tagged PDF gives for what it shows (a ligature, a hyphenated word) is the text.
        UseActualText = true,
        // A missing font would drop its text silently; a damaged file is reported instead.
        SkipMissingFonts = false,
    };

    /// <summary>Reads a PDF's text layer.</summary>
    /// <param name="path">The file's path, for the <see cref="SourceText"/>.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <exception cref="IOException">The file is not a PDF DraftLint can read: not a PDF, damaged or cut short, encrypted with an open password, without pages or without text (a scan).</exception>
    public static SourceText Read(string path, byte[] bytes)
    {
        CheckIsWholePdf(bytes);

        var text = new StringBuilder();
        var origin = new DocumentOrigin.Builder(SourceFormat.Pdf);
        int pageCount;
        var pagesWithImages = 0;
        try
        {
            using var document = PdfDocument.Open(bytes, Options);
            pageCount = document.NumberOfPages;
            if (pageCount == 0)
            {
                throw new UnreadablePdfException("the PDF has no pages, so no text to lint");
            }

            if (pageCount > MaxPages)
            {
                throw new UnreadablePdfException($"the PDF has {pageCount:N0} pages, more than the {MaxPages:N0} a document may have");
            }

            for (var number = 1; number <= pageCount; number++)
            {
                var page = document.GetPage(number);
                if (page.Letters.Count > MaxLettersPerPage)
                {
                    throw new UnreadablePdfException($"page {number} of the PDF holds {page.Letters.Count:N0} characters, more than the {MaxLettersPerPage:N0} a page of a document may have");
                }

                var blocks = PdfPageLayout.Blocks(page);
                if (blocks.Count == 0 && page.NumberOfImages > 0)
                {
                    pagesWithImages++;
                }

                if (blocks.Count > 0 && text.Length > 0)
                {
                    // A page break ends a block, as a blank line does.
                    text.Append("\n\n");
                }

                origin.Mark(text.Length, new DocumentPlace(null, number, null));
                for (var b = 0; b < blocks.Count; b++)
                {
                    if (b > 0)
                    {
                        text.Append("\n\n");
                    }

                    text.AppendJoin('\n', blocks[b]);
                }

                if (text.Length > MaxCharacters)
                {
                    throw new UnreadablePdfException($"the PDF holds more than {MaxCharacters / (1024 * 1024):N0} million characters of text, more than a document may have");
                }
            }
        }
        catch (UnreadablePdfException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadablePdfException("the PDF is encrypted and needs a password to open; lint a copy saved without an open password");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig's own exceptions (PdfDocumentFormatException, PdfDocumentStackDepthException for nesting past
            // ParsingOptions.MaxStackDepth, CorruptCompressedDataException, InvalidFontFormatException) and whatever
            // else its parser throws on garbage (InvalidOperationException, ArgumentException, NotSupportedException,
            // NotImplementedException, NullReferenceException, IndexOutOfRangeException: 800 randomly damaged copies
            // of two PDFs met them all, and nothing else) say one thing: the file is damaged.
            throw new UnreadablePdfException($"the PDF is damaged and cannot be read ({Describe(ex)})", ex);
        }

        if (text.Length == 0)
        {
            // Lenient parsing reads a damaged content stream as an empty page: read strictly, a damaged file says so.
            if (StrictReadFailure(bytes) is { } failure)
            {
                throw new UnreadablePdfException($"the PDF is damaged and cannot be read ({Describe(failure)})", failure);
            }

            throw new UnreadablePdfException(pagesWithImages > 0
                ? $"the PDF has no text to lint: {(pageCount == 1 ? "its page is an image" : $"its {pageCount:N0} pages are images")} (a scan?); run text recognition (OCR) on it and lint the result"
                : $"the PDF has no text to lint: {(pageCount == 1 ? "its page is blank" : $"its {pageCount:N0} pages are blank")}");
        }

        text.Append('\n');
        return new SourceText(path, text.ToString(), encoding: null, origin: origin.Build(bytes));
    }

    /// <summary>What reading every page's text without lenient parsing throws, if anything.</summary>
    private static Exception? StrictReadFailure(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, ParsingOptions.LenientParsingOff);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                _ = document.GetPage(number).Letters.Count;
            }

            return null;
        }
        catch (PdfDocumentEncryptedException)
        {
            return null;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            return ex;
        }
    }

    /// <summary>Refuses what is not a PDF at all, or a PDF cut short, before the parser guesses at it.</summary>
    private static void CheckIsWholePdf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new UnreadablePdfException("the file is empty (0 bytes), not a PDF");
        }

        if (bytes[..Math.Min(bytes.Length, HeaderWindow)].IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadablePdfException($"the file is not a PDF: it does not begin with '%PDF-'{WhatItLooksLike(bytes)}");
        }

        // Trailing white space and NUL padding after the marker are allowed; a file cut short has no marker at its end.
        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0)
        {
            end--;
        }

        if (bytes[Math.Max(0, end - TrailerWindow)..end].IndexOf("%%EOF"u8) < 0)
        {
            throw new UnreadablePdfException("the PDF is cut short: it does not end with the end-of-file marker %%EOF (an incomplete download or copy?)");
        }
    }

    private static string WhatItLooksLike(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return " (it is a zip archive, such as a Word document, renamed .pdf)";
        }

        if (bytes.StartsWith("{\\rtf"u8))
        {
            return " (it is an RTF document renamed .pdf)";
        }

        var head = bytes[..Math.Min(bytes.Length, HeaderWindow)];
        var text = true;
        foreach (var b in head)
        {
            text &= b is >= 0x20 or (byte)'\n' or (byte)'\r' or (byte)'\t';
        }

        return text ? " (it is text: name it .txt to lint it as text)" : "";
    }

    private static string Describe(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ").Trim();
        if (message.Length > 160)
        {
            message = message[..160] + "…";
        }

        return message.Length == 0 ? ex.GetType().Name : message.TrimEnd('.');
    }

    /// <summary>A reason the PDF is not read, worded for the drafter; never wrapped again.</summary>
    private sealed class UnreadablePdfException : IOException
    {
        public UnreadablePdfException(string message)
            : base(message)
        {
        }

        public UnreadablePdfException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
