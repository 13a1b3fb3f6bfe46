using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DraftLint.Cli.Output;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Cli;

/// <summary>
/// Issue 23, SARIF at repository scale: a finding carries a few hundred characters of its text however long its line,
/// with exact positions; SARIF and JSON are compact unless --pretty, and the same JSON either way.
/// </summary>
public sealed class ReportSizeTests : IDisposable
{
    private const string Broken = "The European Parliament,\n\nA. whereas one;\n\nC. whereas ‘three’;\n\nC. whereas four;\n\n1. Instructs its President.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A draft whose third line is a megabyte of recitals, each with a doubled word (DR5002).</summary>
    internal static string LongLineDraft()
    {
        const string Recital = "A. whereas the the Commission said so in its report ; ";
        return "The European Parliament,\n\n" + string.Concat(Enumerable.Repeat(Recital, 1_000_000 / Recital.Length)) + "\n";
    }

    [Fact]
    public void A_finding_on_a_line_of_a_megabyte_carries_a_few_hundred_characters_of_it_at_exact_positions()
    {
        var text = LongLineDraft();
        _folder.Write("long.txt", text);

        var (_, stdout, _) = CliRunner.Run(_folder.Path, "long.txt", "--format", "sarif");
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        results.Count.ShouldBeGreaterThanOrEqualTo(100);
        (stdout.Length / results.Count).ShouldBeLessThan(5_000, "characters of log per result, for a line of 1,000,000");
        foreach (var result in results)
        {
            result.GetRawText().Length.ShouldBeLessThan(5_000);
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = ShouldBeExact(text, physical.GetProperty("region"));
            var context = ShouldBeExact(text, physical.GetProperty("contextRegion"));

            // The context holds the region, and more of the line than the region, within the margin on each side.
            context.Offset.ShouldBeLessThanOrEqualTo(region.Offset);
            (context.Offset + context.Length).ShouldBeGreaterThanOrEqualTo(region.Offset + region.Length);
            context.Length.ShouldBeGreaterThan(region.Length);
            context.Length.ShouldBeLessThanOrEqualTo(region.Length + (2 * DraftLint.Diagnostics.LocationExcerpt.ContextMargin));
        }
    }

    /// <summary>Checks that a region's snippet is the file's text at its offset and length, and its lines and columns those of that text.</summary>
    private static (int Offset, int Length) ShouldBeExact(string text, JsonElement region)
    {
        var offset = region.GetProperty("charOffset").GetInt32();
        var length = region.GetProperty("charLength").GetInt32();
        region.GetProperty("snippet").GetProperty("text").GetString().ShouldBe(text.Substring(offset, length));
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe(Position(text, offset));
        (region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()).ShouldBe(Position(text, offset + length));
        return (offset, length);
    }

    /// <summary>The 1-based line and column (UTF-16) of an offset, lines ending at CRLF, LF or CR.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return (line, offset - lineStart + 1);
    }

    [Theory]
    [InlineData(0, "\n")]
    [InlineData(1, "\n")]
    [InlineData(0, "\r\n")]
    [InlineData(1, "\r\n")]
    [InlineData(249, "\r\n")]
    public void A_context_region_cut_in_a_long_line_splits_no_surrogate_pair_and_no_CRLF(int column, string newLine)
    {
        // A line of emoji (two UTF-16 units each), then the finding's line: the finding at the given column, then more
        // emoji. The margin falls in the line before, between or on the halves of an emoji as the column and the line
        // break's length make it, or (column 249 after a CRLF) between CR and LF; after the finding, inside an emoji.
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));
        var before = emoji + newLine + new string('y', column);
        var content = before + "finding " + emoji + newLine + "end";
        var source = new DraftLint.Text.SourceText("a.txt", content);
        var location = DraftLint.Diagnostics.Location.Create(source, new DraftLint.Text.TextSpan(before.Length, "finding".Length));

        var span = location.Excerpt.ContextSpan.ShouldNotBeNull();
        var snippet = source.ToString(span);

        char.IsLowSurrogate(snippet[0]).ShouldBeFalse();
        char.IsHighSurrogate(snippet[^1]).ShouldBeFalse();
        snippet.ShouldNotStartWith("\n");
        span.Length.ShouldBeGreaterThan(2 * DraftLint.Diagnostics.LocationExcerpt.ContextMargin - 2, "cut at the margins, a character in at most");
        span.Length.ShouldBeLessThanOrEqualTo("finding".Length + (2 * DraftLint.Diagnostics.LocationExcerpt.ContextMargin));
        snippet.ShouldContain("finding");
    }

    [Fact]
    public void A_finding_longer_than_a_snippet_has_no_snippet_and_no_context()
    {
        var source = new DraftLint.Text.SourceText("a.txt", new string('a', 2_000));
        var location = DraftLint.Diagnostics.Location.Create(source, new DraftLint.Text.TextSpan(100, DraftLint.Diagnostics.LocationExcerpt.MaxSnippetLength + 1));
        var diagnostic = DraftLint.Diagnostics.Diagnostic.Create(DraftLint.Rules.BuiltInRules.Descriptors[0], location, [.. Enumerable.Repeat<object?>("x", 9)]);
        var result = new DraftLint.Analysis.LintRunResult([diagnostic], [], []);
        var report = new RunReport(result, DraftLint.Rules.BuiltInRules.Descriptors, d => d.DefaultSeverity, _folder.Path, [], "draftlint a.txt");
        var writer = new StringWriter();

        new SarifReportWriter().Write(report, writer);
        var physical = JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");

        physical.GetProperty("region").GetProperty("charLength").GetInt32().ShouldBe(DraftLint.Diagnostics.LocationExcerpt.MaxSnippetLength + 1);
        physical.GetProperty("region").TryGetProperty("snippet", out _).ShouldBeFalse();
        physical.TryGetProperty("contextRegion", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Reports_are_compact_unless_pretty_and_the_same_JSON_either_way(string format)
    {
        _folder.Write("drafts/a.txt", Broken);

        var (compactExit, compact, _) = CliRunner.Run(_folder.Path, "drafts", "--format", format);
        var (prettyExit, pretty, _) = CliRunner.Run(_folder.Path, "drafts", "--format", format, "--pretty");

        compact.TrimEnd('\n').ShouldNotContain("\n");
        pretty.ShouldContain("\n  ");
        pretty.Length.ShouldBeGreaterThan(compact.Length);
        prettyExit.ShouldBe(compactExit);
        JsonNode.DeepEquals(JsonNode.Parse(compact), JsonNode.Parse(pretty)).ShouldBeTrue();
    }

    [Fact]
    public void The_stream_over_a_writer_decodes_characters_split_between_writes()
    {
        const string Text = "aé€😀z";
        var writer = new StringWriter();

        using (var stream = new TextWriterStream(writer))
        {
            foreach (var b in Encoding.UTF8.GetBytes(Text))
            {
                stream.WriteByte(b);
            }
        }

        writer.ToString().ShouldBe(Text);
    }
}
