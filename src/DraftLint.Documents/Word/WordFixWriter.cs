using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftLint.Diagnostics;
using DraftLint.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftLint.Documents.Word;

/// <summary>What became of one fix written into a Word document.</summary>
/// <param name="Diagnostic">The finding whose fix it is.</param>
/// <param name="Reason">Why a fix could not be written as a tracked change; null where it was.</param>
public sealed record WordFixOutcome(Diagnostic Diagnostic, string? Reason);

/// <summary>
/// Writes fixes into a Word document as tracked changes by "DraftLint": the text a fix removes is marked deleted
/// (w:del), the text it adds inserted (w:ins) with the formatting of the text it replaces, so the drafter accepts or
/// rejects each in Word. Only the runs a fix touches change (they are split where a fix starts or ends inside one);
/// formatting, styles, comments and other revisions stay as they are. A fix that touches what Word generates (a
/// numbering label, a footnote's number) or spans two paragraphs cannot be a tracked change of the text and is left
/// out, with the reason.
/// </summary>
public static class WordFixWriter
{
    public const string Author = "DraftLint";

    /// <summary>Applies <paramref name="fixes"/> (each a finding's fix, none overlapping another) to a copy of the document's bytes.</summary>
    /// <param name="bytes">The document as it was read.</param>
    /// <param name="renderedText">The text the findings were computed on: the document must still render to it.</param>
    /// <param name="fixes">The findings whose fixes to write, none overlapping another.</param>
    /// <param name="date">The date the tracked changes carry.</param>
    /// <returns>The new document's bytes (null where no fix could be written) and what became of each fix.</returns>
    /// <exception cref="IOException">The document is damaged, or no longer renders to <paramref name="renderedText"/>.</exception>
    public static (byte[]? Bytes, IReadOnlyList<WordFixOutcome> Outcomes) Apply(byte[] bytes, string renderedText, IReadOnlyList<Diagnostic> fixes, DateTime date) =>
        WordDocumentReader.Guard(() =>
        {
            var stream = new MemoryStream();
            stream.Write(bytes);
            stream.Position = 0;
            var outcomes = new List<WordFixOutcome>();
            var written = 0;
            using (var document = WordDocumentReader.Open(bytes, writable: true, stream))
            {
                var rendering = WordRendering.Render(document);
                if (rendering.Text != renderedText)
                {
                    throw new IOException("the document no longer reads as it did when it was linted");
                }

                var ids = new RevisionIds(document.MainDocumentPart!);

                // From the last fix to the first: a fix changes the text after its own place only, so the places of
                // the fixes before it stay where the first rendering put them.
                foreach (var diagnostic in fixes.OrderByDescending(d => d.Fix!.Edits.Min(e => e.Span.Start)))
                {
                    var reason = Check(rendering, diagnostic.Fix!);
                    if (reason is null)
                    {
                        foreach (var edit in diagnostic.Fix!.Edits.OrderByDescending(e => e.Span.Start))
                        {
                            Write(rendering, edit, ids, date);
                            rendering = WordRendering.Render(document);
                        }

                        written++;
                    }

                    outcomes.Add(new WordFixOutcome(diagnostic, reason));
                }

                if (written > 0)
                {
                    // Opened without saving on close: only the parts a fix can touch are written back.
                    var main = document.MainDocumentPart!;
                    main.Document!.Save();
                    main.FootnotesPart?.Footnotes?.Save();
                    main.EndnotesPart?.Endnotes?.Save();
                }
            }

            outcomes.Reverse();
            return (written > 0 ? stream.ToArray() : null, (IReadOnlyList<WordFixOutcome>)outcomes);
        });

    /// <summary>Why a fix cannot be a tracked change of the document's text; null where it can.</summary>
    private static string? Check(WordRendering rendering, CodeFix fix)
    {
        foreach (var edit in fix.Edits)
        {
            var span = edit.Span;
            if (span.IsEmpty)
            {
                if (Anchor(rendering, span.Start) is null)
                {
                    return "it adds text where Word generates it (a numbering label, a footnote's number) or between paragraphs";
                }

                continue;
            }

            // Every character the edit removes must have been copied from a w:t of one paragraph.
            var covered = 0;
            Paragraph? paragraph = null;
            foreach (var piece in rendering.Pieces)
            {
                var from = Math.Max(piece.Start, span.Start);
                var to = Math.Min(piece.End, span.End);
                if (from >= to)
                {
                    continue;
                }

                var owner = piece.Element.Ancestors<Paragraph>().FirstOrDefault();
                if (paragraph is not null && owner != paragraph)
                {
                    return "it spans two paragraphs";
                }

                paragraph = owner;
                covered += to - from;
            }

            if (covered != span.Length)
            {
                return "it changes what Word generates (a numbering label, a footnote's number, a tab or a line break), not text of the document";
            }
        }

        return null;
    }

    /// <summary>The piece an insertion at <paramref name="offset"/> goes next to: the one it starts, else the one it ends.</summary>
    private static (WordRendering.Piece Piece, bool Before)? Anchor(WordRendering rendering, int offset)
    {
        foreach (var piece in rendering.Pieces)
        {
            if (piece.Start <= offset && offset < piece.End)
            {
                return (piece, true);
            }
        }

        foreach (var piece in rendering.Pieces)
        {
            if (piece.End == offset)
            {
                return (piece, false);
            }
        }

        return null;
    }

