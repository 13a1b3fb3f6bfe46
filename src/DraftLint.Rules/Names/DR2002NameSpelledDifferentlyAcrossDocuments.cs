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
        "'{0}' is spelled '{1}' in another document of this run; a repository of resolutions should spell a name one way.",
        "Names",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "Across the files of one run, per language, spellings of one name (as DR2001 finds them) that differ between documents are reported at the first "
        + "use of the minority spelling. Documents in different languages are never compared: each language version has its own transliteration.")
    {
        Precision = RulePrecision.Medium,
        AlternativeMessageFormats =
        [
            (OtherDocuments, "'{0}' is spelled '{1}' in other documents of this run; a repository of resolutions should spell a name one way."),
            (MoreDocuments, "'{0}' is spelled '{1}' in more documents of this run; a repository of resolutions should spell a name one way."),
        ],
    };

    private const string OtherDocuments = "other-documents";
    private const string MoreDocuments = "more-documents";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterCrossDocumentAction(Summarise, Analyse);

    /// <summary>Each spelling of a name the document uses, at its first use.</summary>
    private static FirstUses? Summarise(DocumentAnalysisContext document)
    {
        var policy = NameSpellings.Policy(document);
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

        return firstUses.Count == 0 ? null : new FirstUses([.. firstUses.Select(f => (f.Key, f.Value))]);
    }

    private static void Analyse(CrossDocumentAnalysisContext<FirstUses> run)
    {
        var folder = NameFolder.For(run.Data.Get<NameData>("names.json"));
        foreach (var language in run.Documents.GroupBy(d => d.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Per spelling: the documents that use it (by their number) and its first use, in path order.
            var spellings = new Dictionary<string, Usage>(StringComparer.Ordinal);
            var number = 0;
            foreach (var document in language)
            {
                number++;
                foreach (var (spelling, first) in document.Summary.Spellings)
                {
                    if (!spellings.TryGetValue(spelling, out var usage))
                    {
                        spellings[spelling] = usage = new Usage(document.Path, first);
                    }

                    usage.Documents.Add(number);
                }
            }

            var infos = spellings.Keys.Select(s => new SpellingInfo(s, new HashSet<string>(), [])).ToList();
            foreach (var group in NameVariants.Group(infos, folder, run.Data.GetLanguage(language.Key).WordFormEndings))
            {
                var usages = group.ToDictionary(s => s, s => spellings[s]);
                if (usages.Values.SelectMany(u => u.Documents).Distinct().Count() < 2)
                {
                    continue;
                }

                var majority = group.OrderByDescending(s => usages[s].Documents.Count)
                    .ThenBy(s => usages[s].Path, StringComparer.Ordinal).ThenBy(s => usages[s].First.Start).First();
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

                    var (these, those) = (usage.Documents.Count, usages[majority].Documents.Count);
                    run.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        run.Locate(usage.Path, usage.First, $"'{spelling}' written here"),
                        [spelling, majority],
                        [run.Locate(usages[majority].Path, usages[majority].First, $"'{majority}' written here")],
                        messageId: those > these ? MoreDocuments : those > 1 ? OtherDocuments : DiagnosticDescriptor.DefaultMessageId));
                }
            }
        }
    }

    /// <summary>What DR2002 keeps of a document: each spelling at its first use (a span, not a location, which would keep the whole text).</summary>
    /// <remarks>An array, not a dictionary: a workspace keeps one per document, and the analysis only walks it.</remarks>
    private sealed record FirstUses((string Spelling, Text.TextSpan First)[] Spellings);

    private sealed class Usage(string path, Text.TextSpan first)
    {
        /// <summary>The files that use the spelling, by their number.</summary>
        public HashSet<int> Documents { get; } = [];

        /// <summary>The first document (in path order) that uses the spelling.</summary>
        public string Path { get; } = path;

        /// <summary>The spelling's first use in that document.</summary>
        public Text.TextSpan First { get; } = first;
    }
}
