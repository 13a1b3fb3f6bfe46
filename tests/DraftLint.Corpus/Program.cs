using System.CommandLine;
using System.Text;
using System.Text.Json;
using DraftLint.Corpus;
using DraftLint.Data;

var count = new Option<int>("--count", "-n") { Description = "How many drafts to write.", DefaultValueFactory = _ => 1000 };
var seed = new Option<int>("--seed", "-s") { Description = "The seed number: the same seed writes the same corpus.", DefaultValueFactory = _ => 1 };
var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder to write into (created if missing).", Required = true };
var errorRate = new Option<double>("--error-rate") { Description = "The share of drafts with injected errors, 0 to 1.", DefaultValueFactory = _ => 0.5 };
var errors = new Option<InjectedError[]>("--errors") { Description = "The kinds of error to inject (default: all): " + string.Join(", ", InjectedErrors.All), AllowMultipleArgumentsPerToken = true };
var root = new RootCommand("Writes a deterministic corpus of synthetic draft resolutions with injected errors, and expected.json listing where each error must be reported.")
{
    count, seed, output, errorRate, errors,
};
root.SetAction(parse =>
{
    var rate = parse.GetValue(errorRate);
    if (rate is < 0 or > 1)
    {
        Console.Error.WriteLine("draftlint-corpus: error: --error-rate must be between 0 and 1.");
        return 2;
    }

    var folder = parse.GetValue(output)!;
    folder.Create();
    var generator = new CorpusGenerator(RuleDataSet.Default, parse.GetValue(seed), rate, parse.GetValue(errors));
    var expected = new List<object>();
    long bytes = 0;
    var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    for (var i = 0; i < parse.GetValue(count); i++)
    {
        var draft = generator.Generate(i);
        var content = utf8.GetBytes(draft.Text);
        File.WriteAllBytes(Path.Combine(folder.FullName, draft.FileName), content);
        bytes += content.Length;
        expected.AddRange(draft.Expected.Select(e => new { file = draft.FileName, rule = e.RuleId, line = e.Line, text = e.Text, error = e.Error.ToString() }));
    }

    File.WriteAllText(Path.Combine(folder.FullName, "expected.json"), JsonSerializer.Serialize(expected, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"{parse.GetValue(count)} drafts, {bytes / 1_000_000.0:F1} MB, {expected.Count} injected errors in {folder.FullName}");
    return 0;
});

return root.Parse(args).Invoke();
