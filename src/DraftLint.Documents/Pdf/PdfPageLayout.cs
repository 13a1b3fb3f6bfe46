using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace DraftLint.Documents.Pdf;

/// <summary>
/// One page's text as blocks of lines in reading order, through PdfPig's layout analysis: its nearest-neighbour word
/// extractor, the Docstrum segmenter's lines and blocks, and its unsupervised reading-order detector.
/// </summary>
internal static partial class PdfPageLayout
{
    // Everything here runs on one thread: the driver already reads files in parallel, and PdfPig's parallel loops
    // would make the order of words from different orientations depend on timing.
    private const int OneThread = 1;

    private static readonly DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions Docstrum = new() { MaxDegreeOfParallelism = OneThread };

    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions
    {
        MaxDegreeOfParallelism = OneThread,
        DistanceMeasureAA = (from, to) => Math.Abs(to.X - from.X) + (VerticalWeight * Math.Abs(to.Y - from.Y)),
        MaximumDistance = LetterGap(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions().MaximumDistance),
    });

    /// <summary>
    /// How much the vertical distance between two letters counts in the word extractor's measure for axis-aligned
    /// text (from one letter's baseline end to the next one's start). The library's measure (Manhattan) counts it
    /// whole, so that a footnote marker set smaller and raised after a word ("Asia¹,") was farther from the word than
    /// the comma after it, and became a word of its own, or a line of its own. Counted half, the raised letter is the
    /// nearest; <see cref="LetterGap"/> lets it into the word, and keeps text set upright as the library has it.
    /// </summary>
    private const double VerticalWeight = 0.5;

    /// <summary>The page's blocks, each its lines of text, in reading order; none for a page without text.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Blocks(Page page)
    {
        var letters = DuplicateOverlappingTextProcessor.Get(WithoutArtifacts(page));
        var words = WordExtractor.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var em = DominantPointSize(words);
        var lines = DocstrumBoundingBoxes.GetLines(words, WordGap * em, Docstrum.WithinLineBounds, Docstrum.WordSeparator, OneThread).ToList();
        lines = JoinLineParts(lines, em, LineGap * em);
        var blocks = DocstrumBoundingBoxes.GetStructuralBlocks(lines, BlockGap * em, Docstrum.AngularDifferenceBounds, Docstrum.Epsilon, Docstrum.LineSeparator, OneThread).ToList();
        var ordered = blocks.Count <= MaxOrderedBlocks ? UnsupervisedReadingOrderDetector.Instance.Get(blocks) : RenderingReadingOrderDetector.Instance.Get(blocks);
        return [.. ordered
            .Select(b => JoinWrappedUrls([.. JoinLineParts(b.TextLines, em, double.PositiveInfinity).Select(l => Clean(l.Text))]))];
    }

    /// <summary>
    /// The most blocks a page's reading order is worked out for from their places (the unsupervised detector weighs
    /// every pair, 0.3 s for 900 blocks, and more than that at a cube's pace); past it, a page of scattered cells is
    /// read in the order the PDF draws its text (the rendering-order detector).
    /// </summary>
    private const int MaxOrderedBlocks = 1000;

    /// <summary>
    /// The widest gap between two words of a line, in ems, for Docstrum's lines: three word spaces, Docstrum's own
    /// measure. Docstrum estimates the word space from the page, which took a sixth of the reading time; wider gaps
    /// (a label's tab, a justified line) are joined after (<see cref="JoinLineParts"/>).
    /// </summary>
    private const double WordGap = 1;

    /// <summary>
    /// The gap between two lines (bottom of one to top of the next) past which they are in different blocks, in ems
    /// of the page's text. Docstrum estimates it from the page's commonest gap, which on a page of one-line
    /// citations, or of lines separated by empty paragraphs, is the gap between paragraphs, so that the whole page
    /// became one block. Single-spaced lines are 0.2 to 0.5 em apart (more where a line has no descender or the
    /// next no capital); a paragraph's spacing adds 6 points (half an em) or more.
    /// </summary>
    private const double BlockGap = 0.6;

    /// <summary>The widest gap between two parts of one line, in ems: a label's tab, a justified line's spaces.</summary>
    private const double LineGap = 6;

    /// <summary>
    /// Joins the parts of a line that Docstrum's lines (at most three word spaces wide) leave apart: a label at the
    /// margin and its text after a tab at a hanging indent ("A.→whereas…", "–→having regard to…", two or three ems),
    /// and the words of a justified line that a long word on the next line spread out ("ter   vervanging   van   de"
    /// in Dutch). Apart, the label was a block of its own, and a justified line's parts ended up in other blocks, out
    /// of order. On the page, parts on one baseline less than <see cref="LineGap"/> ems apart are one line, so that
    /// a running footer's parts (file name, page number, PE number), farther apart, stay lines of their own, which the
    /// parser drops as page debris; within a block, where a footer never is, all parts on one baseline are (a line
    /// spread wider still before a long URL). Horizontal lines come out top to bottom, each part left to right.
    /// </summary>
    private static List<TextLine> JoinLineParts(IReadOnlyList<TextLine> lines, double em, double maximumGap)
    {
        var horizontal = lines.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        var rows = RowBaselines(horizontal, maximumGap);
        horizontal.Sort((a, b) => rows[b].CompareTo(rows[a]));
        var joined = new List<TextLine>(lines.Count);
        for (var i = 0; i < horizontal.Count;)
        {
            var j = i + 1;
            while (j < horizontal.Count && rows[horizontal[i]] - rows[horizontal[j]] < 0.2 * em)
            {
                j++;
            }

            TextLine? current = null;
            foreach (var part in horizontal.GetRange(i, j - i).OrderBy(l => l.BoundingBox.Left))
            {
                if (current is not null && part.BoundingBox.Left - current.BoundingBox.Right < maximumGap)
                {
                    current = new TextLine([.. current.Words, .. part.Words], Docstrum.WordSeparator);
                    continue;
                }

                if (current is not null)
                {
                    joined.Add(current);
                }

                current = part;
            }

            joined.Add(current!);
            i = j;
        }

        joined.AddRange(lines.Where(l => l.TextOrientation != TextOrientation.Horizontal));
        return joined;
    }

    /// <summary>
    /// The baseline of each line's row: its largest letters' baseline, or for a part set smaller and raised (less
    /// than half the size of the line beside it) or lowered (less than a third), the baseline of the line beside it
    /// within <paramref name="maximumGap"/>. A footnote's number in the footnote area, which Word sets as a
    /// superscript before the note's text ("¹ P7_TA-PROV(2011)0588"), is then on the line of its text; apart, it was
    /// a block of its own and the note lost its number.
    /// </summary>
    private static Dictionary<TextLine, double> RowBaselines(List<TextLine> lines, double maximumGap)
    {
        var rows = new Dictionary<TextLine, double>(lines.Count, ReferenceEqualityComparer.Instance);
        var sizes = new Dictionary<TextLine, (double Baseline, double Size)>(lines.Count, ReferenceEqualityComparer.Instance);
        foreach (var line in lines)
        {
            var largest = line.Words.SelectMany(w => w.Letters).MaxBy(l => l.PointSize)!;
            sizes[line] = (largest.StartBaseLine.Y, largest.PointSize);
            rows[line] = largest.StartBaseLine.Y;
        }

        var largestSize = sizes.Values.Max(s => s.Size);
        foreach (var small in lines.Where(l => sizes[l].Size <= 0.9 * largestSize))
        {
            var (baseline, size) = sizes[small];
            var host = lines
                .Where(l => sizes[l].Size * 0.9 >= size)
                .Where(l => baseline - sizes[l].Baseline is var rise && rise <= 0.5 * sizes[l].Size && rise >= -sizes[l].Size / 3)
                .Where(l => l.BoundingBox.Left - small.BoundingBox.Right < maximumGap && small.BoundingBox.Left - l.BoundingBox.Right < maximumGap)
                .MinBy(l => Math.Abs(baseline - sizes[l].Baseline));
            if (host is not null)
            {
                rows[small] = sizes[host].Baseline;
            }
        }

        return rows;
    }

    /// <summary>The letters of the page without those its marked content calls artefacts (running headers and footers, page numbers).</summary>
    private static List<Letter> WithoutArtifacts(Page page)
    {
        var artifacts = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
        foreach (var element in page.GetMarkedContents())
        {
            CollectArtifacts(element, inArtifact: false, artifacts);
        }

        return artifacts.Count == 0 ? [.. page.Letters] : [.. page.Letters.Where(l => !artifacts.Contains(l))];
    }

    private static void CollectArtifacts(MarkedContentElement element, bool inArtifact, HashSet<Letter> artifacts)
    {
        inArtifact |= element.IsArtifact;
        if (inArtifact)
        {
            artifacts.UnionWith(element.Letters);
        }

        foreach (var child in element.Children)
        {
            CollectArtifacts(child, inArtifact, artifacts);
        }
    }

    /// <summary>The point size most of the page's letters have: the body text's.</summary>
    private static double DominantPointSize(List<PdfWord> words)
    {
        var counts = new Dictionary<double, int>();
        foreach (var letter in words.SelectMany(w => w.Letters))
        {
            var size = Math.Round(letter.PointSize * 2) / 2;
            counts[size] = counts.GetValueOrDefault(size) + 1;
        }

        var dominant = counts.MaxBy(c => (c.Value, c.Key)).Key;
        return dominant > 0 ? dominant : 12;
    }

    /// <summary>
    /// The word extractor's largest distance between two letters of a word: the library's (a fifth of an em), and on
    /// horizontal text also
    /// <list type="bullet">
    /// <item>the rise of a superscript or subscript, where one of the two letters is set smaller and raised or lowered
    /// less than half the larger one's size: a footnote marker is one word with the word before it and the comma
    /// after it ("Asia¹," is "Asia1,", as PDF extraction gives it); a space between them still separates them;</item>
    /// <item>a kerned pair's overlap up to a third of an em: "P." of a label, whose full stop starts under the P, was
    /// "P ." (the library measures an overlap as a distance, and a kerned full stop overlaps more than a fifth).</item>
    /// </list>
    /// Text set upright (turned a quarter) is measured along the line at <see cref="VerticalWeight"/>, so its largest
    /// distance is scaled alike and stays the library's.
    /// </summary>
    private static Func<Letter, Letter, double> LetterGap(Func<Letter, Letter, double> library) => (previous, next) =>
    {
        var distance = library(previous, next);
        if (previous.TextOrientation is TextOrientation.Rotate90 or TextOrientation.Rotate270)
        {
            return VerticalWeight * distance;
        }

        if (previous.TextOrientation != TextOrientation.Horizontal || next.TextOrientation != TextOrientation.Horizontal)
        {
            return distance;
        }

        var larger = Math.Max(previous.PointSize, next.PointSize);
        var smaller = Math.Min(previous.PointSize, next.PointSize);
        var rise = Math.Abs(next.StartBaseLine.Y - previous.EndBaseLine.Y);
        if (smaller <= 0.9 * larger && rise > 0 && rise < 0.5 * larger)
        {
            distance += VerticalWeight * rise;
        }

        var overlap = previous.EndBaseLine.X - next.StartBaseLine.X;
        if (overlap > 0 && rise < 0.1 * larger)
        {
            distance += Math.Min(overlap, larger / 3);
        }

        return distance;
    };

    /// <summary>
    /// Joins a URL that the layout broke at the end of a line to its rest on the next line
    /// ("…/pressdata/EN/foraff/" and "128988.pdf"): apart, the rules read a URL cut short (DR4007 quoting half of it)
    /// and its rest as words ("128988" as a number without a thousands separator). A line's last word is a URL
    /// broken there where it ends with a character a URL breaks after (/ - . ? &amp; = _ % + # ~) and the next line's
    /// first word is made of URL characters with one of / . % = &amp; ? # + _ or a digit in it, or where that word
    /// starts with what no word starts with (% / ? &amp; = # .); a word that starts a URL of its own never continues one.
    /// </summary>
    private static List<string> JoinWrappedUrls(List<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var last = lines[i].LastIndexOf(' ') + 1;
            var word = lines[i].AsSpan(last);
            if (!UrlStart().IsMatch(word))
            {
                continue;
            }

            var next = lines[i + 1];
            var end = next.IndexOf(' ');
            var first = end < 0 ? next : next[..end];
            var continues = UrlPart().IsMatch(first) && !UrlStart().IsMatch(first)
                && (("/-.?&=_%+#~".Contains(word[^1], StringComparison.Ordinal) && UrlPartSign().IsMatch(first)) || "%/?&=#.".Contains(first[0], StringComparison.Ordinal));
            if (!continues)
            {
                continue;
            }

            lines[i] += first;
            var rest = end < 0 ? "" : next[(end + 1)..].TrimStart();
            if (rest.Length == 0)
            {
                lines.RemoveAt(i + 1);
            }
            else
            {
                lines[i + 1] = rest;
            }

            // The joined URL may go on over the next line too.
            i--;
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:https?://|www\.)\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlStart();

    [GeneratedRegex(@"^[\w\-./%?=&#+~:@!$*']+[,;:)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPart();

    [GeneratedRegex(@"[/.%=&?#+_\d]", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPartSign();

    /// <summary>
    /// A line's text as the parser wants it: ligature glyphs spelled out ("ﬁ" as "fi"), no control characters.
    /// </summary>
    private static string Clean(string line)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var replacement = c switch
            {
                >= '\uFB00' and <= '\uFB06' => c.ToString().Normalize(NormalizationForm.FormKC),
                _ when char.IsControl(c) => "",
                _ => null,
            };
            if (replacement is null)
            {
                clean?.Append(c);
                continue;
            }

            clean ??= new StringBuilder(line, 0, i, line.Length + 4);
            clean.Append(replacement);
        }

        return clean?.ToString() ?? line;
    }
}
