using DraftLint.Rules.References;
using DraftLint.Rules.Style;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.References;

/// <summary>DR4002, DR4006, DR4007, DR5002, DR5003: positives and near misses.</summary>
public sealed class MoreReferenceRuleTests
{
    private const string Header = "European Parliament resolution of 15 March 2012 on Kazakhstan\n\nThe European Parliament,\n\n";

    [Fact]
    public void DR4002_reports_a_reference_year_that_contradicts_the_cited_date() =>
        RuleVerifier.Verify<DR4002ReferenceYearMismatch>(
            Header + "– having regard to its resolution of 15 December 2011 on Central Asia1,\n\nA. whereas it is so;\n\n1 {|DR4002:P7_TA(2012)0588|}\n",
            "'P7_TA(2012)0588' has the year '2012', but its citation dates the text '15 December 2011'.");

    [Theory]
    [InlineData("– having regard to its resolution of 15 December 2011 on Central Asia1,\n\nA. whereas it is so;\n\n1 P7_TA(2011)0588\n")]
    [InlineData("– having regard to its resolutions (P7_TA(2011)0588),\n")]
    public void DR4002_is_silent_where_the_years_agree_or_no_date_is_given(string body) =>
        RuleVerifier.Verify<DR4002ReferenceYearMismatch>(Header + body);

    [Fact]
    public void DR4006_reports_an_instrument_cited_twice() =>
        RuleVerifier.Verify<DR4006DuplicateCitation>(
            Header + "– having regard to its resolution P7_TA(2011)0588,\n\n– having regard to the Council statement of 24 May 2011,\n\n– having regard to its resolution {|DR4006:P7_TA(2011)0588|} on Central Asia,\n\n– {|DR4006:having regard to the Council statement of 24 May 2011,|}\n",
            "Citation '3' cites 'P7_TA(2011)0588', which citation '1' already cites.",
            "Citation '4' cites 'having regard to the Council statement of 24 May 2011', which citation '2' already cites.");

    [Fact]
    public void DR4006_is_silent_on_different_instruments() =>
        RuleVerifier.Verify<DR4006DuplicateCitation>(Header + "– having regard to P7_TA(2011)0588,\n\n– having regard to P7_TA(2011)0589,\n\n– having regard to the Council statement of 24 May 2011,\n");

    [Fact]
    public void DR4006_keys_citations_as_the_regular_expression_it_replaced_did()
    {
        // The key was the lower-case text with every run of [^\p{L}\p{N}] removed; the loop must give the same key.
        var oracle = new System.Text.RegularExpressions.Regex(@"[^\p{L}\p{N}]+");
        const string Characters = "aZé Éßİıſ1٣Ⅻ½,;.-‑–’'()_\u00A0\u200B\uD801\uDC00ǅΣς";
        var random = new Random(11);
        for (var n = 0; n < 50_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => Characters[random.Next(Characters.Length)])]);
            DR4006DuplicateCitation.Normalize(text).ShouldBe(oracle.Replace(text.ToLowerInvariant(), ""), text);
        }
    }

    [Theory]
    [InlineData("– having regard to {|DR4007:http://www.europarl.europa.eu/doceo/document/TA-7-2012-0089_EN.html|},", "'http://www.europarl.europa.eu/doceo/document/TA-7-2012-0089_EN.html' uses http://, and 'www.europarl.europa.eu' is served over https://.")]
    [InlineData("– having regard to {|DR4007:http://localhost/page|},", "'http://localhost/page' is not a well-formed URL.")]
    public void DR4007_reports_http_on_https_hosts_and_malformed_urls(string citation, string message) =>
        RuleVerifier.Verify<DR4007UrlForm>(Header + citation + "\n", message);

    [Theory]
    [InlineData("– having regard to https://www.europarl.europa.eu/doceo/document/TA-7-2012-0089_EN.html,")]
    [InlineData("– having regard to http://www.nhc.no,")]
    public void DR4007_is_silent_on_https_and_on_hosts_not_known_to_serve_https(string citation) =>
        RuleVerifier.Verify<DR4007UrlForm>(Header + citation + "\n");

    [Fact]
    public void DR5002_reports_a_doubled_word_across_a_line_break() =>
        RuleVerifier.Verify<DR5002DoubledWord>(
            Header + "A. whereas {|DR5002:the\nthe|} authorities acted;\n",
            "'the' is written twice.");

    [Theory]
    [InlineData("A. whereas {|DR5002:the the|} authorities acted;\n", "A. whereas the authorities acted;\n")]
    [InlineData("A. whereas {|DR5002:the\nthe|} authorities acted;\n", "A. whereas the\nauthorities acted;\n")]
    [InlineData("A. whereas {|DR5002:the\u00A0\n\nthe|} authorities acted;\n", "A. whereas the\u00A0\n\nauthorities acted;\n")]
    public void DR5002s_fix_deletes_the_second_word_and_one_space_and_keeps_line_breaks(string recital, string fixedRecital) =>
        RuleVerifier.VerifyFix(new DR5002DoubledWord(), Header + recital, ["'the' is written twice."]).ShouldBe(Header + fixedRecital);

    [Theory]
    [InlineData("A. whereas he said that that was wrong;")]
    [InlineData("A. whereas 17 17-year-olds were arrested;")]
    [InlineData("A. whereas the theme is there;")]
    [InlineData("A. whereas 10km km of road were built;")]
    public void DR5002_is_silent_on_allowed_repeats_and_on_words_that_merely_look_alike(string recital) =>
        RuleVerifier.Verify<DR5002DoubledWord>(Header + recital + "\n");

    [Fact]
    public void DR5003_reports_unbalanced_brackets_and_quotes() =>
        RuleVerifier.Verify<DR5003UnbalancedBrackets>(
            Header + "A. whereas the law {|DR5003:(|}adopted in 2011 applies;\n\nB. whereas they called it {|DR5003:”|}if need be” and more;\n",
            "'(' is opened but never closed in 'recital A'.",
            "'”' is closed but never opened in 'recital B'.");

    [Fact]
    public void DR5003_is_silent_on_balanced_marks_apostrophes_and_list_labels() =>
        RuleVerifier.Verify<DR5003UnbalancedBrackets>(Header + "A. whereas the Union’s law (Article 2) speaks of “freedom” and ‘destructive’ acts;\n\nB. whereas a) one and b) two apply;\n");
}
