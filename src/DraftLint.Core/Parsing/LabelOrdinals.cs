namespace DraftLint.Parsing;

/// <summary>Converts item labels to ordinals and back: A…Z, AA, AB … (bijective base 26, as the European Parliament letters recitals) and roman numerals.</summary>
public static class LabelOrdinals
{
    private static readonly (int Value, string Numeral)[] Roman =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    /// <summary>A = 1, Z = 26, AA = 27, AZ = 52, BA = 53.</summary>
    public static int FromLetters(string label)
    {
        var value = 0;
        foreach (var c in label.ToUpperInvariant())
        {
            value = (value * 26) + (c - 'A' + 1);
        }

        return value;
    }

    /// <summary>1 = A, 27 = AA; the inverse of <see cref="FromLetters"/>.</summary>
    public static string ToLetters(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        var chars = new Stack<char>();
        while (ordinal > 0)
        {
            ordinal--;
            chars.Push((char)('A' + (ordinal % 26)));
            ordinal /= 26;
        }

        return new string([.. chars]);
    }

    /// <summary>The value of a lower-case roman numeral in canonical form, or 0 where the text is not one.</summary>
    public static int FromRoman(string numeral)
    {
        var value = 0;
        var rest = numeral.AsSpan();
        foreach (var (v, n) in Roman)
        {
            while (rest.StartsWith(n, StringComparison.Ordinal))
            {
                value += v;
                rest = rest[n.Length..];
            }
        }

        return rest.IsEmpty && value > 0 && ToRoman(value) == numeral ? value : 0;
    }

    public static string ToRoman(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (v, n) in Roman)
        {
            while (value >= v)
            {
                result.Append(n);
                value -= v;
            }
        }

        return result.ToString();
    }
}