    private static void Write(WordRendering rendering, TextEdit edit, RevisionIds ids, DateTime date)
    {
        edit = Narrowed(rendering.Text, edit);
        var stamp = DateTime.SpecifyKind(new DateTime(date.Ticks - (date.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc);
        Run? formatFrom = null;
        OpenXmlElement? insertAfter = null;
        OpenXmlElement? insertBefore = null;

        if (!edit.Span.IsEmpty)
        {
            // Each w:t the edit covers: its covered part becomes a run of its own, wrapped in a deletion.
            DeletedRun? lastDeletion = null;
            foreach (var piece in rendering.Pieces.Where(p => p.Start < edit.Span.End && p.End > edit.Span.Start).ToList())
            {
                var from = Math.Max(piece.Start, edit.Span.Start) - piece.Start + piece.Offset;
                var to = Math.Min(piece.End, edit.Span.End) - piece.Start + piece.Offset;
                var run = Isolate(piece.Element, from, to);
                formatFrom ??= run;
                foreach (var text in run.Elements<WordText>().ToList())
                {
                    text.InsertAfterSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
                    text.Remove();
                }

                var deletion = new DeletedRun { Id = ids.Next(), Author = Author, Date = stamp };
                run.InsertBeforeSelf(deletion);
                run.Remove();
                deletion.Append(run);
                lastDeletion = deletion;
            }

            insertAfter = lastDeletion;
        }
        else
        {
            var (piece, before) = Anchor(rendering, edit.Span.Start)!.Value;
            var at = edit.Span.Start - piece.Start + piece.Offset;
            if (before)
            {
                var run = Isolate(piece.Element, at, piece.Element.Text.Length);
                formatFrom = run;
                insertBefore = run;
            }
            else
            {
                var run = Isolate(piece.Element, piece.Offset, at);
                formatFrom = run;
                insertAfter = run;
            }
        }

        if (edit.NewText.Length == 0)
        {
            return;
        }

        var inserted = new Run(new WordText(edit.NewText) { Space = SpaceProcessingModeValues.Preserve });
        if (formatFrom?.RunProperties is { } properties)
        {
            var copy = (RunProperties)properties.CloneNode(true);
            copy.RemoveAllChildren<RunPropertiesChange>();
            inserted.PrependChild(copy);
        }

        var insertion = new InsertedRun(inserted) { Id = ids.Next(), Author = Author, Date = stamp };
        if (insertAfter is not null)
        {
            insertAfter.InsertAfterSelf(insertion);
        }
        else
        {
            insertBefore!.InsertBeforeSelf(insertion);
        }
    }

    /// <summary>
    /// The edit without the text it would delete and insert again: "from 2-13" to "from 2 to 13" is the deletion of "-"
    /// and the insertion of " to ", which is what the drafter should see marked.
    /// </summary>
    private static TextEdit Narrowed(string text, TextEdit edit)
    {
        var removed = text.AsSpan(edit.Span.Start, edit.Span.Length);
        var added = edit.NewText.AsSpan();
        var prefix = removed.CommonPrefixLength(added);
        removed = removed[prefix..];
        added = added[prefix..];
        var suffix = 0;
        while (suffix < removed.Length && suffix < added.Length && removed[^(suffix + 1)] == added[^(suffix + 1)])
        {
            suffix++;
        }

        return new TextEdit(new TextSpan(edit.Span.Start + prefix, removed.Length - suffix), added[..^suffix].ToString());
    }

    /// <summary>
    /// Splits the run that holds <paramref name="text"/> so that characters [from, to) of it are a run of their own,
    /// with the run's formatting, and returns that run. The run's other content keeps its order around it.
    /// </summary>
    private static Run Isolate(WordText text, int from, int to)
    {
        var run = (Run)text.Parent!;
        var value = text.Text;
        var content = run.ChildElements.Where(c => c is not RunProperties).ToList();
        var index = content.IndexOf(text);
        var before = content.Take(index).Select(c => c.CloneNode(true)).ToList();
        var after = content.Skip(index + 1).Select(c => c.CloneNode(true)).ToList();
        if (from > 0)
        {
            before.Add(new WordText(value[..from]) { Space = SpaceProcessingModeValues.Preserve });
        }

        if (to < value.Length)
        {
            after.Insert(0, new WordText(value[to..]) { Space = SpaceProcessingModeValues.Preserve });
        }

        if (before.Count == 0 && after.Count == 0 && from == 0 && to == value.Length)
        {
            return run;
        }

        Run Make(IEnumerable<OpenXmlElement> children)
        {
            var made = (Run)run.CloneNode(false);
            if (run.RunProperties is { } properties)
            {
                made.Append(properties.CloneNode(true));
            }

            made.Append(children);
            return made;
        }

        var middle = Make([new WordText(value[from..to]) { Space = SpaceProcessingModeValues.Preserve }]);
        if (before.Count > 0)
        {
            run.InsertBeforeSelf(Make(before));
        }

        run.InsertBeforeSelf(middle);
        if (after.Count > 0)
        {
            run.InsertBeforeSelf(Make(after));
        }

        run.Remove();
        return middle;
    }

    /// <summary>Revision ids: unique among the document's annotations (w:id of revisions, comments, bookmarks).</summary>
    private sealed class RevisionIds
    {
        private int _next;

        public RevisionIds(MainDocumentPart main)
        {
            var max = 0;
            IEnumerable<OpenXmlPartRootElement?> roots = [main.Document, main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes, main.WordprocessingCommentsPart?.Comments];
            foreach (var root in roots.OfType<OpenXmlPartRootElement>())
            {
                foreach (var element in root.Descendants())
                {
                    var id = element.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
                    if (int.TryParse(id.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
                    {
                        max = Math.Max(max, value);
                    }
                }
            }

            _next = max + 1;
        }

        public string Next() => (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
