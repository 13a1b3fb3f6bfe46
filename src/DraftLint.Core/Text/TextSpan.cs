namespace DraftLint.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: start offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    public bool Contains(int position) => position >= Start && position < End;

    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    public override string ToString() => $"[{Start}..{End})";
}
