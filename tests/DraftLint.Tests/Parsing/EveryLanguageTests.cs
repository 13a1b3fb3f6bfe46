using DraftLint.Analysis;
using DraftLint.Diagnostics;
using DraftLint.Parsing;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Parsing;

/// <summary>Every official language of the EU is recognised: a text is never linted with another language's rules.</summary>
public sealed class EveryLanguageTests
{
    /// <summary>A few sentences of a resolution in each official language, written for these tests.</summary>
    public static TheoryData<string, string> Samples { get; } = new()
    {
        { "bg", "Европейският парламент, като взе предвид предишните си резолюции за Беларус, като има предвид, че властите задържаха журналисти и се отказаха от диалог, призовава за освобождаването на всички задържани." },
        { "cs", "Evropský parlament, s ohledem na svá předchozí usnesení o Bělorusku, vzhledem k tomu, že orgány zadržely novináře, které jsou ve vazbě, vyzývá k propuštění všech zadržených osob." },
        { "da", "Europa-Parlamentet, der henviser til sine tidligere beslutninger om Belarus, der henviser til, at myndighederne har tilbageholdt journalister og ikke har svaret, opfordrer til løsladelse af alle tilbageholdte." },
        { "de", "Das Europäische Parlament, unter Hinweis auf seine früheren Entschließungen zu Belarus, in der Erwägung, dass die Behörden Journalisten festgenommen haben, fordert die Freilassung aller Inhaftierten." },
        { "el", "Το Ευρωπαϊκό Κοινοβούλιο, λαμβάνοντας υπόψη τα προηγούμενα ψηφίσματά του για τη Λευκορωσία, εκτιμώντας ότι οι αρχές συνέλαβαν δημοσιογράφους, καλεί να απελευθερωθούν όλοι οι κρατούμενοι." },
        { "en", "The European Parliament, having regard to its previous resolutions on Belarus, whereas the authorities have detained journalists, calls for the release of all those detained." },
        { "es", "El Parlamento Europeo, vistas sus anteriores resoluciones sobre Bielorrusia, considerando que las autoridades han detenido a los periodistas y a sus familias, pide la liberación de todos los detenidos." },
        { "et", "Euroopa Parlament, võttes arvesse oma varasemaid resolutsioone Valgevene kohta, arvestades, et ametivõimud on kinni pidanud ajakirjanikke ning ei ole vastanud, kutsub üles vabastama kõik kinnipeetud." },
        { "fi", "Euroopan parlamentti, joka ottaa huomioon aiemmat päätöslauselmansa Valko-Venäjästä, ottaa huomioon, että viranomaiset ovat pidättäneet toimittajia ja ettei vastausta ole annettu, kehottaa vapauttamaan kaikki pidätetyt." },
        { "fr", "Le Parlement européen, vu ses résolutions antérieures sur le Bélarus, considérant que les autorités ont arrêté des journalistes, demande la libération de toutes les personnes détenues." },
        { "ga", "Parlaimint na hEorpa, ag féachaint dá rúin roimhe seo ar an mBealarúis, de bhrí gur ghabh na húdaráis iriseoirí agus nár thug siad freagra, iarrann sí go scaoilfí saor na daoine go léir atá faoi choinneáil." },
        { "hr", "Europski parlament, uzimajući u obzir svoje prethodne rezolucije o Bjelarusu, budući da su vlasti pritvorile novinare koji su izvještavali, poziva na puštanje na slobodu svih pritvorenih osoba." },
        { "hu", "Az Európai Parlament, tekintettel a Belaruszról szóló korábbi állásfoglalásaira, mivel a hatóságok újságírókat vettek őrizetbe, és nem válaszoltak, felszólít az összes fogvatartott szabadon bocsátására." },
        { "it", "Il Parlamento europeo, viste le sue precedenti risoluzioni sulla Bielorussia, considerando che le autorità hanno arrestato dei giornalisti e che gli arresti sono continuati, chiede il rilascio di tutti i detenuti." },
        { "lt", "Europos Parlamentas, atsižvelgdamas į savo ankstesnes rezoliucijas dėl Baltarusijos, kadangi valdžios institucijos sulaikė žurnalistus ir neatsakė, ragina paleisti visus sulaikytuosius." },
        { "lv", "Eiropas Parlaments, ņemot vērā iepriekšējās rezolūcijas par Baltkrieviju, tā kā iestādes ir aizturējušas žurnālistus un nav atbildējušas, aicina atbrīvot visus aizturētos." },
        { "mt", "Il-Parlament Ewropew, wara li kkunsidra r-riżoluzzjonijiet preċedenti tiegħu dwar il-Belarussja, billi l-awtoritajiet arrestaw ġurnalisti li kienu qed jirrappurtaw, jitlob il-ħelsien tad-detenuti kollha." },
        { "nl", "Het Europees Parlement, gezien zijn eerdere resoluties over Belarus, overwegende dat de autoriteiten journalisten hebben vastgehouden, dringt aan op de vrijlating van alle gedetineerden." },
        { "pl", "Parlament Europejski, uwzględniając swoje poprzednie rezolucje w sprawie Białorusi, mając na uwadze, że władze zatrzymały dziennikarzy i nie udzieliły odpowiedzi, wzywa do uwolnienia wszystkich zatrzymanych." },
        { "pt", "O Parlamento Europeu, tendo em conta as suas anteriores resoluções sobre a Bielorrússia, considerando que as autoridades detiveram os jornalistas e não responderam, insta à libertação de todos os detidos." },
        { "ro", "Parlamentul European, având în vedere rezoluțiile sale anterioare privind Belarus, întrucât autoritățile au reținut jurnaliști care nu au primit răspuns, solicită eliberarea tuturor deținuților." },
        { "sk", "Európsky parlament, so zreteľom na svoje predchádzajúce uznesenia o Bielorusku, keďže orgány zadržali novinárov, ktoré sú vo väzbe, vyzýva na prepustenie všetkých zadržaných osôb." },
        { "sl", "Evropski parlament ob upoštevanju svojih prejšnjih resolucij o Belorusiji, ker so oblasti pridržale novinarje, ki so poročali, poziva k izpustitvi vseh pridržanih oseb." },
        { "sv", "Europaparlamentet som beaktar sina tidigare resolutioner om Belarus, och av följande skäl: myndigheterna har gripit journalister och har inte svarat, uppmanar till frigivning av alla frihetsberövade." },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_official_language_is_recognised(string code, string text) =>
        LanguageDetector.Detect(text, RuleVerifier.Data).ShouldBe(code);

    /// <summary>The languages with a recognition pack only: all official languages but English, Dutch, French and German.</summary>
    public static TheoryData<string, string> WithoutFullPack()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Samples)
        {
            if (row is [string code, string text] && !RuleVerifier.Data.GetLanguage(code).Complete)
            {
                data.Add(code, text);
            }
        }

