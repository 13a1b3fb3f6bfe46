using System.Text.Json;
using System.Text.Json.Serialization;

namespace DraftLint.Data;

/// <summary>
/// Source-generated readers for every <c>rules/*.json</c> shape: no reflection at start-up (about 70 ms of a cold
/// run with the reflection-based serializer, docs/performance.md) and nothing a native (AOT) build cannot run.
/// A new data file's type must be listed here; <see cref="RuleDataSet.Get{T}"/> says so if it is not.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(LanguageData))]
[JsonSerializable(typeof(StructureData))]
[JsonSerializable(typeof(NameData))]
[JsonSerializable(typeof(ReferenceData))]
[JsonSerializable(typeof(RulesOfProcedureData))]
[JsonSerializable(typeof(StyleData))]
internal sealed partial class RuleDataJsonContext : JsonSerializerContext;
