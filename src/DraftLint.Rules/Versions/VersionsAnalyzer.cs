using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;

namespace DraftLint.Rules.Versions;

/// <summary>
/// The DR6 rules as one analyzer: each document is summarised once (<see cref="LanguageVersions.Summarise"/>), each pair
/// of versions that is compared is aligned and the dates of its matched items compared once (<see cref="ComparedVersions"/>),
/// and each rule reports what it finds in every pair. Each rule's descriptor and check are in its own file
/// (DR6001ItemMissingInVersion.cs …).
/// </summary>
public sealed class VersionsAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<VersionRule> Rules =
    [
        new DR6001ItemMissingInVersion(), new DR6002DateDiffersBetweenVersions(), new DR6003DatePrecisionDiffers(), new DR6004ReferenceDiffersBetweenVersions(),
        new DR6005NumberDiffersBetweenVersions(), new DR6006StagesCompared(), new DR6007UrlDiffersBetweenVersions(),
        new DR6008BodyDiffersBetweenVersions(), new DR6009FootnotesDifferBetweenVersions(),
        new DR6010NameLostItsDiacritics(),
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [.. Rules.Select(r => r.Reported)];

    /// <remarks>
    /// The workspace holds of each document only what pairs it (<see cref="LanguageVersions.Held"/>): the items of ten
    /// thousand drafts were a third of a run's memory, and summarising them half of its time; only the versions that are
    /// paired need them. Each text's versions are summarised from their files, compared, and let go before the next text's.
    /// </remarks>
    public override void Initialize(AnalysisContext context) =>
        context.RegisterCrossDocumentAction(
            LanguageVersions.Summarise,
            run =>
            {
                foreach (var pairs in Comparisons(run))
                {
                    foreach (var rule in Rules)
                    {
                        foreach (var pair in pairs)
                        {
                            rule.Check(run, pair);
                        }
                    }
                }
            },
            hold: LanguageVersions.Held);

    /// <summary>
    /// The pairs of versions of a run as they are compared, each turned so that its first version is the one the second
    /// is compared with. In a text with a version in the configured reference language ("versions.reference"), every
    /// other version is compared with it. Otherwise, two languages are compared with each other (the findings of a
    /// difference on the second in language order); three or more with the version that differs least from the others
    /// (the fewest findings over its pairs; ties by language order), so that a finding goes on the version that differs
    /// from the majority.
    /// </summary>
    /// <remarks>One text at a time, each with its versions' whole summaries (<see cref="CrossDocumentAnalysisContext{TSummary}.Whole"/>).</remarks>
    internal static IEnumerable<List<ComparedVersions>> Comparisons(CrossDocumentAnalysisContext<VersionSummary> run)
    {
        foreach (var held in LanguageVersions.Texts(LanguageVersions.Pairs(run.Documents)))
        {
            if (Whole(run, held) is not { } text)
            {
                continue;
            }

            var versions = text.SelectMany(p => new[] { p.First, p.Second }).DistinctBy(d => d.Path)
                .OrderBy(d => d.Language, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();
            var reference = versions.Select(v => v.Summary.ReferenceLanguage).FirstOrDefault(r => r is not null);
            var standards = versions.Where(v => v.Language == reference).Select(v => v.Path).ToHashSet(StringComparer.Ordinal);
            if (standards.Count == 0 && versions.Select(v => v.Language).Distinct().Count() >= 3)
            {
                standards = [LeastDiffering(run, text, versions)];
            }

            yield return [.. LanguageVersions.ComparedWith(text, standards).Select(p => new ComparedVersions(p))];
        }
    }

    /// <summary>A text's pairs with their versions' whole summaries; null where a file no longer gives one (changed since it was linted).</summary>
    private static ImmutableArray<VersionPair>? Whole(CrossDocumentAnalysisContext<VersionSummary> run, ImmutableArray<VersionPair> text)
    {
        var whole = new Dictionary<string, DocumentSummary<VersionSummary>?>(StringComparer.Ordinal);
        DocumentSummary<VersionSummary>? Of(DocumentSummary<VersionSummary> held)
        {
            if (!whole.TryGetValue(held.Path, out var summary))
            {
                whole[held.Path] = summary = run.Whole(held) is { } s ? held with { Summary = s } : null;
            }

            return summary;
        }

        var pairs = ImmutableArray.CreateBuilder<VersionPair>(text.Length);
        foreach (var pair in text)
        {
            if (Of(pair.First) is not { } first || Of(pair.Second) is not { } second)
            {
                return null;
            }

            pairs.Add(new VersionPair(first, second));
        }

        return pairs.MoveToImmutable();
    }

    private static string LeastDiffering(CrossDocumentAnalysisContext<VersionSummary> run, ImmutableArray<VersionPair> text, List<DocumentSummary<VersionSummary>> versions)
    {
        var differences = versions.ToDictionary(v => v.Path, _ => 0, StringComparer.Ordinal);
        foreach (var pair in text.Select(p => new ComparedVersions(p)))
        {
            var found = 0;
            var counting = run.ReportingTo(_ => found++);
            foreach (var rule in Rules)
            {
                rule.Check(counting, pair);
            }

            differences[pair.First.Path] += found;
            differences[pair.Second.Path] += found;
        }

        return versions.MinBy(v => differences[v.Path])!.Path;
    }
}

/// <summary>One check between language versions: its rule's descriptor and what it reports in a pair of versions.</summary>
public abstract class VersionRule
{
    /// <summary>The rule this check reports under.</summary>
    public abstract DiagnosticDescriptor Reported { get; }

    /// <summary>
    /// True for the check of two stages of one resolution (a motion and the text adopted) that the configuration
    /// pairs; the other checks compare versions of one stage only, as amendments make stages differ item by item.
    /// </summary>
    private protected virtual bool ComparesStages => false;

    internal void Check(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        if (pair.AreStages == ComparesStages)
        {
            CheckPair(run, pair);
        }
    }

    /// <summary>
    /// Reports the values of each pair of matched items (numbers, URLs) that have no equal in the other version, where
    /// both items have as many of them left: counterparts that differ, each reported on the version compared with the
    /// other's as related location. Where the counts differ, one version writes a value in words or leaves it out,
    /// which is no difference of value, and nothing is said.
    /// </summary>
    private protected void ReportDifferingValues<T>(
        CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair, Func<VersionItem, IEnumerable<T>> values, Func<T, T, bool> same, Func<T, (string Text, Text.TextSpan Span)> written)
    {
        foreach (var (a, b, _) in pair.Matched)
        {
            var left = values(a).ToList();
            var right = values(b).ToList();
            foreach (var value in left.ToList())
            {
                var equal = right.FindIndex(r => same(r, value));
                if (equal >= 0)
                {
                    right.RemoveAt(equal);
                    left.Remove(value);
                }
            }

            if (left.Count == 0 || left.Count != right.Count)
            {
                continue;
            }

            for (var i = 0; i < right.Count; i++)
            {
                ReportCounterpart(run, pair, b, written(right[i]), written(left[i]));
            }
        }
    }

    /// <summary>
    /// Reports what an item of the version compared writes (<paramref name="mine"/>) against its counterpart in the
    /// other version (<paramref name="theirs"/>), the other as related location, in the item's message of
    /// <see cref="ItemMessages"/> with the arguments: the item's label, mine, theirs, the other version's language.
    /// With <paramref name="onFirst"/>, the item is the first version's and the finding goes on it, the second's as related location.
    /// </summary>
    private protected void ReportCounterpart(
        CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair, VersionItem item, (string Text, Text.TextSpan Span) mine, (string Text, Text.TextSpan Span) theirs, bool onFirst = false)
    {
        var (here, other) = onFirst ? (pair.First, pair.Second) : (pair.Second, pair.First);
        run.ReportDiagnostic(Diagnostic.Create(
            Reported,
            run.Locate(here.Path, mine.Span, $"'{mine.Text}' written here"),
            [item.Mark, mine.Text, theirs.Text, other.Language],
            [run.Locate(other.Path, theirs.Span, $"'{theirs.Text}' in the {other.Language} version")],
            logicalLocation: item.DisplayName,
            messageId: MessageId(item.Kind)));
    }

    /// <summary>
    /// A rule's messages about an item, one for each kind of item (citation, recital, paragraph) and each of
    /// <paramref name="choices"/> (the fixed words a finding takes: "" for the first), so that the values alone are
    /// arguments: <paramref name="format"/> writes one from the noun as a sentence begins ("Recital") and the choice.
    /// The citation's with the first choice is the default message (<see cref="DefaultFormat"/>), the others alternatives.
    /// </summary>
    private protected static ImmutableArray<(string Id, string Format)> ItemMessages(Func<string, string, string> format, params string[] choices) =>
        [.. from kind in LanguageVersions.Parts
            from choice in choices.Prepend("").Distinct()
            let id = MessageId(kind, choice)
            where id != DiagnosticDescriptor.DefaultMessageId
            select (id, format(Wording.SentenceCase(LanguageVersions.Noun(kind)), choice))];

    /// <summary>The default message of <see cref="ItemMessages"/>: a citation's, with the first choice of words.</summary>
    private protected static string DefaultFormat(Func<string, string, string> format) => format(Wording.SentenceCase(LanguageVersions.Noun(SyntaxKind.Citation)), "");

    /// <summary>The id of the message of <see cref="ItemMessages"/> for an item of <paramref name="kind"/>: "default", "recital", "paragraph-absent" …</summary>
    private protected static string MessageId(SyntaxKind kind, string choice = "") =>
        kind == SyntaxKind.Citation && choice.Length == 0 ? DiagnosticDescriptor.DefaultMessageId
            : string.Join('-', new[] { LanguageVersions.Noun(kind), choice }.Where(c => c.Length > 0));

    /// <summary>Reports this rule's findings in one pair of versions.</summary>
    private protected abstract void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair);
}