        return data;
    }

    [Fact]
    public void Twenty_official_languages_have_a_recognition_pack_only() =>
        WithoutFullPack().Select(row => (string)row[0]).ShouldBe(["bg", "cs", "da", "el", "es", "et", "fi", "ga", "hr", "hu", "it", "lt", "lv", "mt", "pl", "pt", "ro", "sk", "sl", "sv"]);

    [Theory]
    [MemberData(nameof(WithoutFullPack))]
    public void A_text_in_a_language_without_a_full_pack_is_told_so_and_gets_only_language_neutral_rules(string code, string text)
    {
        // The first word written twice: a doubled word (DR5002), which a full pack reports, is no language-neutral check.
        var first = text.Split(' ', 2)[0];
        var result = RuleVerifier.RunAll($"{first} {text}\n");

        var pack = RuleVerifier.Data.GetLanguage(code);
        var note = result.Notifications.ShouldHaveSingleItem();
        (note.Id, note.Level).ShouldBe((ToolNotification.LanguageNotSupported, DiagnosticSeverity.Note));
        note.Message.ShouldBe($"the text is in {pack.Name} ({code}), which DraftLint recognises but has no checks for yet: only the language-neutral rules ran (numbering, impossible dates and weekdays, references, URLs)");
        result.Diagnostics.ShouldBeEmpty();
        result.Documents.Single().Language.ShouldBe(code);
    }
}
