using DraftLint.Data;

namespace DraftLint.Semantics;

/// <summary>
/// The effective name policy for a document: rules/names.json for its language plus the "names" section of the
/// configuration (canonical spellings with variants and accepted spellings, names to ignore, extra acronyms).
/// </summary>
public sealed class NamePolicy
{
    // The effective policies over a data file, by language: every document of a run shares its folder's.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(NameData Data, string Language), NamePolicy> _over = new();

    // Every spelling the canonical entries name (as the name, a variant or an accepted spelling), to its first entry.
    private readonly Dictionary<string, CanonicalName> _bySpelling = new(StringComparer.Ordinal);

    public NamePolicy(IEnumerable<CanonicalName> canonical, IEnumerable<string> ignore, IEnumerable<string> acronyms, IEnumerable<string>? otherLanguagesAcronyms = null)
    {
        Canonical = [.. canonical];
        Ignore = new HashSet<string>(ignore, StringComparer.OrdinalIgnoreCase);
        Acronyms = new HashSet<string>(acronyms, StringComparer.Ordinal);
        KnownAcronyms = new HashSet<string>(Acronyms.Concat(otherLanguagesAcronyms ?? []), StringComparer.Ordinal);
        foreach (var entry in Canonical)
        {
            foreach (var spelling in entry.Variants.Concat(entry.Accepted).Prepend(entry.Name))
            {
                _bySpelling.TryAdd(spelling, entry);
            }
        }
    }

    public static NamePolicy Empty { get; } = new([], [], []);

    public IReadOnlyList<CanonicalName> Canonical { get; }

    public IReadOnlySet<string> Ignore { get; }

    /// <summary>The acronyms of the document's language (and the configuration's): what a misspelling is reported against.</summary>
    public IReadOnlySet<string> Acronyms { get; }

    /// <summary>
    /// The acronyms of every language: texts of one language use the others' ("UNHRC" in a Dutch text), and a known
    /// acronym is never a misspelling of another; but another language's acronym is no target ("STAN" is not "OTAN").
    /// </summary>
    public IReadOnlySet<string> KnownAcronyms { get; }

    /// <summary>This policy over the data file's, for one language.</summary>
    public NamePolicy Over(NameData data, string language) =>
        _over.GetOrAdd((data, language), key => new(
            key.Data.Canonical.Concat(Canonical),
            key.Data.Ignore.Concat(Ignore),
            (key.Data.Acronyms.TryGetValue(key.Language, out var own) ? own : []).Concat(Acronyms),
            key.Data.Acronyms.Where(p => p.Key != key.Language).SelectMany(p => p.Value)));

    /// <summary>The canonical entry that names a spelling (as the name, a variant or an accepted spelling), if any.</summary>
    public CanonicalName? Find(string spelling) => _bySpelling.GetValueOrDefault(spelling);
}
