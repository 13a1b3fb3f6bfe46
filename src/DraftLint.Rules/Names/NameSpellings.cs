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
    public static List<SpellingInfo> Infos(List<NameMention> mentions, Func<NameMention, string?> identity)
    {
        // One pass, and a set of partners only for a spelling that has one (most have none).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new int[mentions.Count];
        var spellings = new List<(string Spelling, HashSet<string>? Givens, int Uses, bool GivenNameOnly)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, mention.Spelling, out var exists);
            if (!exists)
            {
                slot = spellings.Count;
                spellings.Add((mention.Spelling, null, 0, true));
            }

            ref var spelling = ref CollectionsMarshal.AsSpan(spellings)[slot];
            if (identity(mention) is { } partner)
            {
                (spelling.Givens ??= new HashSet<string>(StringComparer.Ordinal)).Add(partner);
            }

            spelling.Uses++;
            spelling.GivenNameOnly &= mention.Role == NameRole.Given;
            slots[i] = slot;
        }

        // The places of all spellings in one array, each spelling's a run of it (not a list per spelling).
        var starts = new int[spellings.Count + 1];
        for (var s = 0; s < spellings.Count; s++)
        {
            starts[s + 1] = starts[s] + spellings[s].Uses;
        }

        var places = new (int Item, int Offset)[mentions.Count];
        var filled = starts.AsSpan(0, spellings.Count).ToArray();
        for (var i = 0; i < mentions.Count; i++)
        {
            places[filled[slots[i]]++] = (mentions[i].Item.Span.Start, mentions[i].Range.Start);
        }

        var infos = new List<SpellingInfo>(spellings.Count);
        for (var s = 0; s < spellings.Count; s++)
        {
            var (spelling, givens, uses, givenNameOnly) = spellings[s];
            infos.Add(new SpellingInfo(spelling, givens ?? NoPartners, new ArraySegment<(int Item, int Offset)>(places, starts[s], uses), givenNameOnly));
        }

        return infos;
    }

    /// <summary>The spelling to keep: the canonical one where the policy names one, else the most frequent, else the first written.</summary>
    public static string Majority(IReadOnlyList<string> group, ILookup<string, NameMention> mentions, NamePolicy policy) =>
        group.FirstOrDefault(s => policy.Canonical.Any(c => c.Name == s))
        ?? group.OrderByDescending(s => mentions[s].Count()).ThenBy(s => mentions[s].Min(m => m.SourceSpan.Start)).First();
}
