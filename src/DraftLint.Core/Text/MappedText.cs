namespace DraftLint.Text;

/// <summary>
/// Text assembled from pieces of a <see cref="SourceText"/> (an item's lines joined with single spaces,
/// footnote bodies and page debris left out) with an exact map from every offset back to the source.
/// Rules read <see cref="Value"/> and report spans of it; <see cref="ToSource(TextSpan)"/> turns them into file spans.
/// </summary>
public sealed class MappedText
{
    // Segment i: Value[_targets[i] .. _targets[i] + _lengths[i]) was copied from source offset _sources[i].
    // Characters between segments were inserted by the join (a space) and map to the next segment's start.
    private readonly int[] _targets;
    private readonly int[] _sources;
    private readonly int[] _lengths;

    private MappedText(SourceText source, string value, int[] targets, int[] sources, int[] lengths)
    {
        Source = source;
        Value = value;
        _targets = targets;
        _sources = sources;
        _lengths = lengths;
    }

    public SourceText Source { get; }

    public string Value { get; }

    public int Length => Value.Length;

    public override string ToString() => Value;

    /// <summary>Maps an offset of <see cref="Value"/> to an offset of the source text.</summary>
    public int ToSource(int offset)
    {
        if (_targets.Length == 0)
        {
            return 0;
        }

        var index = Array.BinarySearch(_targets, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            return _sources[0];
        }

        var within = offset - _targets[index];
        if (within <= _lengths[index])
        {
            return _sources[index] + within;
        }

        // An inserted joiner: it stands where the next piece starts.
        return index + 1 < _sources.Length ? _sources[index + 1] : _sources[index] + _lengths[index];
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

    /// <summary>Builds a <see cref="MappedText"/> piece by piece.</summary>
    public sealed class Builder(SourceText source)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _targets = [];
        private readonly List<int> _sources = [];
        private readonly List<int> _lengths = [];

        public int Length => _text.Length;

        /// <summary>Appends a piece of the source text.</summary>
        public Builder Append(TextSpan span)
        {
            if (span.IsEmpty)
            {
                return this;
            }

            _targets.Add(_text.Length);
            _sources.Add(span.Start);
            _lengths.Add(span.Length);
            _text.Append(source.Text, span.Start, span.Length);
            return this;
        }

        /// <summary>Appends text that is not in the source (a joining space).</summary>
        public Builder AppendJoiner(string text)
        {
            _text.Append(text);
            return this;
        }

        public char? LastChar => _text.Length == 0 ? null : _text[^1];

        public MappedText Build() => new(source, _text.ToString(), [.. _targets], [.. _sources], [.. _lengths]);
    }
}
