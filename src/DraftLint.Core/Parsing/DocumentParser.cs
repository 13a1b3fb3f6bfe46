using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Parsing;

/// <summary>
/// Reads a resolution (or free prose) as PDF extraction left it: footnote bodies in mid-text, page-break
/// debris, lost bullet glyphs, stray spaces and blank lines. The parser never fails: text it cannot place
/// becomes continuation text or prose, so the rules always get a document.
/// </summary>
public sealed partial class DocumentParser
{
    private readonly RuleDataSet _data;
    private readonly string _bulletGlyphs;

    // Per language: the neutral page-debris and footnote patterns of structure.json with the pack's own.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<LanguageData, (PatternSet Debris, PatternSet FootnoteBodies)> _patterns = new();

    public DocumentParser(RuleDataSet data)
    {
        _data = data;
        _bulletGlyphs = data.Structure.BulletGlyphs;
    }

    private (PatternSet Debris, PatternSet FootnoteBodies) PatternsFor(LanguageData language) =>
        _patterns.GetOrAdd(language, static (pack, structure) =>
        (
            new PatternSet(structure.DebrisPatternsFor(pack), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase),
            new PatternSet(structure.FootnoteBodyPatternsFor(pack), RegexOptions.CultureInvariant)
        ), _data.Structure);

    /// <summary>Parses a document. <paramref name="language"/> of null or "auto" detects it.</summary>
    public DocumentSyntax Parse(SourceText source, string? language = null)
    {
        var code = language is null or "auto" ? LanguageDetector.Detect(source.Text, _data) : language;
        var state = new ParseState(source, _data.GetLanguage(code));
        ReadLines(state);
        state.DoubleSpaced = IsDoubleSpaced(state.Lines);
        FindFootnotes(state);
        var builder = new ItemAssembler(state);
        builder.Assemble();
        return new DocumentSyntax(
            source,
            code,
            builder.Shape,
            builder.Header.ToImmutable(),
            builder.Preamble,
            builder.Citations.ToImmutable(),
            builder.Recitals.ToImmutable(),
            builder.Paragraphs.ToImmutable(),
            builder.Prose.ToImmutable(),
            state.Footnotes.ToImmutable(),
            state.Markers.ToImmutable(),
            [.. state.Lines.Where(l => l.Kind == LineKind.Debris).Select(l => l.Full)],
            builder.Elisions.ToImmutable());
    }

    private void ReadLines(ParseState state)
    {
        var source = state.Source;

        // EUR-Lex renders the Official Journal's layout tables as one line per cell, each ending in " |": the dash of a
        // citation is a cell of its own ("— |") before the cell that holds the citation.
        var cells = new List<int>();
        var pendingBullet = false;
        for (var number = 1; number <= source.LineCount; number++)
        {
            var full = source.GetLineSpan(number);
            var start = full.Start;
            var end = full.End;
            while (start < end && IsBlankChar(source[start]))
            {
                start++;
            }

            while (end > start && IsBlankChar(source[end - 1]))
            {
                end--;
            }

            var cell = end - start >= 2 && source[end - 1] == '|' && IsBlankChar(source[end - 2]);
            if (cell)
            {
                end--;
                while (end > start && IsBlankChar(source[end - 1]))
                {
                    end--;
                }

                cells.Add(state.Lines.Count);
            }

            // A lost bullet or a citation dash: a glyph followed by white space, or a private-use glyph.
            var hasBullet = false;
            // A citation dash glued to its word by the extraction ("–having regard to") counts too: an en or em dash
            // before a lower-case letter opens no word of its own.
            if (start < end && _bulletGlyphs.Contains(source[start])
                && (start + 1 == end || IsBlankChar(source[start + 1]) || char.GetUnicodeCategory(source[start]) == System.Globalization.UnicodeCategory.PrivateUse
                    || (source[start] is '–' or '—' && char.IsLower(source[start + 1]))))
            {
                hasBullet = true;
                start++;
                while (start < end && IsBlankChar(source[start]))
                {
                    start++;
                }
            }

            if (cell && hasBullet && start == end)
            {
                // A dash cell: the dash belongs to the next cell's text.
                state.Lines.Add(new LineInfo(number, full, TextSpan.FromBounds(start, end), hasBullet) { Kind = LineKind.Debris });
                pendingBullet = true;
                continue;
            }

            if (pendingBullet && start < end)
            {
                hasBullet = true;
                pendingBullet = false;
            }

            var line = new LineInfo(number, full, TextSpan.FromBounds(start, end), hasBullet);
            if (line.Kind == LineKind.Content && IsSeparator(source.AsSpan(line.Content)))
            {
                line.Kind = LineKind.Blank;
            }
            else if (line.Kind == LineKind.Content && PatternsFor(state.Language).Debris.IsMatch(source.AsSpan(line.Content)))
            {
                line.Kind = LineKind.Debris;
            }

            state.Lines.Add(line);
        }

        MarkOfficialJournalHeaders(state, cells);
    }

