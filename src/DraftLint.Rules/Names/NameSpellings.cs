using DraftLint.Analysis;
using DraftLint.Semantics;

namespace DraftLint.Rules.Names;

/// <summary>What the name rules share: the effective policy, the spellings of a document, majority choice and wording.</summary>
internal static class NameSpellings
{
    public static NamePolicy Policy(DocumentAnalysisContext context) =>
        context.Options.Names.Over(context.Data.Get<Data.NameData>("names.json"), context.Document.Language);

    public static NameFolder Folder(DocumentAnalysisContext context) => NameFolder.For(context.Data.Get<Data.NameData>("names.json"));

    /// <summary>The spellings of mentions, with who each names (partner words) and where each stands.</summary>
    public static List<SpellingInfo> Infos(IEnumerable<NameMention> mentions, Func<NameMention, string?> identity) =>
        [.. mentions
            .GroupBy(m => m.Spelling, StringComparer.Ordinal)
            .Select(g => new SpellingInfo(
                g.Key,
                g.Select(identity).OfType<string>().ToHashSet(StringComparer.Ordinal),
                [.. g.Select(m => (m.Item.Span.Start, m.Range.Start))],
                g.All(m => m.Role == NameRole.Given)))];

    /// <summary>The spelling to keep: the canonical one where the policy names one, else the most frequent, else the first written.</summary>
    public static string Majority(IReadOnlyList<string> group, ILookup<string, NameMention> mentions, NamePolicy policy) =>
        group.FirstOrDefault(s => policy.Canonical.Any(c => c.Name == s))
        ?? group.OrderByDescending(s => mentions[s].Count()).ThenBy(s => mentions[s].Min(m => m.SourceSpan.Start)).First();
}
