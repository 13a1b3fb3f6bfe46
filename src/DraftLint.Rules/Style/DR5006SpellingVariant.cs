using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5006: one word spelled two ways in one document (dialogue/dialog, organise/organize).</summary>
public sealed class DR5006SpellingVariant : DiagnosticAnalyzer
{
    /// <summary>What may follow an -is-/-iz- stem for the word to be of that family ("organis" + "ing"; not "emphasis", "criticism").</summary>
    private static readonly HashSet<string> StemSuffixes = new(["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able"], StringComparer.OrdinalIgnoreCase);

    private static readonly ConditionalWeakTable<LanguageData, VariantIndex> Indexes = [];

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5006",
        "Spelling variant",
        "'{0}' and '{1}' follow two spellings; use one.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A document keeps to one spelling: -ise or -ize (stems in spellingVariantStems), dialogue or dialog, labour or labor (spellingVariantWords), "
        + "per language in rules/lang/XX/pack.json. The rarer spelling is reported, with a fix to the other.")
    {
        Precision = RulePrecision.Medium,
        AlternativeMessageFormats = [(MoreFrequent, "'{0}' and the more frequent '{1}' follow two spellings; use one.")],
    };

    private const string MoreFrequent = "more-frequent";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var index = Indexes.GetValue(document.Data.GetLanguage(document.Document.Language), l => new VariantIndex(l));

            // One pass over the words: each use goes to its group (0 = the -ise/-ize convention, then one per word pair) and side.
            var uses = new Dictionary<int, List<Use>[]>();
            foreach (var item in document.Document.AllItems)
            {
                var text = item.Text.Value;
                foreach (var match in Words.In(text))
                {
                    if (index.Find(text.AsSpan(match.Index, match.Length)) is not { } variant)
                    {
                        continue;
                    }

                    if (!uses.TryGetValue(variant.Group, out var sides))
                    {
                        uses[variant.Group] = sides = [[], []];
                    }

                    sides[variant.Side].Add(new Use(item, new TextSpan(match.Index, match.Length), text.Substring(match.Index, match.Length), variant.Form, variant.Other));
                }
            }

            foreach (var (_, sides) in uses.OrderBy(u => u.Key))
            {
                if (sides[0].Count == 0 || sides[1].Count == 0)
                {
                    continue;
                }

                var (minority, majority) = sides[1].Count <= sides[0].Count ? (sides[1], sides[0]) : (sides[0], sides[1]);
                var sample = majority[0];
                foreach (var use in minority)
                {
                    var replaced = MatchCase(use.Text[..use.Form.Length], use.Other) + use.Text[use.Form.Length..];
                    var source = use.Item.Text.ToSource(use.Range);
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, source),
                        [use.Text, sample.Text],
                        [Location.Create(document.Document.Source, sample.Item.Text.ToSource(sample.Range), $"'{sample.Text}' written here")],
                        use.Item.Text.IsContiguous(use.Range) ? CodeFix.Replace($"Write '{replaced}'", source, replaced) : null,
                        use.Item.DisplayName,
                        messageId: majority.Count > minority.Count ? MoreFrequent : DiagnosticDescriptor.DefaultMessageId));
                }
            }
        });

    private static string MatchCase(string written, string form) =>
        char.IsUpper(written[0]) ? Wording.SentenceCase(form) : form;

    private sealed record Use(ItemSyntax Item, TextSpan Range, string Text, string Form, string Other);

    /// <summary>The language's variant table, indexed once: whole words by value, stems by prefix.</summary>
    private sealed class VariantIndex
    {
        private readonly Dictionary<string, (int Group, int Side, string Form, string Other)> _words = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (int Side, string Form, string Other)> _stems = new(StringComparer.OrdinalIgnoreCase);
        private readonly int[] _stemLengths;

        // Most words are neither a variant nor begin with a stem: these turn them away before any lookup.
        private readonly WordFilter _wordFilter;
        private readonly WordFilter _stemFilter;

        // Span lookups, made once: GetAlternateLookup checks the comparer's type at each call, and Find runs for every word.
        private readonly Dictionary<string, (int Group, int Side, string Form, string Other)>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
        private readonly Dictionary<string, (int Side, string Form, string Other)>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _suffixLookup = StemSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

        public VariantIndex(LanguageData language)
        {
            foreach (var pair in language.SpellingVariantStems)
            {
                _stems[pair[0]] = (0, pair[0], pair[1]);
                _stems[pair[1]] = (1, pair[1], pair[0]);
            }

            _stemLengths = [.. _stems.Keys.Select(k => k.Length).Distinct().Order()];
            for (var i = 0; i < language.SpellingVariantWords.Length; i++)
            {
                var pair = language.SpellingVariantWords[i];
                _words[pair[0]] = (i + 1, 0, pair[0], pair[1]);
                _words[pair[1]] = (i + 1, 1, pair[1], pair[0]);
            }

            _wordFilter = new WordFilter(_words.Keys);
            _stemFilter = new WordFilter(_stems.Keys);
            _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public (int Group, int Side, string Form, string Other)? Find(ReadOnlySpan<char> word)
        {
            if (_wordFilter.MayContain(word) && _wordLookup.TryGetValue(word, out var whole))
            {
                return whole;
            }

            foreach (var length in _stemLengths)
            {
                if (length < word.Length && _stemFilter.MayContain(word[..length]) && _stemLookup.TryGetValue(word[..length], out var stem) && _suffixLookup.Contains(word[length..]))
                {
                    return (0, stem.Side, stem.Form, stem.Other);
                }
            }

            return null;
        }
    }
}
