using System.Text;

namespace DraftLint.Corpus;

/// <summary>
/// Lays a draft out the way text extracted from a PDF looks: lines wrapped at a page width with a trailing space,
/// blank lines between blocks (or between every line), footnote bodies and page debris in the middle of a block
/// at a page break, a continuation line that starts with a space. Records the line of every injected error.
/// </summary>
internal sealed class DraftWriter(Random random, int width, bool doubleSpaced)
{
    private readonly StringBuilder _text = new();
    private readonly List<ExpectedFinding> _expected = [];
    private int _line = 1;

    public IReadOnlyList<ExpectedFinding> Expected => _expected;

    public string Text => _text.ToString();

    public void Line(string text)
    {
        _text.Append(text).Append('\n');
        _line++;
    }

    public void Blank() => Line(random.Next(4) == 0 ? " " : "");

    /// <summary>Writes a block wrapped at the page width; <paramref name="pageBreak"/> (footnote bodies, debris) goes after its first line.</summary>
    public void Block(Passage passage, Action? pageBreak = null)
    {
        var text = passage.Text;
        var lines = Wrap(text);
        var marks = passage.Marks.ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, length) = lines[i];
            var continuation = i == 1 && pageBreak is not null;
            if (i > 0 && doubleSpaced)
            {
                Blank();
            }

            foreach (var mark in marks.Where(m => m.Offset >= start && m.Offset < start + length + 1))
            {
                _expected.Add(new ExpectedFinding(mark.Error.RuleId(), _line, mark.Text, mark.Error));
            }

            var lineText = text.Substring(start, length);
            Line((continuation ? " " : "") + lineText + (i < lines.Count - 1 || random.Next(3) == 0 ? " " : ""));
            if (i == 0 && pageBreak is not null && lines.Count > 1)
            {
                Blank();
                pageBreak();
            }
        }

        if (lines.Count == 1 && pageBreak is not null)
        {
            Blank();
            pageBreak();
        }
    }

    /// <summary>Greedy word wrap: the (start, length) of each line, breaking only at single spaces.</summary>
    private List<(int Start, int Length)> Wrap(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            if (text.Length - start <= width)
            {
                result.Add((start, text.Length - start));
                break;
            }

            var cut = text.LastIndexOf(' ', start + width, width);
            if (cut <= start)
            {
                cut = text.IndexOf(' ', start + width);
                if (cut < 0)
                {
                    result.Add((start, text.Length - start));
                    break;
                }
            }

            result.Add((start, cut - start));
            start = cut + 1;
        }

        return result;
    }
}
