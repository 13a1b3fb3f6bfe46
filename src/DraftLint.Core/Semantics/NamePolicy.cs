using DraftLint.Data;

namespace DraftLint.Semantics;

/// <summary>
/// The effective name policy for a document: rules/names.json for its language plus the "names" section of the
/// configuration (canonical spellings with variants and accepted spellings, names to ignore, extra acronyms).
/// </summary>
public sealed class NamePolicy
{
    public NamePolicy(IEnumerable<CanonicalName> canonical, IEnumerable<string> ignore, IEnumerable<string> acronyms)
    {
        Canonical = [.. canonical];
        Ignore = new HashSet<string>(ignore, StringComparer.OrdinalIgnoreCase);
        Acronyms = new HashSet<string>(acronyms, StringComparer.Ordinal);
    }

    public static NamePolicy Empty { get; } = new([], [], []);

    public IReadOnlyList<CanonicalName> Canonical { get; }

    public IReadOnlySet<string> Ignore { get; }

    public IReadOnlySet<string> Acronyms { get; }

    /// <summary>This policy over the data file's, for one language.</summary>
    public NamePolicy Over(NameData data, string language) =>
        new(
            data.Canonical.Concat(Canonical),
            data.Ignore.Concat(Ignore),
            (data.Acronyms.TryGetValue(language, out var known) ? known : []).Concat(Acronyms));

    /// <summary>The canonical entry that names a spelling (as the name, a variant or an accepted spelling), if any.</summary>
    public CanonicalName? Find(string spelling) =>
        Canonical.FirstOrDefault(c => c.Name == spelling || c.Variants.Contains(spelling, StringComparer.Ordinal) || c.Accepted.Contains(spelling, StringComparer.Ordinal));
}
