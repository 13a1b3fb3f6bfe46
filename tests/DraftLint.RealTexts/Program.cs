using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Rules;

// Lints a folder of real texts with the built-in policy and scores what it reports against a reader's judgement:
//   dotnet run --project tests/DraftLint.RealTexts -- ../shared/realtexts [--all]
// The folder holds texts/*.txt and, beside them, findings-judged.tsv (file rule level line col verdict cause …),
// and optionally real-errors.tsv (file line family what) and dates.tsv (file date evidence). Precision counts
// warnings and errors: TRUE is right; FALSE and page-chrome ARTEFACTs are false alarms; ARTEFACTs of the excerpt's
// cut are left out; a finding nobody judged is right where it reports a real error of real-errors.tsv, and otherwise
// counts as false and is listed, to be judged by whoever reads it.
// Recall: a real error counts as found when a finding of its family (notes too) is on its line or next to it.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: DraftLint.RealTexts FOLDER [--all]   (FOLDER holds texts/ and findings-judged.tsv)");
    return args.Length == 0 ? 2 : 0;
}

var folder = args[0];
var all = args.Contains("--all");
var texts = Path.Combine(folder, "texts");
if (!Directory.Exists(texts) || !File.Exists(Path.Combine(folder, "findings-judged.tsv")))
{
    Console.Error.WriteLine($"{folder}: no texts/ folder or findings-judged.tsv in it");
    return 2;
}

var data = RuleDataSet.Default;
var driver = new AnalyzerDriver(BuiltInRules.CreateAll(), data);
var configuration = new LintConfiguration(
    Path.Combine(data.Directory, "defaults.json"),
    driver.SupportedDiagnostics,
    data.Languages.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase),
    new CommandLineSettings());
var files = Directory.EnumerateFiles(texts, "*.txt").Order(StringComparer.Ordinal).ToList();
var result = driver.Run([.. files.Select(f => LintInput.FromFile(f))], configuration.ForFile);

var judged = Table(Path.Combine(folder, "findings-judged.tsv"))
    .GroupBy(r => (r["file"], r["rule"], int.Parse(r["line"], System.Globalization.CultureInfo.InvariantCulture)))
    .ToDictionary(g => g.Key, g => (Verdict: g.First()["verdict"], Cause: g.First()["cause"]));

// A finding nobody judged that reports a listed real error (its family, on its line or next to it) is right by that list.
var truthLines = File.Exists(Path.Combine(folder, "real-errors.tsv"))
    ? Table(Path.Combine(folder, "real-errors.tsv")).Select(r => (r["file"], r["family"], int.Parse(r["line"], System.Globalization.CultureInfo.InvariantCulture))).ToHashSet()
    : [];

int right = 0, wrong = 0, rightErrors = 0, wrongErrors = 0;
var listed = new List<string>();
foreach (var d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Suppression is null && !d.Id.StartsWith("DR0", StringComparison.Ordinal)))
{
    var file = Path.GetFileName(d.Location.FilePath);
    var line = d.Location.LineSpan.Start.Line;
    var (verdict, cause) = judged.TryGetValue((file, d.Id, line), out var j) ? j
        : Enumerable.Range(line - 1, 3).Any(l => truthLines.Contains((file, d.Id[..3], l))) ? ("TRUE", "a listed real error")
        : ("UNJUDGED", d.Message);
    if (verdict == "ARTEFACT" && (cause.Contains(" cut", StringComparison.Ordinal) || cause.Contains("truncat", StringComparison.Ordinal)))
    {
        continue;
    }

    var isRight = verdict == "TRUE";
    (right, wrong) = isRight ? (right + 1, wrong) : (right, wrong + 1);
    if (d.Severity == DiagnosticSeverity.Error)
    {
        (rightErrors, wrongErrors) = isRight ? (rightErrors + 1, wrongErrors) : (rightErrors, wrongErrors + 1);
    }

    if (!isRight)
    {
        listed.Add($"{(verdict == "UNJUDGED" ? "unjudged" : "false   ")} {file}:{line} {d.Id} {d.Severity.ToName()}: {cause}");
    }
}

var found = result.Diagnostics.Select(d => (File: Path.GetFileName(d.Location.FilePath), Family: d.Id[..3], d.Location.LineSpan.Start.Line)).ToHashSet();
var truth = File.Exists(Path.Combine(folder, "real-errors.tsv"))
    ? Table(Path.Combine(folder, "real-errors.tsv")).Where(r => r["family"].StartsWith("DR", StringComparison.Ordinal) && r["family"] != "DR6").ToList()
    : [];
var missed = truth.Where(r =>
{
    var line = int.Parse(r["line"], System.Globalization.CultureInfo.InvariantCulture);
    return !Enumerable.Range(line - 1, 3).Any(l => found.Contains((r["file"], r["family"], l)));
}).ToList();
listed.AddRange(missed.Select(r => $"missed   {r["file"]}:{r["line"]} {r["family"]}: {r["what"]}"));

var dated = File.Exists(Path.Combine(folder, "dates.tsv"))
    ? Table(Path.Combine(folder, "dates.tsv")).Where(r => r["date"].Length > 0 && !r["evidence"].Contains("FALLBACK", StringComparison.Ordinal)).ToList()
    : [];
var dates = result.Documents.ToDictionary(d => Path.GetFileName(d.Path), d => d.DocumentDate ?? "none");
var wrongDates = dated.Where(r => !dates.TryGetValue(r["file"], out var got) || got != r["date"]).ToList();
listed.AddRange(wrongDates.Select(r => $"date     {r["file"]}: {dates.GetValueOrDefault(r["file"], "none")} (true {r["date"]})"));

// A French or German text is read as such, or said to be unsupported: never linted as English or Dutch.
var misread = result.Documents.Where(d => Path.GetFileName(d.Path).Split('.') is [.., var want, "txt"] && want is "fr" or "de" && d.Language is "en" or "nl").ToList();
listed.AddRange(misread.Select(d => $"language {Path.GetFileName(d.Path)} read as {d.Language}"));

foreach (var line in all ? listed : listed.Take(60))
{
    Console.WriteLine(line);
}

static string Ratio(int a, int n) => n == 0 ? "-" : $"{a}/{n} = {100.0 * a / n:0}%";
Console.WriteLine(
    $"real texts ({files.Count}): precision {Ratio(right, right + wrong)}, errors {Ratio(rightErrors, rightErrors + wrongErrors)}; "
    + $"recall {Ratio(truth.Count - missed.Count, truth.Count)}; document dates wrong {wrongDates.Count}/{dated.Count}; fr/de read as en/nl {misread.Count}");
return 0;

static List<Dictionary<string, string>> Table(string path)
{
    var lines = File.ReadAllLines(path);
    var columns = lines[0].Split('\t');
    return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
    {
        var cells = l.Split('\t');
        return columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i < cells.Length ? cells[p.i] : "", StringComparer.Ordinal);
    })];
}
