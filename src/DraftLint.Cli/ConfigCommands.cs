using System.Text.Json;
using System.Text.Json.Nodes;
using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;

namespace DraftLint.Cli;

/// <summary>`draftlint print-config FILE` and `draftlint init`: the configuration as a file gets it, and a first one.</summary>
internal static class ConfigCommands
{
    /// <summary>Where the schema is published: a `$schema` that resolves outside this repository.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/draftlint/draftlint/main/docs/draftlint.schema.json";

    /// <summary>
    /// Prints, as JSON, the settings in force for one file after every layer: the files that gave them, the language,
    /// the document date, each rule's severity and options, the suppressions and the names policy.
    /// </summary>
    public static int PrintConfig(FileInfo file, CommandLineSettings settings, TextWriter stdout)
    {
        using var session = LintSession.Create(settings);
        var configuration = session.Configuration.ForFile(file.FullName);
        var rules = new JsonObject();
        foreach (var rule in session.Rules.Where(r => !r.Id.StartsWith("DR0", StringComparison.Ordinal)))
        {
            var severity = configuration.GetSeverity(rule).ToName();
            if (rule.Options.IsEmpty)
            {
                rules[rule.Id] = severity;
                continue;
            }

            var entry = new JsonObject { ["severity"] = severity };
            foreach (var option in rule.Options)
            {
                entry[option.Name] = configuration.RuleOptions.TryGetValue((rule.Id, option.Name), out var value) ? value : option.Default;
            }

            rules[rule.Id] = entry;
        }

        var names = configuration.Names;
        var report = new JsonObject
        {
            ["file"] = InputFiles.Display(file.FullName),
            ["configurationFiles"] = new JsonArray([.. session.Configuration.LayersFor(file.FullName).Select(f => (JsonNode)InputFiles.Display(f))]),
            ["language"] = configuration.Language ?? "auto",
            ["asOf"] = configuration.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["rules"] = rules,
            ["suppressions"] = new JsonArray([.. configuration.Suppressions.Select(s => (JsonNode)new JsonObject
            {
                ["rule"] = s.RuleId,
                ["text"] = s.Text,
                ["justification"] = s.Justification,
                ["source"] = InputFiles.Display(s.Source),
            })]),
            ["names"] = new JsonObject
            {
                ["canonical"] = new JsonArray([.. names.Canonical.Select(c => (JsonNode)new JsonObject
                {
                    ["name"] = c.Name,
                    ["variants"] = new JsonArray([.. c.Variants.Select(v => (JsonNode)v)]),
                    ["accepted"] = new JsonArray([.. c.Accepted.Select(v => (JsonNode)v)]),
                })]),
                ["ignore"] = new JsonArray([.. names.Ignore.Order(StringComparer.Ordinal).Select(v => (JsonNode)v)]),
                ["acronyms"] = new JsonArray([.. names.Acronyms.Order(StringComparer.Ordinal).Select(v => (JsonNode)v)]),
            },
            ["versions"] = new JsonObject
            {
                ["reference"] = configuration.Versions.Reference,
                ["set"] = new JsonArray([.. configuration.Versions.Set.Select(f => (JsonNode)InputFiles.Display(f))]),
            },
        };
        stdout.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return 0;
    }

    /// <summary>Writes a commented draftlint.json in the folder, unless there is one (exit 2 then, nothing written).</summary>
    public static int Init(DirectoryInfo folder, TextWriter stdout, TextWriter stderr)
    {
        var path = Path.Combine(folder.FullName, LintConfiguration.FileName);
        if (File.Exists(path))
        {
            stderr.WriteLine($"{InputFiles.Display(path)}: error {ToolNotification.ConfigurationError}: there is a configuration here already; not overwritten (draftlint print-config FILE shows what it gives).");
            return 2;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            writer.Write(Template);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{InputFiles.Display(path)}: error {ToolNotification.UnreadableFile}: cannot write the configuration: {ex.Message}");
            return 2;
        }

        stdout.WriteLine($"Wrote {InputFiles.Display(path)}: it applies to the texts in this folder and below; draftlint print-config FILE shows what a file gets.");
        return 0;
    }

    // Comments are allowed in draftlint.json (the JSON reader skips them); each says what the key does and its default.
    private static readonly string Template = $$"""
        {
          // Editors complete and check this file against the schema.
          "$schema": "{{SchemaUri}}",

          // The language of the texts: "auto" tells it per document; "en", "nl", "fr", "de" … force one.
          "language": "auto",

          // The date of the texts, where they state none (yyyy-MM-dd): dates and references are judged against it, and
          // a finding against it can be an error. Without it, each document's own date is used or estimated.
          // "asOf": "2012-03-15",

          // Severities by rule id: "error", "warning", "note" or "none"; draftlint rules lists them.
          "rules": {
            // "DR1001": "error",
            // "DR4009": { "enabled": false }
          },

          // Settings for some files only, by glob relative to this file.
          "overrides": [
            // { "files": "**/*.nl.txt", "language": "nl" }
          ],

          // Findings that do not apply, each with why; a suppressed finding stays in the SARIF log and does not fail the run.
          "suppressions": [
            // { "rule": "DR2001", "files": "archive/**", "justification": "historic spellings kept as adopted" }
          ],

          // Names: the spelling to use, the words that are no names, and the acronyms of your texts.
          "names": {
            "canonical": [
              // { "name": "Vinyavskiy", "variants": [ "Vinyavski" ] }
            ],
            "ignore": [],
            "acronyms": []
          },

          // Language versions of one text: the language the others are compared with, and files to pair that their
          // names and own references do not pair (paths relative to this file).
          "versions": {
            // "reference": "en",
            "sets": [
              // [ "motions/motion-en.txt", "moties/motie.txt" ]
            ]
          }
        }

        """;
}
