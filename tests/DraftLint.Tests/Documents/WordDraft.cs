using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftLint.Tests.Documents;

/// <summary>The lists a test draft numbers automatically, as a drafter's template does.</summary>
internal enum WordList
{
    None,

    /// <summary>Recitals: "A.", "B." … (upper letters).</summary>
    Recitals,

    /// <summary>Paragraphs: "1.", "2." … (decimal).</summary>
    Paragraphs,

    /// <summary>Citations: a "–" bullet.</summary>
    Citations,
}

/// <summary>
/// Builds a .docx with the OpenXml SDK the way Word writes one: paragraphs, automatic numbering for recitals,
/// paragraphs and citations, footnotes, tables, tracked changes and comments. Inline markup in a paragraph's text:
/// <c>[^body]</c> a footnote, <c>{+text+}</c> a tracked insertion, <c>{-text-}</c> a tracked deletion,
/// <c>{!text!}</c> text with a comment on it, <c>{*text*}</c> bold text, <c>{?text?}</c> hidden text,
/// <c>{=CODE|result=}</c> a field with its code and result, <c>[~body]</c> an endnote.
/// </summary>
internal sealed partial class WordDraft
{
    private readonly List<Func<Context, OpenXmlElement>> _blocks = [];

    public WordDraft Paragraph(string text, WordList list = WordList.None)
    {
        _blocks.Add(context => context.Paragraph(text, list));
        return this;
    }

    /// <summary>A paragraph whose mark is deleted as a tracked change: accepted, it joins the next paragraph.</summary>
    public WordDraft ParagraphJoinedToNext(string text, WordList list = WordList.None)
    {
        _blocks.Add(context =>
        {
            var paragraph = context.Paragraph(text, list);
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.Append(new ParagraphMarkRunProperties(new Deleted { Id = "900", Author = "Jane Drafter" }));
            return paragraph;
        });
        return this;
    }

    /// <summary>A paragraph of a list that Word restarts (or continues) at <paramref name="start"/>: "Set numbering value".</summary>
    public WordDraft NumberedFrom(int start, string text, WordList list)
    {
        _blocks.Add(context => context.Paragraph(text, list, context.Restart(list, start)));
        return this;
    }

    public WordDraft Empty()
    {
        _blocks.Add(_ => new Paragraph());
        return this;
    }

    /// <summary>A table of rows of cells, one paragraph each.</summary>
    public WordDraft Table(params string[][] rows)
    {
        _blocks.Add(context => new Table(rows.Select(row => new TableRow(row.Select(cell => new TableCell(context.Paragraph(cell, WordList.None)))))));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var context = new Context(main);
            var body = new Body();
            foreach (var block in _blocks)
            {
                body.Append(block(context));
            }

            main.Document = new Document(body);
            context.Finish();
        }

