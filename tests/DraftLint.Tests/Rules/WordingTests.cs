using System.Globalization;
using DraftLint.Rules;

namespace DraftLint.Tests.Rules;

public sealed class WordingTests
{
    [Theory]
    [InlineData("recital", "Recital")]
    [InlineData("item", "Item")]
    [InlineData("élan", "Élan")]
    [InlineData("", "")]
    public void Sentence_case_writes_the_first_letter_in_upper_case_whatever_the_culture(string text, string expected)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Under a Turkish culture, culture-aware upper-casing would write "İtem".
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Wording.SentenceCase(text).ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(1, "1 time")]
    [InlineData(3, "3 times")]
    public void Times_counts_in_English(int count, string expected) => Wording.Times(count).ShouldBe(expected);
}
