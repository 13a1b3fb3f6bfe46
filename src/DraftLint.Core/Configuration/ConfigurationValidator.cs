using System.Globalization;
using System.Text.Json;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Configuration;

/// <summary>
/// Checks a draftlint.json before it is loaded: JSON syntax, known keys, known rule ids, valid severities,
/// dates and languages. The first problem is thrown with its file, line and column.
/// </summary>
public sealed class ConfigurationValidator(
    IReadOnlySet<string> knownRuleIds,
    IReadOnlySet<string> knownLanguages,
    IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<RuleOption>>? ruleOptions = null)
{

    public void Validate(string path, byte[] bytes)
    {
        var root = PositionedJson.Parse(path, bytes);
        Expect(path, root, JsonValueKind.Object, "the configuration must be a JSON object");
        foreach (var (name, line, column, value) in root.Properties)
        {
            if (ValidateSetting(path, name, value))
            {
                continue;
            }

            switch (name)
            {
                case "$schema":
                    Expect(path, value, JsonValueKind.String, "'$schema' must be a string");
                    break;
                case "overrides":
                    ValidateOverrides(path, value);
                    break;
                case "names":
                    ValidateNames(path, value);
                    break;
                case "suppressions":
                    ValidateSuppressions(path, value);
                    break;
                case "versions":
                    ValidateVersions(path, value);
                    break;
                default:
                    throw Unknown(path, line, column, name, ConfigurationVocabulary.Root);
            }
        }
    }

    /// <summary>Validates a setting that may stand both at the top and in an override; false where the key is not one.</summary>
    private bool ValidateSetting(string path, string key, PositionedJson value)
    {
        switch (key)
        {
            case "asOf":
                ValidateDate(path, value);
                return true;
            case "language":
                ValidateLanguage(path, value);
                return true;
            case "rules":
                ValidateRules(path, value);
                return true;
            default:
                return false;
        }
    }

    private void ValidateRules(string path, PositionedJson rules)
    {
        Expect(path, rules, JsonValueKind.Object, "'rules' must be an object of rule ids, for example { \"DR1001\": \"error\" }");
        foreach (var (id, line, column, value) in rules.Properties)
        {
            if (!knownRuleIds.Contains(id))
            {
                var hint = EditDistance.Closest(id, knownRuleIds);
                throw new ConfigurationException(path, line, column, $"unknown rule id '{id}'" + (hint is null ? "" : $"; did you mean '{hint}'?"));
            }

            if (value.Kind == JsonValueKind.String)
            {
                ValidateSeverity(path, value);
                continue;
            }

            Expect(path, value, JsonValueKind.Object, $"rule '{id}' takes a severity (\"error\", \"warning\", \"note\", \"none\") or an object {{ \"severity\": …, \"enabled\": … }}");
            foreach (var (key, keyLine, keyColumn, setting) in value.Properties)
            {
                switch (key)
                {
                    case "severity":
                        ValidateSeverity(path, setting);
                        break;
                    case "enabled":
                        if (setting.Kind is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            throw new ConfigurationException(path, setting.Line, setting.Column, "'enabled' must be true or false");
                        }

                        break;
                    default:
                        var options = ruleOptions?.GetValueOrDefault(id) ?? [];
                        if (options.FirstOrDefault(o => o.Name == key) is not { } option)
                        {
                            throw Unknown(path, keyLine, keyColumn, key, [.. ConfigurationVocabulary.Rule, .. options.Select(o => o.Name)]);
                        }

                        if (setting.Kind != JsonValueKind.Number || !int.TryParse(setting.String, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                            || number < option.Minimum || number > option.Maximum)
                        {
                            throw new ConfigurationException(path, setting.Line, setting.Column, $"'{key}' of {id} must be a whole number from {option.Minimum} to {option.Maximum}");
                        }

                        break;
                }
            }
        }
    }

    private void ValidateOverrides(string path, PositionedJson overrides)
    {
        Expect(path, overrides, JsonValueKind.Array, "'overrides' must be an array of { \"files\": …, \"rules\": … } objects");
        foreach (var entry in overrides.Items)
        {
            Expect(path, entry, JsonValueKind.Object, "each override must be an object with 'files'");
            if (!entry.Properties.Any(p => p.Name == "files"))
            {
                throw new ConfigurationException(path, entry.Line, entry.Column, "an override needs 'files': a glob or a list of globs, for example \"**/*.nl.txt\"");
            }

            foreach (var (key, line, column, value) in entry.Properties)
            {
                if (ValidateSetting(path, key, value))
                {
                    continue;
                }

                if (key != "files")
                {
                    throw Unknown(path, line, column, key, ConfigurationVocabulary.Override);
                }

                foreach (var glob in value.Kind == JsonValueKind.Array ? value.Items : [value])
                {
                    Expect(path, glob, JsonValueKind.String, "'files' must be a glob or a list of globs");
                    ValidateGlob(path, glob);
                }
            }
        }
    }

    private static void ValidateNames(string path, PositionedJson names)
    {
        Expect(path, names, JsonValueKind.Object, "'names' must be an object with 'canonical', 'ignore' and 'acronyms'");
        foreach (var (key, line, column, value) in names.Properties)
        {
            switch (key)
            {
                case "canonical":
                    Expect(path, value, JsonValueKind.Array, "'canonical' must be an array of { \"name\": …, \"variants\": […], \"accepted\": […] }");
                    foreach (var entry in value.Items)
                    {
                        Expect(path, entry, JsonValueKind.Object, "each canonical name is an object with 'name'");
                        if (!entry.Properties.Any(p => p.Name == "name" && p.Value.Kind == JsonValueKind.String))
                        {
                            throw new ConfigurationException(path, entry.Line, entry.Column, "a canonical name needs 'name', the spelling to use");
                        }

                        foreach (var (field, fieldLine, fieldColumn, list) in entry.Properties.Where(p => p.Name != "name"))
                        {
                            if (field is not ("variants" or "accepted"))
                            {
                                throw Unknown(path, fieldLine, fieldColumn, field, ConfigurationVocabulary.CanonicalName);
                            }

                            ExpectStrings(path, list, $"'{field}' must be an array of spellings");
                        }
                    }

                    break;
                case "ignore" or "acronyms":
                    ExpectStrings(path, value, $"'{key}' must be an array of strings");
                    break;
                default:
                    throw Unknown(path, line, column, key, ConfigurationVocabulary.Names);
            }
        }
    }

    private void ValidateSuppressions(string path, PositionedJson suppressions)
    {
        Expect(path, suppressions, JsonValueKind.Array, "'suppressions' must be an array of { \"rule\": …, \"files\": …, \"text\": …, \"justification\": … }");
        foreach (var entry in suppressions.Items)
        {
            Expect(path, entry, JsonValueKind.Object, "each suppression is an object with 'rule' and 'justification'");
            foreach (var (key, line, column, value) in entry.Properties)
            {
                switch (key)
                {
                    case "rule":
                        Expect(path, value, JsonValueKind.String, "'rule' must be a rule id");
                        if (!knownRuleIds.Contains(value.String!))
                        {
                            throw new ConfigurationException(path, value.Line, value.Column, $"unknown rule id '{value.String}'");
                        }

                        break;
                    case "files":
                        if (value.Kind != JsonValueKind.String)
                        {
                            ExpectStrings(path, value, "'files' must be a glob or a list of globs");
                        }

                        foreach (var glob in value.Kind == JsonValueKind.Array ? value.Items : [value])
                        {
                            ValidateGlob(path, glob);
                        }

                        break;
                    case "text" or "justification":
                        Expect(path, value, JsonValueKind.String, $"'{key}' must be a string");
                        break;
                    default:
                        throw Unknown(path, line, column, key, ConfigurationVocabulary.Suppression);
                }
            }

            if (!entry.Properties.Any(p => p.Name == "rule"))
            {
                throw new ConfigurationException(path, entry.Line, entry.Column, "a suppression needs 'rule', the id it suppresses");
            }

            if (!entry.Properties.Any(p => p.Name == "justification" && !string.IsNullOrWhiteSpace(p.Value.String)))
            {
                throw new ConfigurationException(path, entry.Line, entry.Column, "a suppression needs a 'justification': say why the finding does not apply");
            }
        }
    }

    private void ValidateVersions(string path, PositionedJson versions)
    {
        Expect(path, versions, JsonValueKind.Object, "'versions' must be an object with 'reference' and 'sets', for example { \"reference\": \"en\", \"sets\": [[\"motion.en.txt\", \"motie.txt\"]] }");
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, line, column, value) in versions.Properties)
        {
            switch (key)
            {
                case "reference":
                    if (value.Kind != JsonValueKind.String || !knownLanguages.Contains(value.String!))
                    {
                        throw new ConfigurationException(path, value.Line, value.Column, $"unknown reference language '{value.String}'; use one of: {string.Join(", ", knownLanguages.Order())}");
                    }

                    break;
                case "sets":
                    const string shape = "'sets' must be an array of sets, each an array of two or more file paths relative to this file, for example [[\"motion.en.txt\", \"motie.txt\"]]";
                    Expect(path, value, JsonValueKind.Array, shape);
                    foreach (var set in value.Items)
                    {
                        ExpectStrings(path, set, shape);
                        if (set.Items.Count < 2)
                        {
                            throw new ConfigurationException(path, set.Line, set.Column, "a set of versions needs two or more files");
                        }

                        foreach (var file in set.Items)
                        {
                            if (string.IsNullOrWhiteSpace(file.String) || file.String.IndexOfAny(['*', '?']) >= 0)
                            {
                                throw new ConfigurationException(path, file.Line, file.Column, $"'{file.String}' is not a file path: a set names its files, relative to this file, without wildcards");
                            }

                            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file.String));
                            if (!listed.Add(full))
                            {
                                throw new ConfigurationException(path, file.Line, file.Column, $"'{file.String}' is listed twice: a file is a version of one text only");
                            }
                        }
                    }

                    break;
                default:
                    throw Unknown(path, line, column, key, ConfigurationVocabulary.Versions);
            }
        }
    }

    /// <summary>A glob the matcher takes: ".." only at its start, as Microsoft.Extensions.FileSystemGlobbing requires.</summary>
    private static void ValidateGlob(string path, PositionedJson glob)
    {
        try
        {
            new Microsoft.Extensions.FileSystemGlobbing.Matcher().AddInclude(glob.String!);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException(path, glob.Line, glob.Column, $"'{glob.String}' is not a glob DraftLint can match: {ex.Message.TrimEnd('.')}");
        }
    }

    private static void ExpectStrings(string path, PositionedJson value, string problem)
    {
        Expect(path, value, JsonValueKind.Array, problem);
        foreach (var item in value.Items)
        {
            Expect(path, item, JsonValueKind.String, problem);
        }
    }

    private static void ValidateSeverity(string path, PositionedJson value)
    {
        if (value.Kind != JsonValueKind.String || !DiagnosticSeverityNames.TryParse(value.String, out _))
        {
            throw new ConfigurationException(path, value.Line, value.Column, $"invalid severity '{value.String}'; use \"error\", \"warning\", \"note\" or \"none\"");
        }
    }

    private static void ValidateDate(string path, PositionedJson value)
    {
        if (value.Kind != JsonValueKind.String || !DateOnly.TryParseExact(value.String, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new ConfigurationException(path, value.Line, value.Column, $"invalid date '{value.String}'; write it as yyyy-MM-dd, for example \"2012-03-15\"");
        }
    }

    private void ValidateLanguage(string path, PositionedJson value)
    {
        if (value.Kind != JsonValueKind.String || !(value.String == "auto" || knownLanguages.Contains(value.String!)))
        {
            throw new ConfigurationException(path, value.Line, value.Column, $"unknown language '{value.String}'; use \"auto\" or one of: {string.Join(", ", knownLanguages.Order())}");
        }
    }

    private static void Expect(string path, PositionedJson value, JsonValueKind kind, string problem)
    {
        if (value.Kind != kind)
        {
            throw new ConfigurationException(path, value.Line, value.Column, problem);
        }
    }

    private static ConfigurationException Unknown(string path, int line, int column, string key, IEnumerable<string> known) =>
        new(path, line, column, $"unknown key '{key}'; expected one of: {string.Join(", ", known)}" + (EditDistance.Closest(key, known) is { } hint ? $" (did you mean '{hint}'?)" : ""));
}
