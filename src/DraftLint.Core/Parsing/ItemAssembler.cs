using System.Collections.Immutable;
using System.Globalization;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Parsing;

/// <summary>Groups the content lines of a document into items: header lines, citations, recitals, paragraphs, sub-points, prose.</summary>
internal sealed class ItemAssembler(DocumentParser.ParseState state)
{
    private readonly List<PendingItem> _items = [];

    // The line bodies of every item, in the order they were added: an item's lines are added while it is the
    // current item, so each item's are one run of this list (one list per document, not one per item).
    private readonly List<TextSpan> _bodies = [];

    // The clauses of the item being built, reused from item to item.
    private readonly List<TextSpan> _sentenceRanges = [];

    // The builder of the items' texts, restarted for each item (made at the first).
    private MappedText.Builder? _textBuilder;
    private PendingItem? _current;
    private PendingItem? _currentTop;
    private int _lastRecital;
    private int _lastParagraph;
    private bool _bodyStarted;
    private bool? _citationsUseDashes;

    // True after an elision mark ("(…)") until the next labelled item: the items between were left out on purpose.
    private bool _elided;

    public DocumentShape Shape { get; private set; } = DocumentShape.Prose;

    public ImmutableArray<ItemSyntax>.Builder Header { get; } = ImmutableArray.CreateBuilder<ItemSyntax>();

    public ItemSyntax? Preamble { get; private set; }

    public ImmutableArray<ItemSyntax>.Builder Citations { get; } = ImmutableArray.CreateBuilder<ItemSyntax>();

    public ImmutableArray<ItemSyntax>.Builder Recitals { get; } = ImmutableArray.CreateBuilder<ItemSyntax>();

    public ImmutableArray<ItemSyntax>.Builder Paragraphs { get; } = ImmutableArray.CreateBuilder<ItemSyntax>();

    public ImmutableArray<ItemSyntax>.Builder Prose { get; } = ImmutableArray.CreateBuilder<ItemSyntax>();

    /// <summary>Lines that mark text left out of a quoted excerpt ("(…)", "[...]").</summary>
    public ImmutableArray<TextSpan>.Builder Elisions { get; } = ImmutableArray.CreateBuilder<TextSpan>();

    private SourceText Source => state.Source;

    private DocumentParser.ParseState State => state;

    public void Assemble()
    {
        var lines = state.Lines;
        var bodyStart = FindBodyStart(out var preambleLine);
        if (bodyStart < 0)
        {
            AssembleBlocks(0, state.Lines.Count, SyntaxKind.ProseBlock);
        }
        else
        {
            Shape = DocumentShape.Resolution;
            AssembleHeader(preambleLine ?? bodyStart);
            if (preambleLine is int p)
            {
                _items.Add(new PendingItem(this, SyntaxKind.Preamble, null, lines[p].Content));
            }

            AssembleBody(bodyStart);
        }

        Build();
    }

    /// <summary>The index of the first line of the resolution's body, or -1 where the text is prose.</summary>
    private int FindBodyStart(out int? preambleLine)
    {
        preambleLine = null;
        var lines = state.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Content)
            {
                continue;
            }

