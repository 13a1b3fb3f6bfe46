using System.Buffers;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Data;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5003: a bracket or double quotation mark opened and not closed (or closed and never opened) within one text.</summary>
public sealed class DR5003UnbalancedBrackets : DiagnosticAnalyzer
{
    /// <summary>
    /// Single quotation marks are never paired: ’ is also the apostrophe (Union’s), ‚ looks like a comma, and ‘ closes
    /// German's inner quotation; they would be reported wherever a word is elided.
    /// </summary>
    private const string SingleMarks = "'‘’‚‛`";

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5003",
        "Unbalanced bracket or quotation mark",
        "'{0}' is closed but never opened in '{1}'.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Round and square brackets and the language's double quotation marks (its pack's quotes: “…” in English and Dutch, „…“ in German, «…» in "
        + "French; straight \"…\" in any language) open and close within one item, point or footnote. Single quotation marks are not checked: ’ is "
        + "also the apostrophe (Union’s).")
    {
        AlternativeMessageFormats =
        [
            (NeverClosed, "'{0}' is opened but never closed in '{1}'."),
            (NoPartner, "'{0}' has no partner in '{1}'."),
        ],
    };

    private const string NeverOpened = DiagnosticDescriptor.DefaultMessageId;
    private const string NeverClosed = "never-closed";
    private const string NoPartner = "no-partner";

    // The pairs of each language, made once per pack.
    private static readonly ConditionalWeakTable<LanguageData, Marks> ByLanguage = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentStartAction(start =>
        {
            var marks = ByLanguage.GetValue(start.Options.Data.GetLanguage(start.Document.Language), pack => new Marks(pack));

            // One stack and one list for the document, emptied at each text.
            var open = new Stack<(char Mark, int Index)>();
            var straight = new List<int>();
            start.RegisterTextAction(item =>
            {
                var text = item.Text.Value;
                open.Clear();
                straight.Clear();
                var mistypedOpener = false;
                for (var i = 0; i < text.Length; i++)
                {
                    var skip = text.AsSpan(i).IndexOfAny(marks.All);
                    if (skip < 0)
                    {
                        break;
                    }

                    i += skip;
                    var c = text[i];
                    if (c == '”' && mistypedOpener)
                    {
                        // The partner of a closing mark typed where an opening one belongs (”if need be”): one finding.
                        mistypedOpener = false;
                        continue;
                    }

                    // A mark that closes the open pair closes it, even where it also opens another (German “ closes „ and opens “…”).
                    if (open.Count > 0 && marks.Pairs[open.Peek().Mark] == c)
                    {
                        open.Pop();
                    }
                    else if (marks.Pairs.ContainsKey(c))
                    {
                        open.Push((c, i));
                    }
                    else if (c == '"')
                    {
                        straight.Add(i);
                    }
                    else if (!(c == ')' && IsListLabel(text, i)))
                    {
                        Report(item, i, NeverOpened);
                        mistypedOpener = c == '”' && text.IndexOf('”', i + 1) is var next && next > 0 && text.IndexOf('“', i + 1) is var opener && (opener < 0 || opener > next);
                    }
                }

                foreach (var (_, index) in open)
                {
                    Report(item, index, NeverClosed);
                }

                if (straight.Count % 2 == 1)
                {
                    Report(item, straight[^1], NoPartner);
                }
            });
        });

    /// <summary>"a)" or "iv)" opening a list point is not an unbalanced bracket.</summary>
    private static bool IsListLabel(string text, int index)
    {
        var start = index;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return index - start is >= 1 and <= 4 && (start == 0 || char.IsWhiteSpace(text[start - 1]));
    }

    /// <summary>Reports the mark at <paramref name="index"/>, in the item, point or footnote it stands in ("recital C").</summary>
    private static void Report(TextAnalysisContext text, int index, string messageId) =>
        text.Report(Descriptor, new TextSpan(index, 1), [text.Text.Value[index], text.Name], messageId: messageId);

    /// <summary>The brackets and a language's double quotation marks: each opener with its closer, and every mark to stop at.</summary>
    private sealed class Marks
    {
        public Marks(LanguageData pack)
        {
            Pairs = new Dictionary<char, char> { ['('] = ')', ['['] = ']', ['“'] = '”' };
            if (pack.Quotes.Outer is [[var outerOpen], [var outerClose]] && !SingleMarks.Contains(outerOpen))
            {
                Pairs[outerOpen] = outerClose;
            }

            if (pack.Quotes.Inner is [[var innerOpen], [var innerClose]] && !SingleMarks.Contains(innerOpen))
            {
                Pairs[innerOpen] = innerClose;
            }

            // “ opens English and Dutch quotations; where the pack's own pair closes with it (German „…“), it is that closer.
            if (Pairs.Any(p => p.Key != '“' && p.Value == '“'))
            {
                Pairs.Remove('“');
            }

            All = SearchValues.Create([.. Pairs.Keys, .. Pairs.Values, '"']);
        }

        public Dictionary<char, char> Pairs { get; }

        public SearchValues<char> All { get; }
    }
}
