namespace DraftLint.Text;

/// <summary>
/// Text assembled from pieces of a <see cref="SourceText"/> (an item's lines joined with single spaces,
/// footnote bodies and page debris left out) with an exact map from every offset back to the source.
/// Rules read <see cref="Value"/> and report spans of it; <see cref="ToSource(TextSpan)"/> turns them into file spans.
/// </summary>
public sealed class MappedText
{
    // Value[Target .. Target + Length) of a segment was copied from the source at offset Source, in order of Target.
    // Characters between segments were inserted by the join (a space) and map to the next segment's start.
    private readonly Segment[] _segments;

    private MappedText(SourceText source, string value, Segment[] segments)
    {
        Source = source;
        Value = value;
        _segments = segments;
    }

    public SourceText Source { get; }

    public string Value { get; }

    public int Length => Value.Length;

    public override string ToString() => Value;

    /// <summary>Maps an offset of <see cref="Value"/> to an offset of the source text.</summary>
    public int ToSource(int offset)
    {
        if (_segments.Length == 0)
        {
            return 0;
        }

        // The last segment that starts at or before the offset.
        int low = 0, high = _segments.Length - 1, index = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_segments[middle].Target <= offset)
            {
                index = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (index < 0)
        {
            return _segments[0].Source;
        }

        var segment = _segments[index];
        var within = offset - segment.Target;
        if (within <= segment.Length)
        {
            return segment.Source + within;
        }

        // An inserted joiner: it stands where the next piece starts.
        return index + 1 < _segments.Length ? _segments[index + 1].Source : segment.Source + segment.Length;
    }

    /// <summary>Maps a span of <see cref="Value"/> to the source span from its first to its last character.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        var start = ToSource(span.Start);
        if (span.IsEmpty)
        {
            return new TextSpan(start, 0);
        }

        var end = ToSource(span.End - 1) + 1;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>True where the span is a copy of one contiguous run of the source (no join inside it).</summary>
    public bool IsContiguous(TextSpan span)
    {
        var sourceSpan = ToSource(span);
        return sourceSpan.Length == span.Length && Source.AsSpan(sourceSpan).SequenceEqual(Value.AsSpan(span.Start, span.Length));
    }

    /// <summary>
    /// Builds a <see cref="MappedText"/> piece by piece, in a pooled buffer: only the text itself and its map are kept.
    /// One builder can build many texts of one source in turn (<see cref="Restart"/>), as the parser does for the items
    /// of a document.
    /// </summary>
    /// <param name="source">The text the pieces come from.</param>
    /// <param name="capacity">How many characters the text will have, about: the buffer is taken that size once.</param>
    /// <param name="pieces">How many pieces will be appended, about: the map is made that size once.</param>
    public sealed class Builder(SourceText source, int capacity = 16, int pieces = 4)
    {
        private readonly List<Segment> _segments = new(pieces);
        private char[] _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        private int _length;

        /// <summary>Starts a new text after <see cref="Build"/>, keeping the builder's map list.</summary>
        /// <param name="capacity">How many characters the text will have, about.</param>
        public Builder Restart(int capacity)
        {
            if (_buffer.Length > 0)
            {
                throw new InvalidOperationException("Build the text before starting another.");
            }

            _segments.Clear();
            _length = 0;
            _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
            return this;
        }

        public int Length => _length;

        public char? LastChar => _length == 0 ? null : _buffer[_length - 1];

        /// <summary>Appends a piece of the source text.</summary>
        public Builder Append(TextSpan span)
        {
            if (span.IsEmpty)
            {
                return this;
            }

            _segments.Add(new Segment(_length, span.Start, span.Length));
            Write(source.AsSpan(span));
            return this;
        }

        /// <summary>Appends text that is not in the source (a joining space).</summary>
        public Builder AppendJoiner(string text)
        {
            Write(text);
            return this;
        }

        /// <summary>The text and its map; the builder's buffer goes back to the pool, so call this once per text.</summary>
        public MappedText Build()
        {
            ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
            var text = new string(_buffer, 0, _length);
            System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            return new(source, text, [.. _segments]);
        }

        private void Write(ReadOnlySpan<char> text)
        {
            ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
            if (_length + text.Length > _buffer.Length)
            {
                var larger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + text.Length));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
                _buffer = larger;
            }

            text.CopyTo(_buffer.AsSpan(_length));
            _length += text.Length;
        }
    }

    private readonly record struct Segment(int Target, int Source, int Length);
}
