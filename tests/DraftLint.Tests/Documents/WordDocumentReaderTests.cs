using DraftLint.Documents.Word;
using DraftLint.Text;

namespace DraftLint.Tests.Documents;

public sealed class WordDocumentReaderTests
{
    private static SourceText Read(WordDraft draft) => WordDocumentReader.Read("draft.docx", draft.Build());

    [Fact]
    public void Automatic_numbering_is_rendered_as_Word_shows_it()
    {
        var text = Read(new WordDraft()
            .Paragraph("European Parliament resolution on Kazakhstan")
            .Paragraph("The European Parliament,")
            .Paragraph("having regard to Rule 144 of its Rules of Procedure,", WordList.Citations)
            .Empty()
            .Paragraph("whereas one;", WordList.Recitals)
            .Paragraph("whereas two;", WordList.Recitals)
            .Paragraph("Calls for something;", WordList.Paragraphs)
            .Paragraph("Instructs its President to forward this resolution.", WordList.Paragraphs));

        text.Text.ShouldBe(
            "European Parliament resolution on Kazakhstan\n\nThe European Parliament,\n\n– having regard to Rule 144 of its Rules of Procedure,\n\n"
            + "A. whereas one;\n\nB. whereas two;\n\n1. Calls for something;\n\n2. Instructs its President to forward this resolution.");
        text.Origin!.Format.ShouldBe(SourceFormat.Word);
        text.Origin.PlaceOf(text.Text.IndexOf("B. whereas", StringComparison.Ordinal)).ShouldBe(new DocumentPlace(6, null, null), "the empty paragraph counts");
    }

    [Fact]
    public void Scratch()
    {
        var path = new WordDraft()
            .Paragraph("European Parliament resolution of 15 March 2012 on Kazakhstan")
            .Paragraph("The European Parliament,")
            .Paragraph("having regard to its resolution of 15 December 2011 on Central Asia[^P7_TA(2011)0588],", WordList.Citations)
            .Paragraph("having regard to Rule 122(5) of its Rules of Procedure,", WordList.Citations)
            .Paragraph("whereas on 30 February 2012 the {-old -}{+new +}law was signed;", WordList.Recitals)
            .Paragraph("whereas the {!Vinyavski!} case remains open;", WordList.Recitals)
            .NumberedFrom(4, "whereas Vinyavskiy was arrested;", WordList.Recitals)
            .Table(["Calls for the release;", "x"])
            .Paragraph("Calls for the release of all political prisoners,, from 2-13 December 2011;", WordList.Paragraphs)
            .Paragraph("Instructs its President to forward this resolution to the Council and the Commission.", WordList.Paragraphs)
            .Save("/tmp", "scratch.docx");
        File.Exists(path).ShouldBeTrue();
    }
}
