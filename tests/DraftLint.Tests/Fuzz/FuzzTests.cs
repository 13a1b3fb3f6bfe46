using System.Text;
using CsCheck;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Documents.Word;
using DraftLint.Tests.Documents;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing (CsCheck) of what reads untrusted input: the parser, the recognisers and every rule over
/// mutated seed texts, the configuration loader over mutated draftlint.json files, and the Word reader over mutated
/// .docx packages. Each property holds for every input: a finding or a clear message, never an exception and never a
/// rule failure (DR0003). `dotnet test` runs a bounded number of cases; DRAFTLINT_FUZZ_ITERATIONS=100000 runs more
/// (the README says how many they have survived), and a failure prints the seed that reproduces it.
/// </summary>
public sealed class FuzzTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("DRAFTLINT_FUZZ_ITERATIONS"), out var n) ? n : 300;

    private static readonly string[] Seeds = [.. SeedFiles.All.Select(s => File.ReadAllText(TestPaths.Seed(s)))];

    // What a mutation inserts: the pieces the recognisers look for, the characters that broke them before (digits of
    // other scripts, brackets, dashes, zero days, year 0000), and line structure.
    private static readonly string[] Pieces =
    [
        "0", "00", "٣", "২", "1", "31", "29 February", "30 February 2012", "0000", "2012", "9999", " 2012 ", "(", ")", "[", "]", "–", "-", "—",
        ",", ";", ".", "..", ":", "\n", "\n\n", "\r\n", " ", "\u00a0", "\t", "A.", "Z.", "AA.", "1.", "(a)", "– having regard to ",
        "whereas ", "Rule 122(5)", "Rules 135(5) and 123(4)", "P7_TA-PROV(2011)0588", "P9_TA(2021)0045", "B8-0205/2019",
        "2019/2610(RSP)", "OJ C 7, 4.6.0000, p. 1", "since December ", "on Monday 5 March 2012", "from 2-13 ", "the the ",
        "Vinyavski", "Vinyavskiy", "1", "¹", "https://www.europarl.europa.eu/", "…", "\"", "‘", "’", "«", "»", "ß", "é",
        "De Europese Unie,", "gezien ", "overwegende dat ", "vu ", "considérant que ", "unter Hinweis auf ", "in der Erwägung, dass ",
    ];

    private static readonly Gen<Mutation> AMutation =
        Gen.OneOf(
            Gen.Select(Gen.Double[0, 1], Gen.Int[0, Pieces.Length - 1]).Select((at, piece) => new Mutation(MutationKind.Insert, at, 0, Pieces[piece])),
            Gen.Select(Gen.Double[0, 1], Gen.Int[1, 200]).Select((at, length) => new Mutation(MutationKind.Delete, at, length, "")),
            Gen.Select(Gen.Double[0, 1], Gen.Int[1, 400]).Select((at, length) => new Mutation(MutationKind.Duplicate, at, length, "")),
            Gen.Select(Gen.Double[0, 1], Gen.Char.Array[1, 8]).Select((at, chars) => new Mutation(MutationKind.Insert, at, 0, new string(chars))));

    private static readonly Gen<string> MutatedSeed =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[1, 12].SelectMany(count => AMutation.Array[count]))
            .Select((seed, mutations) => mutations.Aggregate(Seeds[seed], (text, mutation) => mutation.Apply(text)));

    [Fact]
    public void Every_rule_reads_mutated_drafts_without_failing() =>
        MutatedSeed.Sample(
            text =>
            {
                var result = RuleVerifier.RunAll(text);
                Failures(result).ShouldBeEmpty($"no rule fails (DR0003) and the engine reports no problem; input:\n{text}");
                FixApplier.Apply(text, result.Diagnostics);
            },
            iter: Iterations);

    // A draftlint.json as people write them, then mutated byte by byte: keys of every kind, values of every type.
    private static readonly string[] ConfigurationPieces =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\u0000", "null", "true", "false", "0", "-1", "1e400", "3.5",
        "\"rules\"", "\"DR1001\"", "\"error\"", "\"none\"", "\"asOf\"", "\"2012-03-08\"", "\"2012-02-30\"", "\"language\"", "\"xx\"",
        "\"overrides\"", "\"files\"", "\"**/../*\"", "\"[\"", "\"suppressions\"", "\"justification\"", "\"names\"", "\"ignore\"",
        "\"versions\"", "\"reference\"", "\"options\"", "\"DR4009\"", "\"timeoutSeconds\"", "/*", "*/", "//", "\n",
    ];

    private const string Configuration = """
        {
          "asOf": "2012-03-08",
          "language": "en",
          "rules": { "DR1001": "error", "DR5009": "none" },
          "overrides": [ { "files": [ "**/*.nl.txt" ], "language": "nl", "rules": { "DR2001": "note" } } ],
          "suppressions": [ { "rule": "DR3001", "files": [ "old/*.txt" ], "justification": "archived" } ],
          "names": { "ignore": [ "Vinyavski" ] }
        }
        """;

    private static readonly Gen<byte[]> MutatedConfiguration =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, ConfigurationPieces.Length - 1], Gen.Double[0, 1], Gen.Int[0, 40], Gen.Byte.Array[0, 3])
            .Array[1, 6]
            .Select(edits => edits.Aggregate(Encoding.UTF8.GetBytes(Configuration), (bytes, e) =>
            {
                var at = (int)(e.Item1 * bytes.Length);
                var cut = (int)(e.Item3 * bytes.Length);
                byte[] inserted = [.. Encoding.UTF8.GetBytes(ConfigurationPieces[e.Item2]), .. e.Item5];
                return [.. bytes[..at], .. inserted, .. bytes[Math.Min(bytes.Length, Math.Max(at, cut) + (e.Item4 % 5))..]];
            }));

    [Fact]
    public void The_configuration_loader_gives_a_configuration_or_a_clear_problem_for_any_file()
    {
        var folder = Directory.CreateTempSubdirectory("draftlint-fuzz-config-").FullName;
        var defaults = Path.Combine(RuleVerifier.Data.Directory, "defaults.json");
        var rules = new AnalyzerDriver(DraftLint.Rules.BuiltInRules.CreateAll(), RuleVerifier.Data).SupportedDiagnostics;
        var languages = RuleVerifier.Data.Languages.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            MutatedConfiguration.Sample(
                bytes =>
                {
                    var path = Path.Combine(folder, $"{Guid.NewGuid():N}.json");
                    File.WriteAllBytes(path, bytes);
                    try
                    {
                        var configuration = new LintConfiguration(defaults, rules, languages, new CommandLineSettings { ConfigFile = path });
                        configuration.ForFile(Path.Combine(folder, "drafts", "a.nl.txt"));
                    }
                    catch (ConfigurationException problem)
                    {
                        problem.Problem.ShouldNotBeNullOrWhiteSpace();
                    }
                    finally
                    {
                        File.Delete(path);
                    }
                },
                iter: Iterations);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly byte[] Docx = new WordDraft()
        .Paragraph("The European Parliament,")
        .Paragraph("having regard to its resolution of 15 December 2011[^P7_TA(2011)0588],", WordList.Citations)
        .Paragraph("whereas the {-old -}{+new +}law was {!signed!};", WordList.Recitals)
        .Table(["412", "27"])
        .Paragraph("Calls for the release of all political prisoners;", WordList.Paragraphs)
        .Build();

    private static readonly Gen<byte[]> MutatedDocx =
        Gen.Select(Gen.Double[0, 1], Gen.Byte.Array[1, 16], Gen.Int[0, 64]).Array[1, 4]
            .Select(edits => edits.Aggregate((byte[])Docx.Clone(), (bytes, e) =>
            {
                var at = (int)(e.Item1 * bytes.Length);
                return [.. bytes[..at], .. e.Item2, .. bytes[Math.Min(bytes.Length, at + e.Item3)..]];
            }));

    [Fact]
    public void The_Word_reader_gives_a_text_or_a_clear_problem_for_any_package() =>
        MutatedDocx.Sample(
            bytes =>
            {
                try
                {
                    var source = WordDocumentReader.Read("draft.docx", bytes);
                    var result = new AnalyzerDriver(DraftLint.Rules.BuiltInRules.CreateAll(), RuleVerifier.Data)
                        .Run([new Loaded(source)], _ => new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>()));
                    Failures(result).ShouldBeEmpty();
                }
                catch (IOException problem)
                {
                    problem.Message.ShouldNotBeNullOrWhiteSpace();
                }
            },
            iter: Iterations);

    // A note (DR0005, a rule's findings capped; DR0007, a text read as prose) is information, not a failure.
    private static ToolNotification[] Failures(LintRunResult result) =>
        [.. result.Notifications.Where(n => n.Id == "DR0003" || n.Level == DiagnosticSeverity.Error)];

    /// <summary>A document already read, as the engine takes it.</summary>
    private sealed class Loaded(DraftLint.Text.SourceText source) : LintInput
    {
        public override string Path => source.Path;

        public override DraftLint.Text.SourceText Load() => source;
    }

    private enum MutationKind
    {
        Insert,
        Delete,
        Duplicate,
    }

    private readonly record struct Mutation(MutationKind Kind, double At, int Length, string Text)
    {
        public string Apply(string text)
        {
            var at = (int)(At * text.Length);
            return Kind switch
            {
                MutationKind.Insert => text.Insert(at, Text),
                MutationKind.Delete => text.Remove(at, Math.Min(Length, text.Length - at)),
                _ => text.Insert(at, text.Substring(at, Math.Min(Length, text.Length - at))),
            };
        }
    }
}
