namespace DraftLint.Text;

/// <summary>A 1-based line and a 1-based column counted in UTF-16 code units, as SARIF's utf16CodeUnits column kind.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    public override string ToString() => $"{Line},{Column}";
}

/// <summary>A start and an end position; the end column is exclusive, as in SARIF regions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
