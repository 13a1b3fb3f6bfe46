using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Corpus;
using DraftLint.Data;
using DraftLint.Documents.Word;
using DraftLint.Rules;

namespace DraftLint.Benchmarks;

/// <summary>
/// A long Word document: 100 generated drafts one after another (about 3,100 paragraphs and 470,000 characters, some 170 printed pages),
/// read into the text Word shows and linted. Reading is the part Word input adds to a run (docs/documents.md).
/// </summary>
[MemoryDiagnoser]
public class WordBenchmarks
{
    private byte[] _docx = null!;
    private string _path = null!;
    private AnalyzerDriver _driver = null!;
    private Func<string, FileConfiguration> _configure = null!;

    /// <summary>How many paragraphs the document has, to read the figures per paragraph.</summary>
    public static int Paragraphs { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = RuleDataSet.Default;
        _driver = new AnalyzerDriver(BuiltInRules.CreateAll(), data);
        _configure = new LintConfiguration(Path.Combine(data.Directory, "defaults.json"), _driver.SupportedDiagnostics, data.Languages.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), new CommandLineSettings()).ForFile;

        var generator = new CorpusGenerator(data, seed: 1);
        var blocks = Enumerable.Range(0, 100).SelectMany(i => generator.Generate(i).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).ToList();
        Paragraphs = blocks.Count;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(blocks.Select(b => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(b.Replace('\n', ' ')) { Space = SpaceProcessingModeValues.Preserve }))));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        _docx = stream.ToArray();
        _path = Path.Combine(Path.GetTempPath(), "draftlint-bench-long.docx");
        File.WriteAllBytes(_path, _docx);
    }

    [Benchmark(Description = "read a 3,100-paragraph Word document")]
    public int Read() => WordDocumentReader.Read(_path, _docx).Length;

    [Benchmark(Description = "read and lint a 3,100-paragraph Word document, every rule")]
    public int Lint() => _driver.Run([DraftLint.Documents.DocumentInputs.FromFile(_path)], _configure, 1).Diagnostics.Length;
}
