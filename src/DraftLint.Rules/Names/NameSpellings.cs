using System.Runtime.InteropServices;
using DraftLint.Analysis;
using DraftLint.Semantics;

namespace DraftLint.Rules.Names;

/// <summary>What the name rules share: the effective policy, the spellings of a document, majority choice and wording.</summary>
internal static class NameSpellings
{
    private static readonly HashSet<string> NoPartners = [];

    public static NamePolicy Policy(DocumentAnalysisContext context) =>
        context.Options.Names.Over(context.Data.Get<Data.NameData>("names.json"), context.Document.Language);

    public static NameFolder Folder(DocumentAnalysisContext context) => NameFolder.For(context.Data.Get<Data.NameData>("names.json"));

    /// <summary>The spellings of mentions, in order of first use, with who each names (partner words) and where each stands.</summary>
    public static List<SpellingInfo> Infos(IEnumerable<NameMention> mentions, Func<NameMention, string?> identity)
    {
        // One pass, and a set of partners only for a spelling that has one (most have none).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new List<(string Spelling, HashSet<string>? Givens, List<(int Item, int Offset)> Places, bool GivenNameOnly)>();
        foreach (var mention in mentions)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, mention.Spelling, out var exists);
            if (!exists)
            {
                slot = spellings.Count;
                spellings.Add((mention.Spelling, null, [], true));
            }

            var spelling = spellings[slot];
            if (identity(mention) is { } partner)
            {
                (spelling.Givens ??= new HashSet<string>(StringComparer.Ordinal)).Add(partner);
            }

            spelling.Places.Add((mention.Item.Span.Start, mention.Range.Start));
            spelling.GivenNameOnly &= mention.Role == NameRole.Given;
            spellings[slot] = spelling;
        }

        return spellings.ConvertAll(s => new SpellingInfo(s.Spelling, s.Givens ?? NoPartners, s.Places, s.GivenNameOnly));
    }

    /// <summary>The spelling to keep: the canonical one where the policy names one, else the most frequent, else the first written.</summary>
    public static string Majority(IReadOnlyList<string> group, ILookup<string, NameMention> mentions, NamePolicy policy) =>
        group.FirstOrDefault(s => policy.Canonical.Any(c => c.Name == s))
        ?? group.OrderByDescending(s => mentions[s].Count()).ThenBy(s => mentions[s].Min(m => m.SourceSpan.Start)).First();
}
