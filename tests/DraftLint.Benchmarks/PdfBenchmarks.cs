using BenchmarkDotNet.Attributes;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Documents;
using DraftLint.Documents.Pdf;
using DraftLint.Rules;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DraftLint.Benchmarks;

/// <summary>
/// PDF input: reading a 200-page PDF (the seed draft set again and again, laid out as a draft: labels at the margin
/// and a tab to the text, paragraphs apart, a running footer) into text, and linting it with every rule. The PDF is
/// built with PdfPig's writer in Helvetica, so that the benchmark needs no office suite; docs/documents.md gives the
/// figures, and those of a PDF LibreOffice makes (embedded fonts, compressed streams).
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    public const int Pages = 200;

    private byte[] _pdf = null!;
    private string _path = null!;
    private AnalyzerDriver _driver = null!;
    private Func<string, FileConfiguration> _configure = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pdf = BuildDraft(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", "kazakhstan-2012-motion-draft.en.txt")), Pages);
        _path = Path.Combine(Path.GetTempPath(), "draftlint-bench-200-pages.pdf");
        File.WriteAllBytes(_path, _pdf);

        var data = RuleDataSet.Default;
        _driver = new AnalyzerDriver(BuiltInRules.CreateAll(), data);
        _configure = new LintConfiguration(
            Path.Combine(data.Directory, "defaults.json"),
            _driver.SupportedDiagnostics,
            data.Languages.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
            new CommandLineSettings()).ForFile;
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Description = "read a 200-page PDF into text")]
    public int Read() => PdfDocumentReader.Read(_path, _pdf).Length;

    [Benchmark(Description = "lint a 200-page PDF, every rule")]
    public int Lint() => _driver.Run([DocumentInputs.FromFile(_path)], _configure, 1).Diagnostics.Length;

    /// <summary>The text's lines set on A4 pages in 10-point Helvetica, over and over until <paramref name="pages"/> pages are full.</summary>
    public static byte[] BuildDraft(IReadOnlyList<string> lines, int pages)
    {
        const double Left = 57, Indent = 92, Top = 800, Bottom = 80, Pitch = 12, ParagraphGap = 10, Size = 10;
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(@"RE\1234567EN.doc", 9, new PdfPoint(Left, 40), font);
            page.AddText($"{number}/{pages}", 9, new PdfPoint(290, 40), font);
            page.AddText("PE123.456v01-00", 9, new PdfPoint(470, 40), font);
            var y = Top;
            var line = (number - 1) * 50 % lines.Count;
            while (y > Bottom)
            {
                var text = lines[line].Trim();
                line = (line + 1) % lines.Count;
                if (text.Length == 0)
                {
                    y -= ParagraphGap;
                    continue;
                }

                // "A. whereas …", "– having regard to …", "12. Calls on …": the label at the margin, the text after a tab.
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                if (space is > 0 and <= 4 && (text[space - 1] == '.' || text[0] == '–'))
                {
                    page.AddText(text[..space], Size, new PdfPoint(Left, y), font);
                    page.AddText(text[(space + 1)..], Size, new PdfPoint(Indent, y), font);
                }
                else
                {
                    page.AddText(text, Size, new PdfPoint(Indent, y), font);
                }

                y -= Pitch;
            }
        }

        return builder.Build();
    }
}
