using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5007: a number of four digits or more without the EU thousands separator ("3000" → "3 000").</summary>
public sealed partial class DR5007ThousandsSeparator : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5007",
        "Thousands separator",
        "'{0}' is written without the EU thousands separator; write '{1}'.",
        "Style",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "The Interinstitutional Style Guide separates thousands with a (no-break) space in every language: '20 000', '3 000'. Numbers written "
        + "'3000', or grouped with the language's own mark ('3,000' in English, '20.000' in German; groupingMarks in rules/lang/XX/pack.json), are "
        + "reported with a fix that inserts no-break spaces. Years (1800–2099), numbers with a leading zero, and numbers "
        + "inside references, URLs and codes are not numbers of things and are left alone.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start =>
        {
            List<TextSpan>? references = null;
            var language = start.Options.Data.GetLanguage(start.Document.Language);
            var identifiers = language.IdentifierWords;
            // The pack's decimal mark and the marks its writers group thousands with ("," in English, "." in German).
            var decimalMark = language.DecimalSeparator is [var d] ? d : '.';
            var grouping = language.GroupingMarks.Where(m => m.Length == 1).Select(m => m[0]).ToArray();
            start.RegisterTextAction(item =>
            {
                var text = item.Text.Value;
                List<TextSpan>? urls = null;
                foreach (var match in Number().EnumerateMatches(text))
                {
                    // Read in place: most numbers are years, and no string is made for them.
                    var written = text.AsSpan(match.Index, match.Length);
                    var mark = written.IndexOfAny(',', '.') is var at and >= 0 ? written[at] : (char?)null;
                    var groups = mark is { } m ? written.Count(m) : 0;

                    // One group of a mark the language does not group with is something else ("1.500" is one and a half in
                    // English), and so is one group of the decimal mark ("1,500 miljoen" is one and a half thousand million
                    // in Dutch); two groups are thousands in any language ("2.500.000", "2,500,000"). A year is written
                    // without a mark ("2,000" is a number), and a number named by the word before it is an identifier
                    // ("Resolution 1325", "Regulation No 1049"), not a quantity.
                    if (written[0] == '0' || (mark is { } g && groups == 1 && (Array.IndexOf(grouping, g) < 0 || g == decimalMark))
                        || (mark is null && written.Length == 4 && Value(written) is >= 1800 and <= 2099) || NamedBy(text, match.Index, identifiers))
                    {
                        continue;
                    }

                    // The URLs of the item and the document's references are found once, and only for a number to judge.
                    urls ??= Urls.FindAny(text);
                    references ??= [.. item.SemanticModel.References.Select(r => r.SourceSpan)];
                    var range = new TextSpan(match.Index, match.Length);
                    var source = item.Text.ToSource(range);
                    if (Urls.AnyCovers(urls, range.Start) || references.Exists(source.OverlapsWith))
                    {
                        continue;
                    }

                    var value = written.ToString();
                    var styled = Group(mark is { } grouped ? value.Replace(grouped.ToString(), "", StringComparison.Ordinal) : value);
                    item.Report(
                        Descriptor,
                        range,
                        [value, styled.Replace('\u00A0', ' ')],
                        item.Text.IsContiguous(range) ? CodeFix.Replace($"Write '{styled.Replace('\u00A0', ' ')}'", source, styled) : null);
                }
            });
        });

    /// <summary>True where the word right before the number is one that names identifiers ("Resolution", "No", "nr.").</summary>
    private static bool NamedBy(string text, int start, string[] words)
    {
        var end = start;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '.'))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var word = text.AsSpan(begin, end - begin);
        foreach (var candidate in words)
        {
            if (word.Equals(candidate.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a number of four digits, grouping marks left out ("1,800" is 1800).</summary>
    private static int Value(ReadOnlySpan<char> written)
    {
        var value = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
            }
        }

        return value;
    }

    /// <summary>"20000" → "20 000" with no-break spaces.</summary>
    private static string Group(string digits)
    {
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
        {
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        }

        return string.Join('\u00A0', groups);
    }

    // One grouping mark throughout ("2,500,000", "2.500.000"); which marks group thousands in the text's language is the pack's.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/._\-‑%(#])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{4,})(?![\p{L}\p{N}/_\-‑)%]|[.,][0-9])")]
    private static partial Regex Number();
}
