using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftLint.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftLint.Documents.Word;

/// <summary>
/// The text a Word document shows, as DraftLint lints it, with a map from the text back to the document.
/// </summary>
/// <remarks>
/// One line per paragraph of the body (tables row by row, cell by cell), a blank line between paragraphs, empty
/// paragraphs left out; each paragraph opens with its numbering label as Word shows it. Tracked changes read as the
/// text would be once they are accepted (insertions in, deletions out), field codes as their results, hidden text
/// left out. Footnote and endnote references are their numbers glued to the word before them, in one sequence in
/// document order, and their bodies follow the text, one per line ("1 P9_TA(2021)0045"): the shape the text parser
/// knows from PDF extractions.
/// </remarks>
internal sealed class WordRendering
{
    private readonly StringBuilder _text = new();
    private readonly List<Piece> _pieces = [];

    // Kept here until the text is done (and not in the origin) because a note's leading space is trimmed after it is rendered.
    private readonly List<DocumentLeftover> _leftovers = [];
    private readonly DocumentOrigin.Builder _origin = new(SourceFormat.Word);
    private readonly WordNumbering _numbering;
    private readonly MainDocumentPart _main;
    private readonly Dictionary<string, int> _openComments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _commentAuthors = new(StringComparer.Ordinal);
    private readonly List<(bool Endnote, string Id, int Number)> _notes = [];
    private int _paragraphIndex;
    private bool _joinNext;

    private WordRendering(MainDocumentPart main)
    {
        _main = main;
        _numbering = new WordNumbering(main);
        if (main.WordprocessingCommentsPart?.Comments is { } comments)
        {
            foreach (var comment in comments.Elements<Comment>())
            {
                if (comment.Id?.Value is { } id)
                {
                    _commentAuthors[id] = comment.Author?.Value;
                }
            }
        }
    }

    /// <summary>A run of the rendered text copied from one w:t element of the document.</summary>
    /// <param name="Start">Where the copy starts in the rendered text.</param>
    /// <param name="Element">The w:t it was copied from.</param>
    /// <param name="Offset">Where in the element's text the copy starts.</param>
    /// <param name="Length">How many characters were copied.</param>
    public readonly record struct Piece(int Start, WordText Element, int Offset, int Length)
    {
        public int End => Start + Length;
    }

    public string Text { get; private set; } = "";

    /// <summary>Every run of text copied from the document, in order of the rendered text; what lies between was generated (labels, marks, separators).</summary>
    public IReadOnlyList<Piece> Pieces => _pieces;

    public DocumentOrigin.Builder Origin => _origin;

    public static WordRendering Render(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new IOException("not a Word document: it has no main document part (word/document.xml)");
        var body = main.Document?.Body ?? throw new IOException("not a Word document: its main part has no body");
        var rendering = new WordRendering(main);
        rendering.Blocks(body);
        rendering.NoteBodies();
        rendering.Text = rendering._text.ToString();
        foreach (var leftover in rendering._leftovers)
        {
            rendering._origin.AddLeftover(leftover);
        }

        return rendering;
    }

