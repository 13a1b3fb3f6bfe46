using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5006: one word spelled two ways in one document (dialogue/dialog, organise/organize).</summary>
public sealed partial class DR5006SpellingVariant : DiagnosticAnalyzer
{
    /// <summary>What may follow an -is-/-iz- stem for the word to be of that family ("organis" + "ing"; not "emphasis", "criticism").</summary>
    private static readonly string[] StemSuffixes = ["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able"];

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5006",
        "Spelling variant",
        "'{0}' ({1}) and '{2}' ({3}) follow two spellings; use one.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A document keeps to one spelling: -ise or -ize (stems in spellingVariantStems), dialogue or dialog, labour or labor (spellingVariantWords), "
        + "per language in rules/lang-XX.json. The rarer spelling is reported, with a fix to the other.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var language = document.Data.GetLanguage(document.Document.Language);
            var words = document.Document.Items.SelectMany(Flatten)
                .SelectMany(item => Word().Matches(item.Text.Value).Select(m => (Item: item, Range: new TextSpan(m.Index, m.Length), m.Value)))
                .ToList();

            // The stems are one convention (-ise or -ize: "organising" and "marginalized" mix them); each word pair is its own.
            var groups = language.SpellingVariantWords.Select(p => new[] { (p[0], p[1]) })
                .Prepend([.. language.SpellingVariantStems.Select(p => (p[0], p[1]))]);
            var stemGroup = true;
            foreach (var group in groups)
            {
                var isStem = stemGroup;
                stemGroup = false;
                bool Is(string word, string form) => isStem
                    ? word.StartsWith(form, StringComparison.OrdinalIgnoreCase) && StemSuffixes.Contains(word[form.Length..], StringComparer.OrdinalIgnoreCase)
                    : word.Equals(form, StringComparison.OrdinalIgnoreCase);
                var a = words.Select(w => (Use: w, Pair: group.FirstOrDefault(p => Is(w.Value, p.Item1)))).Where(x => x.Pair != default).ToList();
                var b = words.Select(w => (Use: w, Pair: group.FirstOrDefault(p => Is(w.Value, p.Item2)))).Where(x => x.Pair != default).ToList();
                if (a.Count == 0 || b.Count == 0)
                {
                    continue;
                }

                var secondIsMinority = b.Count <= a.Count;
                var minority = secondIsMinority ? b : a;
                var majority = secondIsMinority ? a : b;
                foreach (var (use, pair) in minority)
                {
                    var (from, to) = secondIsMinority ? (pair.Item2, pair.Item1) : (pair.Item1, pair.Item2);
                    var replaced = MatchCase(use.Value[..from.Length], to) + use.Value[from.Length..];
                    var sample = majority[0].Use.Value;
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, use.Item.Text.ToSource(use.Range)),
                        [use.Value, Wording.Times(minority.Count), sample, Wording.Times(majority.Count)],
                        [Location.Create(document.Document.Source, majority[0].Use.Item.Text.ToSource(majority[0].Use.Range), $"'{sample}' written here")],
                        use.Item.Text.IsContiguous(use.Range) ? CodeFix.Replace($"Write '{replaced}'", use.Item.Text.ToSource(use.Range), replaced) : null,
                        use.Item.DisplayName));
                }
            }
        });

    private static string MatchCase(string written, string form) =>
        char.IsUpper(written[0]) ? char.ToUpperInvariant(form[0]) + form[1..] : form;

    private static IEnumerable<ItemSyntax> Flatten(ItemSyntax item) => item.SubPoints.SelectMany(Flatten).Prepend(item);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
