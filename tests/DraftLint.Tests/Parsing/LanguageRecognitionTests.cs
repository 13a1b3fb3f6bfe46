using DraftLint.Analysis;
using DraftLint.Parsing;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Parsing;

/// <summary>French and German are recognised, read and linted with their own packs, never with the English or Dutch rules.</summary>
public sealed class LanguageRecognitionTests
{
    private const string French =
        "Résolution du Parlement européen du 19 décembre 2019 sur la situation des droits de l'homme au Kazakhstan\n\n"
        + "Le Parlement européen,\n\n– vu ses résolutions antérieures sur le Kazakhstan,\n\n– vu l'article 144 de son règlement intérieur,\n\n"
        + "A. considérant que les autorités ont arrêté des militants pour leur participation aux manifestations;\n\n"
        + "C. considérant que la liberté des médias est restreinte dans le pays;\n\n"
        + "1. invite les autorités à libérer les personnes détenues pour des raisons politiques;\n\n"
        + "2. charge son Président de transmettre la présente résolution au Conseil;\n";

    private const string German =
        "Entschließung des Europäischen Parlaments vom 10. September 2015 zur Lage in Kasachstan\n\n"
        + "Das Europäische Parlament,\n\n– unter Hinweis auf seine früheren Entschließungen zu Kasachstan,\n\n"
        + "A. in der Erwägung, dass die Behörden Aktivisten festgenommen haben, die an den Außen- und Abschlusskundgebungen teilnahmen;\n\n"
        + "B. in der Erwägung, dass Herr Auken und Frau Außen „Extremismus“ vorgeworfen wird;\n\n"
        + "1. fordert die Behörden auf, alle politischen Gefangenen freizulassen;\n\n"
        + "2. beauftragt seinen Präsidenten, diese Entschließung dem Rat zu übermitteln;\n";

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(German, "de")]
    public void French_and_German_are_recognised(string text, string language) =>
        LanguageDetector.Detect(text, RuleVerifier.Data).ShouldBe(language);

    [Theory]
    [InlineData("The European Parliament,\n\n– having regard to its previous resolutions,\n\nA. whereas the authorities have arrested activists;\n", "en")]
    [InlineData("Het Europees Parlement,\n\n– gezien zijn eerdere resoluties,\n\nA. overwegende dat de autoriteiten activisten hebben gearresteerd;\n", "nl")]
    public void English_and_Dutch_stay_what_they_are(string text, string language) =>
        LanguageDetector.Detect(text, RuleVerifier.Data).ShouldBe(language);

    [Fact]
    public void A_page_is_judged_by_its_resolution_not_by_the_chrome_around_it()
    {
        const string chrome = "Terug naar de homepage van het Europees Parlement. Zoeken op de website van het Parlement, de agenda van de plenaire vergadering en de documenten die in de commissies worden besproken, met een overzicht van de stemmingen.\n\n";
        var page = chrome + "The European Parliament,\n\n– having regard to its previous resolutions,\n\nA. whereas the authorities have arrested activists;\n";

        LanguageDetector.Detect(page, RuleVerifier.Data).ShouldBe("en");
        LanguageDetector.Detect(chrome, RuleVerifier.Data).ShouldBe("nl");
    }

    [Fact]
    public void A_French_text_is_read_as_a_resolution_with_its_date()
    {
        var document = new DocumentParser(RuleVerifier.Data).Parse(new Text.SourceText("t.fr.txt", French));

        document.Language.ShouldBe("fr");
        (document.Citations.Length, document.Recitals.Length, document.Paragraphs.Length).ShouldBe((2, 2, 2));
        Semantics.DateRecognizerTests.Model(French).DocumentDate!.Date.ShouldBe(new DateOnly(2019, 12, 19));
    }

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(German, "de")]
    public void French_and_German_are_linted_with_their_own_packs_and_no_note(string text, string code)
    {
        var result = RuleVerifier.RunAll(text);

        result.Notifications.ShouldBeEmpty();
        result.Documents.Single().Language.ShouldBe(code);

        // French: recital B is missing between A and C. Both: the closing paragraph ends with ';', not '.'. German: Herr
        // Auken and Frau Außen are no one name spelled two ways (nouns are capitalised in German).
        result.Diagnostics.Select(d => d.Id).ShouldBe(code == "fr" ? ["DR1001", "DR5001"] : ["DR5001"]);
    }

    [Fact]
    public void A_flattened_resolution_says_that_its_structure_was_not_recognised()
    {
        const string flattened = "EP Resolution of 26 November 2020\nEuropean Parliament resolution of 26 November 2020 on Belarus (2020/2882(RSP)) The European Parliament, – having regard to its previous resolutions on Belarus, – having regard to Rule 144 of its Rules of Procedure, A. whereas the murder of Raman Bandarenka shocked the country; 1. Condemns it.\n";

        RuleVerifier.RunAll(flattened).Notifications.ShouldHaveSingleItem().Id.ShouldBe(ToolNotification.StructureNotRecognised);
    }

    [Theory]
    [InlineData("The European Parliament adopted a resolution on Kazakhstan. Members met officials in the European Parliament, with participation of the civil society.\n")]
    [InlineData("The European Parliament,\n\n– having regard to its previous resolutions,\n\nA. whereas it is so;\n\n1. Calls for that.\n")]
    public void Near_miss_prose_about_a_resolution_and_a_resolution_read_as_one_say_nothing(string text) =>
        RuleVerifier.RunAll(text).Notifications.ShouldBeEmpty();
}

