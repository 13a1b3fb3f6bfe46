using DraftLint.Text;

namespace DraftLint.Tests.Parsing;

/// <summary><see cref="WordFilter"/> never turns away a word that a lookup ignoring case ordinally would find.</summary>
public sealed class WordFilterTests
{
    private static readonly string[] Set = ["March", "mei", "the", "organis", "ſeptember", "dialogue", "x", "Überweisung", new string('a', 40)];

    [Theory]
    [InlineData("march", true)]
    [InlineData("MARCH", true)]
    [InlineData("MEI", true)]
    [InlineData("The", true)]
    [InlineData("september", true)] // 'ſ' (long s) equals 's' ignoring case
    [InlineData("ıt", true)] // beyond ASCII: let through to the lookup
    [InlineData("uberweisung", true)] // the set's 'Ü' may equal any letter: let through
    [InlineData("mouse", false)] // no word of five letters from m to e
    [InlineData("them", false)]
    [InlineData("dialog", false)]
    [InlineData("y", false)]
    [InlineData("", false)]
    public void Turns_away_only_words_not_in_the_set(string word, bool mayContain) =>
        new WordFilter(Set).MayContain(word).ShouldBe(mayContain);

    [Fact]
    public void Lets_through_every_word_a_lookup_ignoring_case_finds()
    {
        var filter = new WordFilter(Set);
        var lookup = new HashSet<string>(Set, StringComparer.OrdinalIgnoreCase);
        var random = new Random(7);
        const string Letters = "aAbBeEiIıİmMnNoOrRsStThHxXſüÜ";
        for (var n = 0; n < 200_000; n++)
        {
            var word = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Letters[random.Next(Letters.Length)])]);
            if (lookup.Contains(word))
            {
                filter.MayContain(word).ShouldBeTrue(word);
            }
        }

        foreach (var word in Set.Concat(Set.Select(w => w.ToUpperInvariant())).Concat(Set.Select(w => w.ToLowerInvariant())))
        {
            if (lookup.Contains(word))
            {
                filter.MayContain(word).ShouldBeTrue(word);
            }
        }
    }
}
