using System.Text.RegularExpressions;
using DraftLint.Text;

namespace DraftLint.Tests.Parsing;

/// <summary>The shared word reader answers as the regular expressions it replaced: \p{L}+ and \p{L}[\p{L}'’]*.</summary>
public sealed class WordsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Kozlov’s trial, on 3rd March; l'Union")]
    [InlineData("Zjanaozen – Žanaozen «Vzglyad» 2012 ABC-def")]
    [InlineData("o'clock '’ x")]
    public void Words_are_the_runs_of_letters(string text)
    {
        Read(text, apostrophes: false).ShouldBe(Regex.Matches(text, @"\p{L}+").Select(m => m.Value));
        Read(text, apostrophes: true).ShouldBe(Regex.Matches(text, @"\p{L}[\p{L}'’]*").Select(m => m.Value));
    }

    [Fact]
    public void Words_are_read_in_order() =>
        Read("The 2012 law’s text", apostrophes: true).ShouldBe(["The", "law’s", "text"]);

    private static List<string> Read(string text, bool apostrophes)
    {
        var words = new List<string>();
        foreach (var word in Words.In(text, apostrophes))
        {
            words.Add(text.Substring(word.Index, word.Length));
        }

        return words;
    }
}