    /// <summary>How many cells on each side of the Journal's title its page header has (date, language; issue, page).</summary>
    private const int HeaderCellsAround = 2;

    /// <summary>The longest cell of the page header besides the title ("C 378/381", "15.6.2012", "EN").</summary>
    private const int HeaderCellLength = 24;

    /// <summary>
    /// The Official Journal's page header, as EUR-Lex renders it: a run of cells (date of issue, language, the Journal's
    /// title, issue and page) is page furniture, not the text; its date is the publication date, not the text's.
    /// </summary>
    private static void MarkOfficialJournalHeaders(ParseState state, List<int> cells)
    {
        var titles = state.Language.OfficialJournalTitles;
        if (titles.Length == 0)
        {
            return;
        }

        var lines = CollectionsMarshal.AsSpan(state.Lines);
        for (var i = 0; i < cells.Count;)
        {
            var j = i;
            while (j + 1 < cells.Count && cells[j + 1] == cells[j] + 1)
            {
                j++;
            }

            // The header is the title cell and the short cells around it (date and language before, issue and page
            // after, in either order): not the whole run, which may go on into the text's own cells.
            for (var k = i; k <= j; k++)
            {
                var content = state.Source.AsSpan(lines[cells[k]].Content);
                var isTitle = false;
                foreach (var title in titles)
                {
                    isTitle |= content.Equals(title, StringComparison.OrdinalIgnoreCase);
                }

                if (!isTitle)
                {
                    continue;
                }

                for (var h = Math.Max(i, k - HeaderCellsAround); h <= Math.Min(j, k + HeaderCellsAround); h++)
                {
                    if (h == k || lines[cells[h]].Content.Length <= HeaderCellLength)
                    {
                        lines[cells[h]].Kind = LineKind.Debris;
                    }
                }
            }

            i = j + 1;
        }
    }

