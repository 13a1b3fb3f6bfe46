using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Humanizer;

namespace DraftLint.Data;

/// <summary>
/// The data the parser and the rules read from <c>rules/*.json</c>: language tables, structure patterns,
/// reference patterns, default policy. Loaded lazily, once per file, and shared by every document of a run.
/// </summary>
public sealed class RuleDataSet
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _cache = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, LanguageData>> _languages;

    public RuleDataSet(string directory)
    {
        Directory = Path.GetFullPath(directory);
        _languages = new Lazy<IReadOnlyDictionary<string, LanguageData>>(LoadLanguages);
    }

    /// <summary>The <c>rules/</c> folder that ships beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The data set in <see cref="DefaultDirectory"/>, shared by the whole process.</summary>
    public static RuleDataSet Default { get; } = new(DefaultDirectory);

    public string Directory { get; }

    /// <summary>The folder of the language packs, one folder per language (<c>rules/lang/en/pack.json</c>).</summary>
    public const string LanguagesFolder = "lang";

    /// <summary>The file in a language's folder that holds its pack.</summary>
    public const string PackFileName = "pack.json";

    /// <summary>The languages that have a folder with a pack under <c>rules/lang/</c>, by code.</summary>
    public IReadOnlyDictionary<string, LanguageData> Languages => _languages.Value;

    public StructureData Structure => Get<StructureData>("structure.json");

    /// <summary>The table for a language, falling back to English for a language with no table yet.</summary>
    public LanguageData GetLanguage(string code) =>
        Languages.TryGetValue(code, out var data) ? data : Languages["en"];

    /// <summary>Reads and caches <c>rules/{fileName}</c> as <typeparamref name="T"/>.</summary>
    /// <exception cref="RuleDataException">The file is missing, is not valid JSON of that shape, or holds a pattern that is not a valid regular expression.</exception>
    public T Get<T>(string fileName)
        where T : class =>
        (T)_cache.GetOrAdd(fileName, static (name, self) => new Lazy<object>(() => self.Load<T>(name)), this).Value;

    private T Load<T>(string fileName)
        where T : class
    {
        var path = Path.Combine(Directory, fileName);
        try
        {
            var typeInfo = RuleDataJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
                ?? throw new InvalidOperationException($"{typeof(T).Name} is not listed in {nameof(RuleDataJsonContext)}.");
            T data;
            using (var stream = File.OpenRead(path))
            {
                data = JsonSerializer.Deserialize(stream, typeInfo) ?? throw new RuleDataException(path, "the file holds null");
            }

            if (data is IRuleDataPatterns withPatterns)
            {
                CheckPatterns(path, withPatterns);
            }

            return data;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleDataException(path, ex.Message);
        }
        catch (JsonException ex)
        {
            throw new RuleDataException(path, $"line {(ex.LineNumber ?? 0) + 1}: {ex.Message}");
        }
    }

    private static void CheckPatterns(string path, IRuleDataPatterns data)
    {
        // A shipped pattern is valid; only others are built to check them.
        foreach (var (where, pattern) in data.RegularExpressions().Where(p => !CompiledPatterns.IsShipped(p.Pattern)))
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (RegexParseException ex)
            {
                throw new RuleDataException(path, $"{where}: '{pattern}' is not a valid regular expression: {ex.Error.ToString().Humanize(LetterCasing.LowerCase)} at offset {ex.Offset}");
            }
        }
    }

    private Dictionary<string, LanguageData> LoadLanguages()
    {
        var result = new Dictionary<string, LanguageData>(StringComparer.OrdinalIgnoreCase);
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new RuleDataException(Directory, "the rules folder does not exist");
        }

        // A language is a folder: rules/lang/XX/ with its pack; adding one adds a language.
        var languages = Path.Combine(Directory, LanguagesFolder);
        IEnumerable<string> folders = System.IO.Directory.Exists(languages) ? System.IO.Directory.EnumerateDirectories(languages).Order(StringComparer.Ordinal) : [];
        foreach (var folder in folders)
        {
            var code = Path.GetFileName(folder);
            var file = Path.Combine(LanguagesFolder, code, PackFileName);
            if (!File.Exists(Path.Combine(Directory, file)))
            {
                throw new RuleDataException(Path.Combine(Directory, file), $"the folder of language '{code}' has no {PackFileName}");
            }

            var data = Get<LanguageData>(file);
            if (!string.Equals(data.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                throw new RuleDataException(Path.Combine(Directory, file), $"the pack says its code is '{data.Code}', but its folder is '{code}'");
            }

            result[data.Code] = data;
        }

        if (!result.ContainsKey("en"))
        {
            throw new RuleDataException(Path.Combine(Directory, LanguagesFolder, "en", PackFileName), "the English pack is missing");
        }

        return result;
    }
}

/// <summary>A rule data file that is missing or malformed.</summary>
public sealed class RuleDataException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    public string FilePath { get; } = path;

    public string Problem { get; } = problem;
}