    private void Blocks(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            Blocks(cell);
                        }
                    }

                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content);
                    break;
                case CustomXmlBlock or SdtContentBlock:
                    Blocks(element);
                    break;
                case InsertedRun or MoveToRun or DeletedRun or MoveFromRun:
                    // Run-level revision marks between blocks hold no paragraphs.
                    break;
            }
        }
    }

    private void Paragraph(Paragraph paragraph)
    {
        _paragraphIndex++;

        // A paragraph mark deleted as a tracked change joins the paragraph to the next once the change is accepted.
        var markRevision = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        var markDeleted = markRevision?.GetFirstChild<Deleted>() is not null;
        var joined = _joinNext;
        _joinNext = markDeleted;
        var label = joined ? null : _numbering.NextLabel(paragraph);

        var start = _text.Length;
        if (!joined)
        {
            if (_text.Length > 0)
            {
                _text.Append("\n\n");
                start = _text.Length;
            }

            _origin.Mark(start, new DocumentPlace(_paragraphIndex, null, null));
            _text.Append(label);
        }

        if (paragraph.ParagraphProperties?.ParagraphPropertiesChange is { } formatting)
        {
            Leftover(new DocumentLeftover(LeftoverKind.FormattingChange, new TextSpan(start, 0), formatting.Author?.Value));
        }

        if (markRevision?.GetFirstChild<Inserted>() is { } insertedMark)
        {
            Leftover(new DocumentLeftover(LeftoverKind.Insertion, new TextSpan(start, 0), insertedMark.Author?.Value));
        }

        if (markDeleted)
        {
            Leftover(new DocumentLeftover(LeftoverKind.Deletion, new TextSpan(_text.Length, 0), markRevision!.GetFirstChild<Deleted>()!.Author?.Value));
        }

        var contentStart = _text.Length;
        var leftovers = _leftovers.Count;
        Inline(paragraph);

        // An empty paragraph is spacing, not text: it leaves no line (but keeps its number among the paragraphs).
        // One that held a tracked change or a comment keeps its empty line, where the finding about it points.
        if (!joined && _text.Length == contentStart && string.IsNullOrEmpty(label) && _leftovers.Count == leftovers)
        {
            _text.Length = start == 0 ? 0 : start - 2;
        }
    }

    private void Inline(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Run run:
                    Run(run);
                    break;
                case InsertedRun inserted:
                    Revision(LeftoverKind.Insertion, inserted.Author?.Value, inserted, show: true);
                    break;
                case MoveToRun moved:
                    Revision(LeftoverKind.Move, moved.Author?.Value, moved, show: true);
                    break;
                case DeletedRun deleted:
                    Revision(LeftoverKind.Deletion, deleted.Author?.Value, deleted, show: false);
                    break;
                case MoveFromRun moved:
                    Revision(LeftoverKind.Move, moved.Author?.Value, moved, show: false);
                    break;
                case CommentRangeStart comment when comment.Id?.Value is { } id:
                    _openComments[id] = _text.Length;
                    break;
                case CommentRangeEnd comment when comment.Id?.Value is { } id:
                    var from = _openComments.Remove(id, out var opened) ? opened : _text.Length;
                    Leftover(new DocumentLeftover(LeftoverKind.Comment, TextSpan.FromBounds(from, _text.Length), _commentAuthors.GetValueOrDefault(id)));
                    break;
                case Hyperlink or SimpleField or CustomXmlRun or SdtContentRun:
                    Inline(element);
                    break;
                case SdtRun sdt when sdt.SdtContentRun is { } content:
                    Inline(content);
                    break;
                case OpenXmlUnknownElement unknown when unknown.LocalName is "smartTag" or "customXml" or "ins" or "moveTo" or "fldSimple" or "hyperlink":
                    Inline(unknown);
                    break;
            }
        }
    }

    private void Leftover(DocumentLeftover leftover) => _leftovers.Add(leftover);

    private void Revision(LeftoverKind kind, string? author, OpenXmlElement container, bool show)
    {
        var start = _text.Length;
        if (show)
        {
            Inline(container);
        }

        Leftover(new DocumentLeftover(kind, TextSpan.FromBounds(start, _text.Length), author));
    }

    private void Run(Run run)
    {
        var properties = run.RunProperties;

        // Hidden text is not shown (nor printed, by default).
        if (properties?.Vanish is { } vanish && (vanish.Val?.Value ?? true))
        {
            return;
        }

        if (properties?.RunPropertiesChange is { } formatting)
        {
            Leftover(new DocumentLeftover(LeftoverKind.FormattingChange, new TextSpan(_text.Length, 0), formatting.Author?.Value));
        }

        foreach (var element in run.ChildElements)
        {
            switch (element)
            {
                case WordText text:
                    var value = text.Text;
                    if (value.Length > 0)
                    {
                        _pieces.Add(new Piece(_text.Length, text, 0, value.Length));
                        _text.Append(value);
                    }

                    break;
                case TabChar or PositionalTab:
                    _text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    _text.Append('\n');
                    break;
                case NoBreakHyphen:
                    _text.Append('-');
                    break;
                case FootnoteReference footnote when footnote.CustomMarkFollows?.Value != true && footnote.Id?.Value is long id:
                    Note(endnote: false, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case EndnoteReference endnote when endnote.CustomMarkFollows?.Value != true && endnote.Id?.Value is long id:
                    Note(endnote: true, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case CommentReference:
                case FieldCode or DeletedText or DeletedFieldCode or SoftHyphen:
                    // A comment's mark, a field's code and deleted text are not part of the text Word shows.
                    break;
            }
        }
    }

    private void Note(bool endnote, string id)
    {
        var number = _notes.Count + 1;
        _notes.Add((endnote, id, number));
        _text.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void NoteBodies()
    {
        foreach (var (endnote, id, number) in _notes)
        {
            OpenXmlElement? note = endnote
                ? _main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(n => n.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == id)
                : _main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(n => n.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
            if (note is null)
            {
                continue;
            }

            _text.Append("\n\n");
            _origin.Mark(_text.Length, new DocumentPlace(null, null, number));
            _text.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            var bodyStart = _text.Length;
            foreach (var paragraph in note.Elements<Paragraph>())
            {
                var before = _text.Length;
                if (before > bodyStart)
                {
                    _text.Append(' ');
                }

                var contentStart = _text.Length;
                Inline(paragraph);
                if (_text.Length == contentStart)
                {
                    _text.Length = before;
                }
            }

            // The note's own mark (w:footnoteRef) renders nothing: the number before the body stands for it. Word
            // puts a space or a tab after the mark, which the body's text then starts with.
            TrimSpaceAt(bodyStart);
        }
    }

    private void TrimSpaceAt(int at)
    {
        var end = at;
        while (end < _text.Length && _text[end] is ' ' or '\t')
        {
            end++;
        }

        if (end == at)
        {
            return;
        }

        var removed = end - at;
        _text.Remove(at, removed);
        for (var i = _pieces.Count - 1; i >= 0 && _pieces[i].End > at; i--)
        {
            var piece = _pieces[i];
            _pieces[i] = piece.Start >= end
                ? piece with { Start = piece.Start - removed }
                : piece with { Start = at, Offset = piece.Offset + (end - piece.Start), Length = piece.Length - (end - piece.Start) };
        }

        _pieces.RemoveAll(p => p.Length <= 0);
        for (var i = 0; i < _leftovers.Count; i++)
        {
            var span = _leftovers[i].Span;
            int Shift(int offset) => offset >= end ? offset - removed : Math.Min(offset, at);
            _leftovers[i] = _leftovers[i] with { Span = TextSpan.FromBounds(Shift(span.Start), Shift(span.End)) };
        }
    }
}
