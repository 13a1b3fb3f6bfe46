using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Text;

namespace DraftLint.Rules.Style;

/// <summary>DR5003: a bracket or double quotation mark opened and not closed (or closed and never opened) within an item.</summary>
public sealed class DR5003UnbalancedBrackets : DiagnosticAnalyzer
{
    private static readonly Dictionary<char, char> Pairs = new() { ['('] = ')', ['['] = ']', ['“'] = '”' };

    /// <summary>Every character the scan stops at; the text between them is skipped in one vectorised search.</summary>
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("()[]“”\"");

    public static readonly DiagnosticDescriptor Descriptor = new(
        "DR5003",
        "Unbalanced bracket or quotation mark",
        "'{0}' {1} in this {2}.",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Round and square brackets and double quotation marks (“…”, and straight \"…\") open and close within one item. Single quotation marks are "
        + "not checked: ’ is also the apostrophe (Union’s).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentEndAction(document =>
        {
            // One stack and one list for the document, emptied at each item.
            var open = new Stack<(char Mark, int Index)>();
            var straight = new List<int>();
            foreach (var item in document.Document.Items)
            {
                var text = item.Text.Value;
                open.Clear();
                straight.Clear();
                var mistypedOpener = false;
                for (var i = 0; i < text.Length; i++)
                {
                    var skip = text.AsSpan(i).IndexOfAny(Marks);
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

                    if (Pairs.ContainsKey(c))
                    {
                        open.Push((c, i));
                    }
                    else if (c == '"')
                    {
                        straight.Add(i);
                    }
                    else if (Pairs.ContainsValue(c))
                    {
                        if (open.Count > 0 && Pairs[open.Peek().Mark] == c)
                        {
                            open.Pop();
                        }
                        else if (!(c == ')' && IsListLabel(text, i)))
                        {
                            Report(document, item, i, "is closed but never opened");
                            mistypedOpener = c == '”' && text.IndexOf('”', i + 1) is var next && next > 0 && text.IndexOf('“', i + 1) is var opener && (opener < 0 || opener > next);
                        }
                    }
                }

                foreach (var (_, index) in open)
                {
                    Report(document, item, index, "is opened but never closed");
                }

                if (straight.Count % 2 == 1)
                {
                    Report(document, item, straight[^1], "has no partner");
                }
            }
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

    private static void Report(DocumentAnalysisContext document, Syntax.ItemSyntax item, int index, string problem) =>
        document.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            Location.Create(document.Document.Source, item.Text.ToSource(new TextSpan(index, 1))),
            [item.Text.Value[index], problem, item.DisplayName.Split(' ')[0]],
            logicalLocation: item.DisplayName));
}
