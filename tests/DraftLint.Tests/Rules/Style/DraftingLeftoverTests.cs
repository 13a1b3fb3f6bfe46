using DraftLint.Analysis;
using DraftLint.Configuration;
using DraftLint.Diagnostics;
using DraftLint.Rules.Style;
using DraftLint.Tests.Documents;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.Style;

/// <summary>DR5012 reads what a Word draft holds besides its text, so its drafts are Word documents built in the test.</summary>
public sealed class DraftingLeftoverTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string[] Run(WordDraft draft)
    {
        var path = draft.Save(_folder.Path, "draft.docx");
        var driver = new AnalyzerDriver([new DR5012DraftingLeftover()], RuleVerifier.Data);
        var configuration = new FileConfiguration(null, null, new Dictionary<string, DiagnosticSeverity>());
        var result = driver.Run([DraftLint.Documents.DocumentInputs.FromFile(path)], _ => configuration);
        result.Notifications.ShouldBeEmpty();
        return [.. result.Diagnostics.Select(d => $"{d.Id} ({d.Location.LineSpan.Start})-({d.Location.LineSpan.End}) {d.LogicalLocation}: {d.Message}")];
    }

    [Fact]
    public void Changes_and_comments_are_reported_once_per_paragraph_at_the_first_with_their_authors()
    {
        Run(new WordDraft()
            .Paragraph("The European Parliament,")
            .Paragraph("whereas the {-old -}{+new +}law was signed;", WordList.Recitals)
            .Paragraph("whereas the {!case!} remains open;", WordList.Recitals)
            .Paragraph("Calls for the {+immediate +}release of {!all!} prisoners;", WordList.Paragraphs))
            .ShouldBe(
            [
                "DR5012 (3,16)-(3,16) paragraph 2: 'Paragraph 2' still holds tracked changes by 'Jane Drafter': accept or reject the changes and resolve the comments before tabling.",
                "DR5012 (5,16)-(5,20) paragraph 3: 'Paragraph 3' still holds comments by 'A Reviewer': accept or reject the changes and resolve the comments before tabling.",
                "DR5012 (7,18)-(7,28) paragraph 4: 'Paragraph 4' still holds tracked changes by 'Jane Drafter' and comments by 'A Reviewer': accept or reject the changes and resolve the comments before tabling.",
            ]);
    }

    [Fact]
    public void A_change_in_a_footnote_is_reported_at_the_footnote()
    {
        var found = Run(new WordDraft()
            .Paragraph("having regard to its resolution of 15 December 2011[^P7_TA(2011)0588 {!corrected!}],", WordList.Citations));

        found.ShouldBe(["DR5012 (3,19)-(3,28) footnote 1: 'Footnote 1' still holds comments by 'A Reviewer': accept or reject the changes and resolve the comments before tabling."]);
    }

    [Fact]
    public void A_draft_whose_changes_are_accepted_and_a_text_file_have_nothing_to_report()
    {
        Run(new WordDraft()
            .Paragraph("The European Parliament,")
            .Paragraph("whereas the new law was signed;", WordList.Recitals))
            .ShouldBeEmpty();
        RuleVerifier.Verify<DR5012DraftingLeftover>("The European Parliament,\n\nA. whereas the {+new +}law [comment: check] was signed;\n");
    }
}
