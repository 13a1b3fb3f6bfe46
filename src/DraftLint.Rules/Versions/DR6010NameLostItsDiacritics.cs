using System.Globalization;
using System.Text;
using DraftLint.Analysis;
using DraftLint.Diagnostics;

namespace DraftLint.Rules.Versions;

/// <summary>
/// DR6010: a name one version of an item writes without the diacritics the other version's item gives it
/// ("Caputova" for "Čaputová"). Reported by <see cref="VersionsAnalyzer"/>.
/// </summary>
public sealed class DR6010NameLostItsDiacritics : VersionRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR6010",
        "Name lost its diacritics in a language version",
        DefaultFormat(FormatOf),
        "Versions",
        DiagnosticSeverity.Note,
        isEnabledByDefault: true,
        "In the language versions of one text, aligned as DR6001 aligns them, the names each pair of items writes (as DR2001 finds names: "
        + "capitalised words and runs of them) are compared. A name one item writes that is exactly the other item's name with its diacritics "
        + "taken out ('Caputova' for 'Čaputová', 'Walesa' for 'Wałęsa', 'Sahin' for 'Şahin') is reported on the version without them, the other's "
        + "as related location, whichever version is compared. Transliterations ('Zhanaozen', 'Zjanaozen'; 'Nazarbayev', 'Nazarbaev'), a name "
        + "only one version writes (declined, translated, left out) and a name both write alike are not reported. A note.",
        WellKnownTags.LanguageNeutral)
    {
        AlternativeMessageFormats = ItemMessages(FormatOf),
    };

    private static string FormatOf(string noun, string choice) =>
        $"{noun} '{{0}}' writes '{{1}}' here, where the '{{3}}' version has '{{2}}': the name lost its diacritics.";

    public override DiagnosticDescriptor Reported => Descriptor;

    private protected override void CheckPair(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair)
    {
        foreach (var (a, b, _) in pair.Matched)
        {
            if (a.Names.IsEmpty || b.Names.IsEmpty)
            {
                continue;
            }

            Report(run, pair, b, a, onFirst: false);
            Report(run, pair, a, b, onFirst: true);
        }
    }

    /// <summary>Each name of <paramref name="plain"/> that <paramref name="other"/> writes only with diacritics.</summary>
    private void Report(CrossDocumentAnalysisContext<VersionSummary> run, ComparedVersions pair, VersionItem plain, VersionItem other, bool onFirst)
    {
        foreach (var name in plain.Names)
        {
            if (other.Names.Any(o => o.Spelling == name.Spelling))
            {
                continue;
            }

            if (other.Names.FirstOrDefault(o => o.Spelling != name.Spelling && WithoutDiacritics(o.Spelling) == name.Spelling) is { } marked)
            {
                ReportCounterpart(run, pair, plain, (name.Spelling, name.Span), (marked.Spelling, marked.Span), onFirst);
            }
        }
    }

    /// <summary>
    /// The spelling with its diacritics taken out: combining marks, and the letters with a stroke Unicode does not
    /// decompose (ł, ø, đ, ħ, dotless ı), as a keyboard without them writes the name. Case and every other letter stay.
    /// </summary>
    internal static string WithoutDiacritics(string spelling)
    {
        var decomposed = spelling.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(c switch
            {
                'ł' => 'l',
                'Ł' => 'L',
                'ø' => 'o',
                'Ø' => 'O',
                'đ' => 'd',
                'Đ' => 'D',
                'ħ' => 'h',
                'Ħ' => 'H',
                'ı' => 'i',
                _ => c,
            });
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}
