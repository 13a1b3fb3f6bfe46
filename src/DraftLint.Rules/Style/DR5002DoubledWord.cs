using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5002: a word written twice in a row ("the the"), as line breaks in drafting tools often leave.</summary>
public sealed partial class DR5002DoubledWord : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5002",
        "Doubled word",
        "'{0}' is written twice.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The same word twice in a row, across a line break or not, is a typing error, except for the repeats a language allows "
        + "('that that', 'had had'; allowedRepeats in rules/lang-XX.json). The fix deletes the second one.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var allowed = new HashSet<string>(document.Data.GetLanguage(document.Document.Language).AllowedRepeats, StringComparer.OrdinalIgnoreCase);
            foreach (var item in document.Document.Items.SelectMany(Flatten))
            {
                foreach (Match match in Doubled().Matches(item.Text.Value))
                {
                    var word = match.Groups["word"].Value;
                    if (allowed.Contains(word) || word.All(char.IsDigit))
                    {
                        continue;
                    }

                    var second = match.Groups["second"];
                    var deletion = item.Text.ToSource(TextSpan.FromBounds(match.Groups["word"].Index + word.Length, second.Index + second.Length));
                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, item.Text.ToSource(new TextSpan(match.Index, match.Length))),
                        [word],
                        fix: CodeFix.Replace($"Delete the second '{word}'", deletion, ""),
                        logicalLocation: item.DisplayName));
                }
            }
        });

    private static IEnumerable<Syntax.ItemSyntax> Flatten(Syntax.ItemSyntax item) => item.SubPoints.SelectMany(Flatten).Prepend(item);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>\p{L}+)\s+(?<second>\k<word>)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();
}
