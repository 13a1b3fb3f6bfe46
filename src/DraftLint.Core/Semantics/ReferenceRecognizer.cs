using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>Finds references in a document's items and footnotes, from the patterns of rules/references.json.</summary>
public sealed class ReferenceRecognizer
{
    // Weak: a recognizer lives as long as its data, not as long as the process.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReferenceData, System.Runtime.CompilerServices.ConditionalWeakTable<LanguageData, ReferenceRecognizer>> Cache = [];

    private readonly Regex _textAdopted;
    private readonly Regex _document;
    private readonly Regex _procedure;
    private readonly Regex _officialJournal;
    private readonly Regex? _rulePhrase;
    private readonly Regex? _ruleItem;

    private ReferenceRecognizer(ReferenceData data, LanguageData language)
    {
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        _textAdopted = CompiledPatterns.Create(data.Patterns["textAdopted"], Options);
        _document = CompiledPatterns.Create(data.Patterns["document"], Options);
        _procedure = CompiledPatterns.Create(data.Patterns["procedure"], Options);
        _officialJournal = CompiledPatterns.Create(data.OfficialJournalPattern(language), Options);
        if (language.RulesOfProcedure is { } rules)
        {
            _rulePhrase = CompiledPatterns.Create(rules.Phrase, Options | RegexOptions.IgnoreCase);
            _ruleItem = CompiledPatterns.Create(rules.Item, Options | RegexOptions.IgnoreCase);
        }
    }

    /// <summary>The recognizer for a language: the neutral patterns of references.json with the pack's words and Rules of Procedure phrasing.</summary>
    public static ReferenceRecognizer For(ReferenceData data, LanguageData language) => Cache.GetValue(data, _ => []).GetValue(language, l => new ReferenceRecognizer(data, l));

    /// <summary>Adds the references of a node's text to <paramref name="into"/>, pattern by pattern.</summary>
    public void Recognize(SyntaxNode node, MappedText text, ItemSyntax? citedBy, List<ReferenceMention> into)
    {
        // Match and NextMatch rather than Matches, and a list rather than an iterator: a text with no reference
        // (most of them) allocates nothing.
        var value = text.Value;
        for (var m = _textAdopted.Match(value); m.Success; m = m.NextMatch())
        {
            if (!Numeric(m))
            {
                continue;
            }

            into.Add(Create(node, text, m, ReferenceKind.TextAdopted, citedBy) with { Provisional = m.Groups["prov"].Success });
        }

        for (var m = _document.Match(value); m.Success; m = m.NextMatch())
        {
            if (!Numeric(m))
            {
                continue;
            }

            into.Add(Create(node, text, m, ReferenceKind.Document, citedBy) with { Type = m.Groups["joint"].Success ? "RC-" + m.Groups["series"].Value : m.Groups["series"].Value });
        }

        for (var m = _procedure.Match(value); m.Success; m = m.NextMatch())
        {
            if (!Numeric(m))
            {
                continue;
            }

            into.Add(Create(node, text, m, ReferenceKind.Procedure, citedBy) with { Type = m.Groups["type"].Value });
        }

        for (var m = _officialJournal.Match(value); m.Success; m = m.NextMatch())
        {
            if (!Numeric(m))
            {
                continue;
            }

            var (day, month, year) = (Int(m, "day"), Int(m, "month"), Int(m, "year"));
            var valid = month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            into.Add(Create(node, text, m, ReferenceKind.OfficialJournal, citedBy) with
            {
                Type = m.Groups["series"].Value,
                Number = m.Groups["issue"].Success ? m.Groups["issue"].Value : null,
                Date = valid ? new DateOnly(year, month, day) : null,
                SeriesE = m.Groups["e"].Success,
                Act = m.Groups["act"].Success ? m.Groups["act"].Value : null,
                Page = m.Groups["page"].Success ? m.Groups["page"].Value : null,
            });
        }

        if (_rulePhrase is null || _ruleItem is null)
        {
            return;
        }

        for (var phrase = _rulePhrase.Match(value); phrase.Success; phrase = phrase.NextMatch())
        {
            for (var item = _ruleItem.Match(value, phrase.Index); item.Success; item = item.NextMatch())
            {
                if (item.Index >= phrase.Index + phrase.Length)
                {
                    break;
                }

                var rule = item.Groups["rule"];
                var space = item.Groups["space"];
                into.Add(new ReferenceMention
                {
                    Node = node,
                    Text = text,
                    Range = new TextSpan(item.Index, item.Length),
                    Kind = ReferenceKind.RuleOfProcedure,
                    Number = rule.Value,
                    Paragraph = item.Groups["paragraph"].Success ? item.Groups["paragraph"].Value : null,
                    StraySpace = space.Success && space.Length > 0 ? new TextSpan(space.Index, space.Length) : null,
                    CitedBy = citedBy,
                });
            }
        }
    }

    /// <summary>
    /// True where every number the pattern captured is written in ASCII digits: the patterns' \d also matches other
    /// scripts' digits (২, ٣), and a reference with them is no reference.
    /// </summary>
    private static bool Numeric(Match m)
    {
        foreach (var name in (ReadOnlySpan<string>)["term", "year", "number", "day", "month"])
        {
            var group = m.Groups[name];
            if (group.Success && !AsciiNumber.TryParse(group.ValueSpan, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static int Int(Match m, string group) => AsciiNumber.TryParse(m.Groups[group].ValueSpan, out var value) ? value : 0;

    private static ReferenceMention Create(SyntaxNode node, MappedText text, Match m, ReferenceKind kind, ItemSyntax? citedBy) => new()
    {
        Node = node,
        Text = text,
        Range = new TextSpan(m.Index, m.Length),
        Kind = kind,
        Term = m.Groups["term"].Success ? Int(m, "term") : null,

        // A year of no date (0000) is no year: the reference is still read, and the rules that need its year leave it.
        Year = m.Groups["year"].Success && Int(m, "year") is var year and >= 1 ? year : null,
        Number = m.Groups["number"].Success ? m.Groups["number"].Value : null,
        CitedBy = citedBy,
    };
}
