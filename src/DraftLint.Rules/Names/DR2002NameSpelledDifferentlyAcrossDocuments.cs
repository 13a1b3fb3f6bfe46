using System.Collections.Concurrent;
using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Semantics;

namespace DraftLint.Rules.Names;

/// <summary>DR2002: a name spelled one way in one document and another way in another document of the same language, in one run.</summary>
public sealed class DR2002NameSpelledDifferentlyAcrossDocuments : DiagnosticAnalyzer
{
    /// <summary>From this length a name one letter off another in another document is taken for the same name.</summary>
    public const int LongName = 6;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR2002",
        "Name spelled differently across documents",
        "'{0}' ({1}) is spelled '{2}' in {3} of this run; a repository of resolutions should spell a name one way.",
        "Names",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "Across the files of one run, per language, spellings of one name (as DR2001 finds them) that differ between documents are reported at the first "
        + "use of the minority spelling. Documents in different languages are never compared: each language version has its own transliteration.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterRunStartAction(run =>
        {
            // Per language, per spelling: the files that use it and its first use (kept once per spelling, not per file).
            var seen = new ConcurrentDictionary<string, ConcurrentDictionary<string, Usage>>(StringComparer.Ordinal);
            RuleDataSet? data = null;
            // Each file by a number: a set of numbers is cheaper to add to than a set of paths, at every spelling.
            var fileNumbers = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var lastNumber = new System.Runtime.CompilerServices.StrongBox<int>();

            run.RegisterDocumentEndAction(document =>
            {
                data ??= document.Data;
                var policy = NameSpellings.Policy(document);
                var spellings = seen.GetOrAdd(document.Document.Language, _ => new(StringComparer.Ordinal));
                var source = document.Document.Source;
                var id = fileNumbers.GetOrAdd(source.Path, static (_, last) => Interlocked.Increment(ref last.Value), lastNumber);

                // Each spelling once per document, at its first use: the shared table (and its locks) is then touched
                // once per spelling and document rather than at every mention.
                var firstUses = new Dictionary<string, Text.TextSpan>(StringComparer.Ordinal);
                foreach (var name in document.SemanticModel.Names)
                {
                    if (name.Role is not (NameRole.Single or NameRole.Surname) || policy.Ignore.Contains(name.Spelling))
                    {
                        continue;
                    }

                    var span = name.SourceSpan;
                    if (!firstUses.TryGetValue(name.Spelling, out var first) || span.Start < first.Start)
                    {
                        firstUses[name.Spelling] = span;
                    }
                }

                foreach (var (spelling, span) in firstUses)
                {
                    var usage = spellings.GetOrAdd(spelling, _ => new Usage());
                    lock (usage)
                    {
                        usage.Documents.Add(id);
                        if (usage.First is null || string.CompareOrdinal(source.Path, usage.First.FilePath) < 0
                            || (source.Path == usage.First.FilePath && span.Start < usage.First.Span.Start))
                        {
                            usage.First = Location.Create(source, span, $"'{spelling}' written here");
                        }
                    }
                }
            });

            run.RegisterRunEndAction(end =>
            {
                if (data is null)
                {
                    return;
                }

                var folder = NameFolder.For(data.Get<NameData>("names.json"));
                foreach (var (language, spellings) in seen.OrderBy(s => s.Key, StringComparer.Ordinal))
                {
                    var infos = spellings.Keys.Select(s => new SpellingInfo(s, new HashSet<string>(), [])).ToList();
                    foreach (var group in NameVariants.Group(infos, folder, data.GetLanguage(language).WordFormEndings))
                    {
                        var usages = group.ToDictionary(s => s, s => spellings[s]);
                        if (usages.Values.SelectMany(u => u.Documents).Distinct().Count() < 2)
                        {
                            continue;
                        }

                        var majority = group.OrderByDescending(s => usages[s].Documents.Count)
                            .ThenBy(s => usages[s].First!.FilePath, StringComparer.Ordinal).ThenBy(s => usages[s].First!.Span.Start).First();
                        foreach (var spelling in group.Where(s => s != majority))
                        {
                            var usage = usages[spelling];

                            // Across documents nothing tells two people apart (no given name, no sentence): only a
                            // transliteration (equal folded keys) or a long name one letter off is the same name.
                            // Short names a letter apart are as often two people (Marin, Marie) or two words.
                            if (folder.Fold(spelling) != folder.Fold(majority) && Math.Min(spelling.Length, majority.Length) < LongName)
                            {
                                continue;
                            }

                            // Both spellings in one document only: DR2001's finding, not this one.
                            if (usage.Documents.Union(usages[majority].Documents).Count() < 2)
                            {
                                continue;
                            }

                            end.ReportDiagnostic(Diagnostic.Create(
                                Descriptor,
                                usage.First!,
                                [spelling, Wording.Quantity(usage.Documents.Count, "document"), majority, Wording.Quantity(usages[majority].Documents.Count, "document")],
                                [usages[majority].First!]));
                        }
                    }
                }
            });
        });

    private sealed class Usage
    {
        /// <summary>The files that use the spelling, by their number.</summary>
        public HashSet<int> Documents { get; } = [];

        public Location? First { get; set; }
    }
}