            var content = Source.AsSpan(lines[i].Content).TrimEnd(", ");
            if (IsPreamble(content))
            {
                preambleLine = i;
                return i + 1;
            }
        }

        // No preamble: a resolution still where two citations open lines, or a recital opens with "whereas".
        var citations = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Content)
            {
                continue;
            }

            if (StartsWithCitationOpener(lines[i]) && ++citations == 2)
            {
                return lines.FindIndex(l => l.Kind == LineKind.Content && StartsWithCitationOpener(l));
            }

            if (MatchRecital(lines[i]) is { } r && HasRecitalOpener(lines[i], r))
            {
                var first = lines.FindIndex(l => l.Kind == LineKind.Content && StartsWithCitationOpener(l));
                return first >= 0 && first < i ? first : i;
            }
        }

        return -1;
    }

    private bool IsPreamble(ReadOnlySpan<char> content)
    {
        foreach (var preamble in state.Language.Preambles)
        {
            if (content.SequenceEqual(preamble.AsSpan().TrimEnd(',')))
            {
                return true;
            }
        }

        return false;
    }

    private void AssembleHeader(int end) => AssembleBlocks(0, end, SyntaxKind.HeaderLine);

    /// <summary>Groups lines into blocks that end at a run of blank lines (two in a double-spaced text) or a bulleted line.</summary>
    private void AssembleBlocks(int start, int end, SyntaxKind kind)
    {
        PendingItem? block = null;
        var blanks = 0;
        for (var i = start; i < end; i++)
        {
            var line = state.Lines[i];
            if (line.Kind == LineKind.Blank)
            {
                if (++blanks >= state.BlockBreak)
                {
                    block = null;
                }
            }
            else if (line.Kind == LineKind.Content)
            {
                blanks = 0;
                if (block is null || line.HasBullet)
                {
                    block = new PendingItem(this, kind, null, line.Content);
                    _items.Add(block);
                }
                else
                {
                    block.Add(line);
                }
            }
        }
    }

    private void AssembleBody(int start)
    {
        var lines = state.Lines;
        LineInfo? previousContent = null;
        var blanks = 0;

        // Where the last recital or paragraph label stands: a footer can only follow it.
        var lastLabelled = -1;
        for (var i = lines.Count - 1; i >= start && lastLabelled < 0; i--)
        {
            if (lines[i].Kind == LineKind.Content && (MatchParagraph(lines[i]) is not null || MatchRecital(lines[i]) is not null || ItemLabels.Bare(Source.AsSpan(lines[i].Content)).Length > 0))
            {
                lastLabelled = i;
            }
        }

        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Content)
            {
                blanks += line.Kind == LineKind.Blank ? 1 : 0;
                continue;
            }

            // A block break: one blank line, or two in a double-spaced text.
            var afterBlank = blanks >= state.BlockBreak;
            blanks = 0;
            if (IsElision(line))
            {
                // A quoted excerpt: what follows is not part of the item before, and may start at any label.
                Elisions.Add(line.Content);
                (_current, _currentTop, _elided, previousContent) = (null, null, true, null);
                continue;
            }

            var afterTerminator = previousContent is not { } previous || EndsItem(previous);
            if (BareLabel(line, i) is ({ } bare, var bodyIndex))
            {
                var body = lines[bodyIndex];
                var recital = bare.Scheme == LabelScheme.UpperLetters;
                if (recital ? AcceptsRecital(bare, body.Content, afterTerminator) : AcceptsParagraph(bare, afterTerminator))
                {
                    (_bodyStarted, _elided) = (true, false);
                    if (recital)
                    {
                        _lastRecital = bare.Ordinal;
                    }
                    else
                    {
                        _lastParagraph = bare.Ordinal;
                    }

                    Open(new PendingItem(this, recital ? SyntaxKind.Recital : SyntaxKind.Paragraph, bare, body.Content), topLevel: true);
                    previousContent = body;
                    i = bodyIndex;
                    continue;
                }
            }

            if (!_bodyStarted && (IsCitationStart(line) || LostItsDash(line, previousContent, afterBlank)))
            {
                Open(new PendingItem(this, SyntaxKind.Citation, null, line.Content), topLevel: true);
            }
            else if (MatchRecital(line) is { } recital && AcceptsRecital(recital, BodyAfter(line, recital.Span), afterTerminator))
            {
                _bodyStarted = true;
                _elided = false;
                _lastRecital = recital.Ordinal;
                Open(new PendingItem(this, SyntaxKind.Recital, recital, BodyAfter(line, recital.Span)), topLevel: true);
            }
            else if (MatchParagraph(line) is { } paragraph && AcceptsParagraph(paragraph, afterTerminator))
            {
                _bodyStarted = true;
                _elided = false;
                _lastParagraph = paragraph.Ordinal;
                Open(new PendingItem(this, SyntaxKind.Paragraph, paragraph, BodyAfter(line, paragraph.Span)), topLevel: true);
            }
            else if (_currentTop is { Kind: SyntaxKind.Recital or SyntaxKind.Paragraph } && MatchSubPoint(line, _currentTop) is { } point)
            {
                var sub = new PendingItem(this, SyntaxKind.SubPoint, point, BodyAfter(line, point.Span));
                _currentTop.AddSubPoint(sub);
                _current = sub;
            }
            else if (_current is not null && !(i > lastLabelled && afterBlank && _current.Kind == SyntaxKind.Paragraph && EndsWithFullStop(previousContent) && char.IsUpper(Source[line.Content.Start])))
            {
                _current.Add(line);
            }
            else
            {
                Open(new PendingItem(this, SyntaxKind.ProseBlock, null, line.Content), topLevel: true);
            }

            previousContent = line;
        }
    }

    private void Open(PendingItem item, bool topLevel)
    {
        _items.Add(item);
        _current = item;
        if (topLevel)
        {
            _currentTop = item;
        }
    }

    private void Build()
    {
        var counts = new Dictionary<SyntaxKind, int>();
        foreach (var pending in _items)
        {
            counts[pending.Kind] = counts.GetValueOrDefault(pending.Kind) + 1;
            var item = pending.Build(this, counts[pending.Kind]);
            switch (item.Kind)
            {
                case SyntaxKind.HeaderLine:
                    Header.Add(item);
                    break;
                case SyntaxKind.Preamble:
                    Preamble = item;
                    break;
                case SyntaxKind.Citation:
                    Citations.Add(item);
                    break;
                case SyntaxKind.Recital:
                    Recitals.Add(item);
                    break;
                case SyntaxKind.Paragraph:
                    Paragraphs.Add(item);
                    break;
                default:
                    Prose.Add(item);
                    break;
            }
        }
    }

    /// <summary>
    /// A citation opens with a dash; where extraction lost every dash of the document, with its opener words
    /// ("having regard to"). In a document that keeps its dashes, "gezien" at the start of a line continues a citation.
    /// </summary>
    private bool IsCitationStart(in LineInfo line)
    {
        _citationsUseDashes ??= state.Lines.Any(l => l.HasBullet && l.Kind == LineKind.Content && StartsWithCitationOpener(l));
        return line.HasBullet || (_citationsUseDashes == false && StartsWithCitationOpener(line));
    }

    /// <summary>
    /// A citation that lost its dash in a document whose citations keep theirs: the opener words after a blank line, where
    /// the line before ended a citation ("…,"). A wrapped line of a citation follows its line without a blank.
    /// </summary>
    private bool LostItsDash(in LineInfo line, LineInfo? previous, bool afterBlank) =>
        afterBlank && _current is { Kind: SyntaxKind.Citation } && previous is { } before
        && Source.AsSpan(before.Content) is [.., ',' or ';'] && StartsWithCitationOpener(line);

    private bool StartsWithCitationOpener(in LineInfo line) => StartsWithAnyWord(Source.AsSpan(line.Content), state.Language.CitationOpeners);

    private bool HasRecitalOpener(in LineInfo line, ItemLabel label) => StartsWithAnyWord(Source.AsSpan(BodyAfter(line, label.Span)), state.Language.RecitalOpeners);

    /// <summary>
    /// Whether a recital label opens a recital: its text opens with the formula, or it is the next label, or the line
    /// before ended an item, or an elision stands before it.
    /// </summary>
    private bool AcceptsRecital(ItemLabel label, TextSpan body, bool afterTerminator) =>
        StartsWithAnyWord(Source.AsSpan(body), state.Language.RecitalOpeners) || label.Ordinal == _lastRecital + 1 || afterTerminator || _elided;

    /// <summary>Whether a paragraph label opens a paragraph: the next label, after an item's end, or after an elision.</summary>
    private bool AcceptsParagraph(ItemLabel label, bool afterTerminator) => label.Ordinal == _lastParagraph + 1 || afterTerminator || _elided;

    private static bool StartsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that ended with a full stop, then a blank line and a capitalised line: what follows is not the
    /// paragraph's (a web page's footer after the last paragraph), and is read as prose.
    /// </summary>
    private bool EndsWithFullStop(LineInfo? line)
    {
        if (line is not { } l || Source.AsSpan(l.Content) is not { Length: > 0 } content || content[^1] != '.')
        {
            return false;
        }

        // Not an abbreviation's stop ("mw.", "Mr."), after which the sentence goes on.
        var start = content.Length - 1;
        while (start > 0 && char.IsLetter(content[start - 1]))
        {
            start--;
        }

        var word = content[start..^1];
        foreach (var abbreviation in state.Language.Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line that only marks an omission: "(…)", "(...)", "[…]", "[...]".</summary>
    private bool IsElision(in LineInfo line) =>
        Source.AsSpan(line.Content) is "(…)" or "(...)" or "[…]" or "[...]" or "…" or "...";

    private bool EndsItem(in LineInfo line)
    {
        var content = Source.AsSpan(line.Content);
        return content.Length > 0 && ";,.:".Contains(content[^1]);
    }

    private ItemLabel? MatchRecital(in LineInfo line)
    {
        var length = ItemLabels.Recital(Source.AsSpan(line.Content));
        if (length == 0)
        {
            return null;
        }

        var text = Source.ToString(new TextSpan(line.Content.Start, length));
        return new ItemLabel(text, new TextSpan(line.Content.Start, length + 1), LabelOrdinals.FromLetters(text), LabelScheme.UpperLetters);
    }

    /// <summary>
    /// A line that holds only a label ("A.", "12.": a table cell, a PDF that set the label apart), with the index of
    /// the line that holds its text: the next content line, blank lines between.
    /// </summary>
    private (ItemLabel? Label, int Body) BareLabel(in LineInfo line, int index)
    {
        var (length, paragraph) = ItemLabels.Bare(Source.AsSpan(line.Content));
        if (length == 0)
        {
            return (null, -1);
        }

        var next = index + 1;
        while (next < state.Lines.Count && state.Lines[next].Kind != LineKind.Content)
        {
            next++;
        }

        // The text of the label, not another item or an elision.
        if (next == state.Lines.Count || ItemLabels.Bare(Source.AsSpan(state.Lines[next].Content)).Length > 0
            || IsElision(state.Lines[next]) || MatchRecital(state.Lines[next]) is not null || MatchParagraph(state.Lines[next]) is not null)
        {
            return (null, -1);
        }

        var text = Source.ToString(new TextSpan(line.Content.Start, length));
        var span = new TextSpan(line.Content.Start, length + 1);
        return (paragraph
            ? new ItemLabel(text, span, int.Parse(text, CultureInfo.InvariantCulture), LabelScheme.Arabic)
            : new ItemLabel(text, span, LabelOrdinals.FromLetters(text), LabelScheme.UpperLetters), next);
    }

    private ItemLabel? MatchParagraph(in LineInfo line)
    {
        var length = ItemLabels.Paragraph(Source.AsSpan(line.Content));
        if (length == 0)
        {
            return null;
        }

        var text = Source.ToString(new TextSpan(line.Content.Start, length));
        return new ItemLabel(text, new TextSpan(line.Content.Start, length + 1), int.Parse(text, CultureInfo.InvariantCulture), LabelScheme.Arabic);
    }

    private ItemLabel? MatchSubPoint(in LineInfo line, PendingItem parent)
    {
        var (start, length) = ItemLabels.SubPoint(Source.AsSpan(line.Content));
        if (length == 0)
        {
            return null;
        }

        var text = Source.ToString(new TextSpan(line.Content.Start + start, length));
        var labelSpan = new TextSpan(line.Content.Start, start + length + 1);

        // Roman numerals where the run opens with (i), or continues a roman run; letters otherwise.
        var roman = LabelOrdinals.FromRoman(text);
        var romanRun = parent.FirstSubPoint is { } first ? first.Label!.Scheme == LabelScheme.LowerRoman : text == "i";
        if (romanRun && roman > 0)
        {
            return new ItemLabel(text, labelSpan, roman, LabelScheme.LowerRoman);
        }

        return text.Length == 1 ? new ItemLabel(text, labelSpan, text[0] - 'a' + 1, LabelScheme.LowerLetters) : null;
    }

    private TextSpan BodyAfter(in LineInfo line, TextSpan label)
    {
        var start = label.End;
        while (start < line.Content.End && DocumentParser.IsBlankChar(Source[start]))
        {
            start++;
        }

        return TextSpan.FromBounds(start, line.Content.End);
    }

    /// <summary>An item while its lines are being gathered.</summary>
    private sealed class PendingItem
    {
        private readonly List<TextSpan> _bodies;
        private readonly int _first;
        private int _count = 1;
        private List<PendingItem>? _subPoints;

        public PendingItem(ItemAssembler owner, SyntaxKind kind, ItemLabel? label, TextSpan firstBody)
        {
            Kind = kind;
            Label = label;
            _bodies = owner._bodies;
            _first = _bodies.Count;
            _bodies.Add(firstBody);
        }

        public SyntaxKind Kind { get; }

        public ItemLabel? Label { get; }

        /// <summary>The item's first sub-point, or null: its label tells whether the run is lettered or roman.</summary>
        public PendingItem? FirstSubPoint => _subPoints?[0];

        private ReadOnlySpan<TextSpan> Bodies => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bodies).Slice(_first, _count);

        public void Add(in LineInfo line)
        {
            if (_first + _count != _bodies.Count)
            {
                throw new InvalidOperationException("An item's lines must be added while it is the current item.");
            }

            _bodies.Add(line.Content);
            _count++;
        }

        public void AddSubPoint(PendingItem point) => (_subPoints ??= []).Add(point);

        public ItemSyntax Build(ItemAssembler owner, int index)
        {
            var source = owner.Source;
            var capacity = 0;
            foreach (var body in Bodies)
            {
                capacity += body.Length + 1;
            }

            var builder = owner._textBuilder?.Restart(capacity) ?? (owner._textBuilder = new MappedText.Builder(source, capacity, pieces: _count));
            foreach (var body in Bodies)
            {
                if (builder.Length > 0)
                {
                    // A line broken after a hyphen ("ill-" / "treatment", "17-" / "18 September") joins without a space.
                    var last = builder.LastChar;
                    var hyphenated = last is '-' or '\u2011' && builder.Length >= 2;
                    if (!hyphenated)
                    {
                        builder.AppendJoiner(" ");
                    }
                }

                AppendWithoutMarkers(builder, body, owner.State.Markers);
            }

            // Built before the sub-points, which use the same builder.
            var text = builder.Build();
            var start = Label?.Span.Start ?? Bodies[0].Start;
            var end = Math.Max(Bodies[^1].End, start);
            var subPoints = ImmutableArray<ItemSyntax>.Empty;
            if (_subPoints is { Count: > 0 })
            {
                var points = new ItemSyntax[_subPoints.Count];
                for (var i = 0; i < points.Length; i++)
                {
                    points[i] = _subPoints[i].Build(owner, i + 1);
                }

                subPoints = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(points);
                end = Math.Max(end, points[^1].Span.End);
            }

            var sentences = owner._sentenceRanges;
            sentences.Clear();
            SentenceSplitter.Split(text.Value, owner.State.Language, sentences);
            return new ItemSyntax(Kind, TextSpan.FromBounds(start, end), index, Label, text, sentences, subPoints);
        }

        /// <summary>Appends a line's body, leaving out the footnote markers in it (the markers are in document order).</summary>
        private static void AppendWithoutMarkers(MappedText.Builder builder, TextSpan body, ImmutableArray<FootnoteMarker>.Builder markers)
        {
            var position = body.Start;
            // By index: the builder's enumerator is a class, and this runs for every line.
            for (var i = 0; i < markers.Count; i++)
            {
                var marker = markers[i];
                if (!body.Contains(marker.Span.Start))
                {
                    continue;
                }

                builder.Append(TextSpan.FromBounds(position, marker.Span.Start));
                position = marker.Span.End;
            }

            builder.Append(TextSpan.FromBounds(position, body.End));
        }
    }
}
