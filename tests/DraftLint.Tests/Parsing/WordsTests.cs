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
    public void Words_are_the_runs_of_letters_across_blocks_of_any_length()
    {
        // The reader works in blocks of 64 characters: words that cross a block, end one, or fill several must come out whole.
        const string Characters = "aZ'’ .,-1éŽß\u00A0“”ıſ\uD801\uDC00";
        var random = new Random(5);
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(0, 300);
            var mixed = random.Next(2, 80); // one character in this many is not an ASCII letter: short words to runs of 200
            var text = new string([.. Enumerable.Range(0, length).Select(_ => random.Next(mixed) == 0 ? Characters[random.Next(Characters.Length)] : (char)('a' + random.Next(26)))]);
            Read(text, apostrophes: false).ShouldBe(Regex.Matches(text, @"\p{L}+").Select(m => m.Value), text);
            Read(text, apostrophes: true).ShouldBe(Regex.Matches(text, @"\p{L}[\p{L}'’]*").Select(m => m.Value), text);
        }
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
