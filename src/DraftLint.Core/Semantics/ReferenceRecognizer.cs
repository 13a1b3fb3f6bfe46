using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Syntax;
using DraftLint.Text;

namespace DraftLint.Semantics;

/// <summary>Finds references in a document's items and footnotes, from the patterns of rules/references.json.</summary>
public sealed class ReferenceRecognizer
{
    private static readonly ConcurrentDictionary<(ReferenceData, LanguageData), ReferenceRecognizer> Cache = new();

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
    public static ReferenceRecognizer For(ReferenceData data, LanguageData language) => Cache.GetOrAdd((data, language), k => new ReferenceRecognizer(k.Item1, k.Item2));

    /// <summary>Adds the references of a node's text to <paramref name="into"/>, pattern by pattern.</summary>
    public void Recognize(SyntaxNode node, MappedText text, ItemSyntax? citedBy, List<ReferenceMention> into)
    {
        // Match and NextMatch rather than Matches, and a list rather than an iterator: a text with no reference
        // (most of them) allocates nothing.
        var value = text.Value;
        for (var m = _textAdopted.Match(value); m.Success; m = m.NextMatch())
        {
            into.Add(Create(node, text, m, ReferenceKind.TextAdopted, citedBy) with { Provisional = m.Groups["prov"].Success });
        }

        for (var m = _document.Match(value); m.Success; m = m.NextMatch())
        {
            into.Add(Create(node, text, m, ReferenceKind.Document, citedBy) with { Type = m.Groups["joint"].Success ? "RC-" + m.Groups["series"].Value : m.Groups["series"].Value });
        }

        for (var m = _procedure.Match(value); m.Success; m = m.NextMatch())
        {
            into.Add(Create(node, text, m, ReferenceKind.Procedure, citedBy) with { Type = m.Groups["type"].Value });
        }

        for (var m = _officialJournal.Match(value); m.Success; m = m.NextMatch())
        {
            var (day, month, year) = (int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
            var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
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

    private static ReferenceMention Create(SyntaxNode node, MappedText text, Match m, ReferenceKind kind, ItemSyntax? citedBy) => new()
    {
        Node = node,
        Text = text,
        Range = new TextSpan(m.Index, m.Length),
        Kind = kind,
        Term = m.Groups["term"].Success ? int.Parse(m.Groups["term"].Value, CultureInfo.InvariantCulture) : null,
        Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
        Number = m.Groups["number"].Success ? m.Groups["number"].Value : null,
        CitedBy = citedBy,
    };
}