    private void FindFootnotes(ParseState state)
    {
        var source = state.Source;
        var text = source.Text;
        var urls = Urls.FindAny(text);
        var candidates = new List<(int Number, TextSpan Span, bool Year)>();
        foreach (var m in WordMarker().EnumerateMatches(text))
        {
            candidates.Add((int.Parse(text.AsSpan(m.Index, m.Length), CultureInfo.InvariantCulture), new TextSpan(m.Index, m.Length), false));
        }

        for (var m = YearMarker().Match(text); m.Success; m = m.NextMatch())
        {
            var digits = m.Groups["marker"];
            candidates.Add((int.Parse(digits.Value, CultureInfo.InvariantCulture), new TextSpan(digits.Index, digits.Length), true));
        }

        candidates.RemoveAll(c => Urls.AnyCovers(urls, c.Span.Start));
        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // Footnote bodies: "1 P7_TA-PROV(2011)0588" on a line of its own, numbered in sequence,
        // after a blank line or another body, with a marker before it or a reference in it.
        var next = 1;
        var bodies = new Dictionary<int, LineInfo>();
        var lines = CollectionsMarshal.AsSpan(state.Lines);
        for (var i = 0; i < lines.Length; i++)
        {
            ref var line = ref lines[i];
            if (line.Kind != LineKind.Content)
            {
                continue;
            }

            var content = source.AsSpan(line.Content);
            var previous = PreviousNonDebris(lines, i);
            var afterBreak = previous is not { } p || p.Kind is LineKind.Blank or LineKind.Footnote;

            // Most lines are not footnote bodies: the span is tested first, and a string made only for a body.
            if (!line.HasBullet && afterBreak && FootnoteBody().IsMatch(content) && FootnoteBody().Match(content.ToString()) is { Success: true } match)
            {
                var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
                var body = match.Groups["body"].Value;
                var referenceLike = PatternsFor(state.Language).FootnoteBodies.IsMatch(body);
                var hasMarker = HasMarkerBefore(candidates, number, line.Full.Start);
                if (number == next && (referenceLike || (hasMarker && !StartsWithMonth(body, state.Language))))
                {
                    line.Kind = LineKind.Footnote;
                    bodies[number] = line;
                    next++;
                    continue;
                }
            }

            // A line that is nothing but URLs: a footnote whose number was lost in extraction.
            if (UrlLine().IsMatch(content))
            {
                line.Kind = LineKind.Footnote;
            }
        }

        // Markers: in document order, each the next number, confirmed by its body (or by a year it is glued to).
        var expected = 1;
        var markers = new Dictionary<int, TextSpan>();
        foreach (var candidate in candidates)
        {
            if (candidate.Number != expected)
            {
                continue;
            }

            var hasBody = bodies.TryGetValue(candidate.Number, out var bodyLine);
            if ((hasBody && candidate.Span.Start < bodyLine.Full.Start) || (!hasBody && candidate.Year))
            {
                markers[candidate.Number] = candidate.Span;
                state.Markers.Add(new FootnoteMarker(candidate.Number, candidate.Span));
                expected++;
            }
        }

        foreach (var line in state.Lines.Where(l => l.Kind == LineKind.Footnote))
        {
            var content = source.ToString(line.Content);
            var match = FootnoteBody().Match(content);
            int? number = null;
            var bodySpan = line.Content;
            if (match.Success && bodies.TryGetValue(int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), out var bodyLine) && bodyLine.Number == line.Number)
            {
                number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
                bodySpan = TextSpan.FromBounds(line.Content.Start + match.Groups["body"].Index, line.Content.End);
            }

            var mapped = new MappedText.Builder(source).Append(bodySpan).Build();
            TextSpan? marker = number is int n && markers.TryGetValue(n, out var m) ? m : null;
            state.Footnotes.Add(new FootnoteSyntax(line.Content, number, mapped, marker));
        }
    }

    /// <summary>
    /// True where extraction put a blank line after most lines of text: then a single blank line is a line break,
    /// and only two or more in a row end a block of prose.
    /// </summary>
    private static bool IsDoubleSpaced(List<LineInfo> lines)
    {
        int content = 0, followedBySingleBlank = 0;
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Content)
            {
                continue;
            }

            content++;
            if (lines[i + 1].Kind == LineKind.Blank && lines[i + 2].Kind != LineKind.Blank)
            {
                followedBySingleBlank++;
            }
        }

        return content >= 10 && followedBySingleBlank * 10 >= content * 6;
    }

    // A loop, not a lambda: a lambda here would capture the line and allocate on every line of the document.
    private static bool HasMarkerBefore(List<(int Number, TextSpan Span, bool Year)> candidates, int number, int position)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Number == number && candidate.Span.Start < position)
            {
                return true;
            }
        }

        return false;
    }

    private static LineInfo? PreviousNonDebris(ReadOnlySpan<LineInfo> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Kind != LineKind.Debris)
            {
                return lines[i];
            }
        }

        return null;
    }

    internal static bool StartsWithMonth(string text, LanguageData language)
    {
        var word = LeadingWord().Match(text).Value;
        return word.Length > 0 && language.Months.Any(names => names.Any(n => n.Equals(word, StringComparison.OrdinalIgnoreCase)));
    }

    internal static bool IsBlankChar(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';

    private static bool IsSeparator(ReadOnlySpan<char> content)
    {
        // A footnote rule or a line of underscores, dashes or stars left by the PDF.
        if (content.Length < 5)
        {
            return false;
        }

        foreach (var c in content)
        {
            if (c is not ('_' or '-' or '–' or '—' or ' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which are no footnote numbers.
    [GeneratedRegex(@"(?<=\p{L}\p{L})[0-9]{1,2}(?=[\s,.;:)\u2019\u201D]|$)", RegexOptions.Multiline)]
    private static partial Regex WordMarker();

    [GeneratedRegex(@"(?<![0-9./-])(?:1[89]|20)[0-9][0-9](?<marker>[0-9]{1,2})(?![0-9/])")]
    private static partial Regex YearMarker();

    [GeneratedRegex(@"^(?<number>[0-9]{1,2})\s+(?<body>\S.*)$")]
    private static partial Regex FootnoteBody();

    [GeneratedRegex(@"^(?:https?://\S+\s*)+$")]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingWord();

    /// <summary>What the parser knows of a document while it reads it.</summary>
    internal sealed class ParseState(SourceText source, LanguageData language)
    {
        public SourceText Source { get; } = source;

        public LanguageData Language { get; } = language;

        public List<LineInfo> Lines { get; } = new(source.LineCount);

        /// <summary>True where a blank line follows most lines (see <see cref="IsDoubleSpaced"/>).</summary>
        public bool DoubleSpaced { get; set; }

        /// <summary>How many blank lines in a row end a block: 1, or 2 in a double-spaced text.</summary>
        public int BlockBreak => DoubleSpaced ? 2 : 1;

        public ImmutableArray<FootnoteSyntax>.Builder Footnotes { get; } = ImmutableArray.CreateBuilder<FootnoteSyntax>();

        public ImmutableArray<FootnoteMarker>.Builder Markers { get; } = ImmutableArray.CreateBuilder<FootnoteMarker>();
    }
}
