using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Dates;

/// <summary>DR3007: an anniversary whose number contradicts the years it counts between ("the 50th anniversary of … 1948" in a 2013 text).</summary>
public sealed class DR3007AnniversaryCount : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR3007",
        "Anniversary count",
        "'{0}' does not fit the years it counts: '{1}' is the '{2}' anniversary of '{3}'.",
        "Dates",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "An anniversary's number is the years between the event and the day it is marked: the event's year is the first year the sentence "
        + "gives after 'anniversary of'; the day marked is the date the sentence gives before it ('on 10 December 1998, the 50th anniversary of') "
        + "or else the document's date. A number one year off is not reported (an anniversary coming next year, or an approximate document date). "
        + "The phrase is anniversaryPattern in rules/lang/XX/pack.json.")
    {
        AlternativeMessageFormats = [(DocumentYear, "'{0}' does not fit the years it counts: the document's year, '{1}', is the '{2}' anniversary of '{3}'.")],
    };

    private const string DocumentYear = "document-year";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            var language = document.Options.Data.GetLanguage(document.Document.Language);
            var semantic = document.SemanticModel;
            if (language.AnniversaryPattern.Length == 0 || semantic.Dates.IsEmpty)
            {
                return;
            }

            var pattern = Anniversary.For(language);
            foreach (var item in document.Document.AllItems)
            {
                var text = item.Text.Value;
                foreach (Match match in pattern.Matches(text))
                {
                    var sentence = item.SentenceAt(match.Index);
                    var dates = semantic.Dates.Where(d => d.Item == item && d.Sentence == sentence && d.Year is not null).ToList();
                    var eventDate = dates.FirstOrDefault(d => d.Range.Start >= match.Index + match.Length);
                    if (eventDate?.Year is not int eventYear || !AsciiNumber.TryParse(match.Groups["n"].ValueSpan, out var number))
                    {
                        continue;
                    }

                    var marked = dates.LastOrDefault(d => d.Range.End <= match.Index);
                    (int year, string? from) = marked?.Year is int y ? (y, (string?)marked.Text) : semantic.DocumentDate is { } own ? (own.Date.Year, null) : (0, null);
                    if (year == 0 || Math.Abs(year - eventYear - number) <= 1 || year <= eventYear)
                    {
                        continue;
                    }

                    document.ReportDiagnostic(Diagnostic.Create(
                        Descriptor,
                        Location.Create(document.Document.Source, item.Text.ToSource(new TextSpan(match.Index, match.Length))),
                        [match.Value, from ?? (object)year, Wording.Ordinal(year - eventYear), eventDate.Text],
                        [Location.Create(document.Document.Source, eventDate.SourceSpan, "the event")],
                        logicalLocation: item.DisplayName,
                        messageId: from is null ? DocumentYear : DiagnosticDescriptor.DefaultMessageId));
                }
            }
        });

    private static readonly PackPattern Anniversary = new(l => l.AnniversaryPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);
}