        return stream.ToArray();
    }

    public string Save(string folder, string name)
    {
        var path = System.IO.Path.Combine(folder, name);
        File.WriteAllBytes(path, Build());
        return path;
    }

    [GeneratedRegex(@"\[\^(?<note>[^\]]*)\]|\[~(?<endnote>[^\]]*)\]|\{\+(?<ins>.*?)\+\}|\{-(?<del>.*?)-\}|\{!(?<comment>.*?)!\}|\{\*(?<bold>.*?)\*\}|\{\?(?<hidden>.*?)\?\}|\{=(?<code>[^|]*)\|(?<result>.*?)=\}")]
    private static partial Regex Markup();

    private sealed class Context
    {
        private static readonly DateTime RevisionDate = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        private readonly MainDocumentPart _main;
        private readonly Numbering _numbering;
        private readonly Footnotes _footnotes;
        private readonly Comments _comments;
        private readonly Endnotes _endnotes;
        private int _nextId = 1;
        private int _nextNum = 4;

        public Context(MainDocumentPart main)
        {
            _main = main;
            _numbering = new Numbering(
                AbstractList(1, NumberFormatValues.UpperLetter, "%1."),
                AbstractList(2, NumberFormatValues.Decimal, "%1."),
                AbstractList(3, NumberFormatValues.Bullet, "–"),
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = 3 });
            _footnotes = new Footnotes(
                new Footnote(new Paragraph()) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph()) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            _comments = new Comments();
            _endnotes = new Endnotes(
                new Endnote(new Paragraph()) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Endnote(new Paragraph()) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        }

        public int Restart(WordList list, int start)
        {
            var num = _nextNum++;
            _numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = (int)list },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 })
            { NumberID = num });
            return num;
        }

        public Paragraph Paragraph(string text, WordList list, int? numId = null)
        {
            var paragraph = new Paragraph();
            if (list != WordList.None)
            {
                paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId ?? (int)list })));
            }

            AppendInline(paragraph, text);
            return Clean(paragraph);
        }

        private void AppendInline(Paragraph paragraph, string text)
        {
            var at = 0;
            foreach (Match m in Markup().Matches(text))
            {
                paragraph.Append(Run(text[at..m.Index]));
                if (m.Groups["note"].Success)
                {
                    var id = _nextId++;
                    var body = new Paragraph(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()));
                    AppendInline(body, " " + m.Groups["note"].Value);
                    _footnotes.Append(new Footnote(Clean(body)) { Id = id });
                    paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id }));
                }
                else if (m.Groups["endnote"].Success)
                {
                    var id = _nextId++;
                    _endnotes.Append(new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), Run(" " + m.Groups["endnote"].Value))) { Id = id });
                    paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new EndnoteReference { Id = id }));
                }
                else if (m.Groups["bold"].Success)
                {
                    paragraph.Append(new Run(new RunProperties(new Bold()), new WordText(m.Groups["bold"].Value) { Space = SpaceProcessingModeValues.Preserve }));
                }
                else if (m.Groups["hidden"].Success)
                {
                    paragraph.Append(new Run(new RunProperties(new Vanish()), new WordText(m.Groups["hidden"].Value) { Space = SpaceProcessingModeValues.Preserve }));
                }
                else if (m.Groups["code"].Success)
                {
                    paragraph.Append(
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(m.Groups["code"].Value) { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                        Run(m.Groups["result"].Value),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                }
                else if (m.Groups["ins"].Success)
                {
                    paragraph.Append(new InsertedRun(Run(m.Groups["ins"].Value)) { Id = (_nextId++).ToString(), Author = "Jane Drafter", Date = RevisionDate });
                }
                else if (m.Groups["del"].Success)
                {
                    paragraph.Append(new DeletedRun(new Run(new DeletedText(m.Groups["del"].Value) { Space = SpaceProcessingModeValues.Preserve })) { Id = (_nextId++).ToString(), Author = "Jane Drafter", Date = RevisionDate });
                }
                else
                {
                    var id = (_nextId++).ToString();
                    _comments.Append(new Comment(new Paragraph(Run("Check this."))) { Id = id, Author = "A Reviewer", Date = RevisionDate });
                    paragraph.Append(new CommentRangeStart { Id = id }, Run(m.Groups["comment"].Value), new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id }));
                }

                at = m.Index + m.Length;
            }

            paragraph.Append(Run(text[at..]));
        }

        public void Finish()
        {
            _main.AddNewPart<NumberingDefinitionsPart>().Numbering = _numbering;
            _main.AddNewPart<FootnotesPart>().Footnotes = _footnotes;
            _main.AddNewPart<WordprocessingCommentsPart>().Comments = _comments;
            _main.AddNewPart<EndnotesPart>().Endnotes = _endnotes;
        }

        private static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

        // Runs of no text are left out, as Word leaves them out.
        private static Paragraph Clean(Paragraph paragraph)
        {
            foreach (var run in paragraph.Elements<Run>().Where(r => r.ChildElements.Count == 1 && r.GetFirstChild<WordText>() is { Text: "" }).ToList())
            {
                run.Remove();
            }

            return paragraph;
        }

        private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) =>
            new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }, new LevelSuffix { Val = LevelSuffixValues.Tab }) { LevelIndex = 0 })
            { AbstractNumberId = id };
    }
}
