using DraftLint.Rules.References;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Rules.References;

/// <summary>DR4012: the document's own procedure given two ways, in the layout of a doceo motion page, with near misses.</summary>
public sealed class OwnProcedureTests
{
    private const string Body = "The European Parliament,\n\n– having regard to the Universal Declaration of Human Rights,\n\nA. whereas it is so;\n";

    [Fact]
    public void DR4012_reports_the_procedure_line_that_disagrees_with_the_heading() =>
        RuleVerifier.Verify<DR4012OwnProcedureMismatch>(
            "MOTION FOR A RESOLUTION on the case of Ildar Dadin\n\n22.11.2016 - (2016/2990(RSP))\n\nJohannes Cornelis van Baalen\n\n"
                + "Proċedura : {|DR4012:2016/2992(RSP)|}\nĊiklu ta' ħajja waqt sessjoni\n\nB8‑1273/2016\n\n"
                + "European Parliament resolution on the case of Ildar Dadin\n\n(2016/2990(RSP))\n\n" + Body,
            "The document's own procedure is given here as '2016/2992(RSP)' and several times elsewhere as '2016/2990(RSP)'; one of them is wrong.");

    [Fact]
    public void DR4012_reports_a_title_whose_procedure_disagrees_with_the_procedure_line() =>
        RuleVerifier.Verify<DR4012OwnProcedureMismatch>(
            "Procedure : 2012/2553(RSP)\n\nEuropean Parliament resolution of 15 March 2012 on Kazakhstan ({|DR4012:2012/2535(RSP)|})\n\n" + Body,
            "The document's own procedure is given here as '2012/2535(RSP)' and once elsewhere as '2012/2553(RSP)'; one of them is wrong.");

    [Theory]
    [InlineData("Procedure : 2012/2553(RSP)\n\nMOTION FOR A RESOLUTION on the situation in Kazakhstan (2012/2553(RSP))\n\nEuropean Parliament resolution on the situation in Kazakhstan (2012/2553(RSP))\n\n")]
    [InlineData("Procedure : 2012/2553(RSP)\n\nSee also the debate on procedure 2012/2535(RSP) of the same day\n\n")]
    [InlineData("(2009/C 184 E/01) Transparency in financial matters (2007/2141(INI))\n\n(2009/C 184 E/02) Fight against fraud (2006/2268(INI))\n\n")]
    [InlineData("Procedure : 2012/2553(RSP)\n\nEuropean Parliament legislative resolution on the proposal (COM(2011)0123 – C7-0012/2011 – 2011/0012(COD))\n\n")]
    public void DR4012_is_silent_on_one_procedure_on_procedures_cited_in_sentences_and_on_index_pages(string header) =>
        RuleVerifier.Verify<DR4012OwnProcedureMismatch>(header + Body);
}
