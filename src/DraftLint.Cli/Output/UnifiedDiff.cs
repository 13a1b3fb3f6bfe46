using System.Text;

namespace DraftLint.Cli.Output;

/// <summary>A unified diff of two versions of a file, as `diff -u` prints it, for `draftlint fix --dry-run`.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);

        // Fixes are local: diff only the middle that differs, between the common head and tail.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var ops = Lcs(a[head..^tail], b[head..^tail]);
        var lines = new List<(char Op, string Text, int A, int B)>();
        int ai = 0, bi = 0;
        for (var i = 0; i < head; i++)
        {
            lines.Add((' ', a[i], i, i));
        }

        foreach (var op in ops)
        {
            lines.Add(op switch
            {
                ' ' => (' ', a[head + ai], head + ai++, head + bi++),
                '-' => ('-', a[head + ai], head + ai++, head + bi),
                _ => ('+', b[head + bi], head + ai, head + bi++),
            });
        }

        for (var i = 0; i < tail; i++)
        {
            lines.Add((' ', a[a.Length - tail + i], a.Length - tail + i, b.Length - tail + i));
        }

        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var changed = lines.Select((l, i) => (l, i)).Where(x => x.l.Op != ' ').Select(x => x.i).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - Context);
            var end = changed[index];
            while (index + 1 < changed.Count && changed[index + 1] - end <= 2 * Context)
            {
                end = changed[++index];
            }

            end = Math.Min(lines.Count - 1, end + Context);
            var hunk = lines.GetRange(start, end - start + 1);
            var aCount = hunk.Count(l => l.Op != '+');
            var bCount = hunk.Count(l => l.Op != '-');
            // An empty side starts at the line before the hunk (0 in an empty file), as diff -u writes it.
            output.Append($"@@ -{hunk[0].A + (aCount == 0 ? 0 : 1)},{aCount} +{hunk[0].B + (bCount == 0 ? 0 : 1)},{bCount} @@\n");
            foreach (var line in hunk)
            {
                output.Append(line.Op).Append(line.Text).Append('\n');
            }

            index++;
        }

        return output.ToString();
    }

    /// <summary>Marks a last line that has no line break: it differs from the same text with one, as diff and git see it.</summary>
    private const string NoNewLine = "\n\\ No newline at end of file";

    /// <summary>
    /// The file's lines as diff reads them: split after each '\n', a '\r' before it kept (a CRLF file's patch has CRLF
    /// lines, which git apply matches), no phantom empty line after a final line break, and a last line without one
    /// followed by the "\ No newline at end of file" marker.
    /// </summary>
    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        if (text.EndsWith('\n'))
        {
            return lines[..^1];
        }

        lines[^1] += NoNewLine;
        return lines;
    }

    /// <summary>The edit script between two line arrays by longest common subsequence (' ' keep, '-' delete, '+' insert).</summary>
    private static List<char> Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var ops = new List<char>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add(' ');
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || table[x + 1, y] >= table[x, y + 1]))
            {
                ops.Add('-');
                x++;
            }
            else
            {
                ops.Add('+');
                y++;
            }
        }

        return ops;
    }
}
