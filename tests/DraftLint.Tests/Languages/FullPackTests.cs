using DraftLint.Parsing;
using DraftLint.Semantics;
using DraftLint.Syntax;
using DraftLint.Tests.Infrastructure;
using DraftLint.Tests.Semantics;

namespace DraftLint.Tests.Languages;

/// <summary>
/// What the tests of a full language pack share: the opening of a resolution of 19 December 2019 in the language, and
/// the ways they read a text (the date of its one recital, its Official Journal reference, the whole resolution).
/// </summary>
/// <param name="language">The pack's code.</param>
/// <param name="header">The title, dated 19 December 2019, and the formula before the citations, as the language writes them.</param>
/// <param name="titleDate">That date as the title writes it.</param>
public abstract class FullPackTests(string language, string header, string titleDate)
{
    /// <summary>The title and the formula before the citations; a test's items follow it.</summary>
    protected string Header { get; } = header;

    /// <summary>Where DR3001's message says the document's date comes from.</summary>
    protected string Evidence { get; } = $"the date in the title, '{titleDate}'";

    /// <summary>The one date of the text's recitals.</summary>
    protected static DateMention RecitalDate(string text) =>
        DateRecognizerTests.Model(text).Dates.Where(d => d.Item.Kind == SyntaxKind.Recital).ShouldHaveSingleItem();

    /// <summary>The one Official Journal reference of the text.</summary>
    protected static ReferenceMention JournalReference(string text) =>
        DateRecognizerTests.Model(text).References.Where(r => r.Kind == ReferenceKind.OfficialJournal).ShouldHaveSingleItem();

    /// <summary>
    /// A resolution of two citations, two recitals and two paragraphs after <see cref="Header"/> is read as one, in the
    /// pack's language and dated by its title, and no rule finds anything in it.
    /// </summary>
    protected void ShouldBeReadWithItsDate(string text)
    {
        var document = new DocumentParser(RuleVerifier.Data).Parse(new Text.SourceText("t.txt", text));

        document.Language.ShouldBe(language);
        (document.Citations.Length, document.Recitals.Length, document.Paragraphs.Length).ShouldBe((2, 2, 2));
        DateRecognizerTests.Model(text).DocumentDate!.Date.ShouldBe(new DateOnly(2019, 12, 19));
        RuleVerifier.RunAll(text).Diagnostics.Select(d => $"{d.Id} {d.Message}").ShouldBeEmpty();
    }
}
