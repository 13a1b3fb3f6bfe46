using DraftLint.Parsing;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Parsing;

/// <summary>Every official language of the EU is recognised: a text is never linted with another language's rules.</summary>
public sealed class EveryLanguageTests
{
    [Theory]
    [InlineData("bg", "Европейският парламент, като взе предвид предишните си резолюции за Беларус, като има предвид, че властите задържаха журналисти и се отказаха от диалог, призовава за освобождаването на всички задържани.")]
    [InlineData("cs", "Evropský parlament, s ohledem na svá předchozí usnesení o Bělorusku, vzhledem k tomu, že orgány zadržely novináře, které jsou ve vazbě, vyzývá k propuštění všech zadržených osob.")]
    [InlineData("da", "Europa-Parlamentet, der henviser til sine tidligere beslutninger om Belarus, der henviser til, at myndighederne har tilbageholdt journalister og ikke har svaret, opfordrer til løsladelse af alle tilbageholdte.")]
    [InlineData("de", "Das Europäische Parlament, unter Hinweis auf seine früheren Entschließungen zu Belarus, in der Erwägung, dass die Behörden Journalisten festgenommen haben, fordert die Freilassung aller Inhaftierten.")]
    [InlineData("el", "Το Ευρωπαϊκό Κοινοβούλιο, λαμβάνοντας υπόψη τα προηγούμενα ψηφίσματά του για τη Λευκορωσία, εκτιμώντας ότι οι αρχές συνέλαβαν δημοσιογράφους, καλεί να απελευθερωθούν όλοι οι κρατούμενοι.")]
    [InlineData("en", "The European Parliament, having regard to its previous resolutions on Belarus, whereas the authorities have detained journalists, calls for the release of all those detained.")]
    [InlineData("es", "El Parlamento Europeo, vistas sus anteriores resoluciones sobre Bielorrusia, considerando que las autoridades han detenido a los periodistas y a sus familias, pide la liberación de todos los detenidos.")]
    [InlineData("et", "Euroopa Parlament, võttes arvesse oma varasemaid resolutsioone Valgevene kohta, arvestades, et ametivõimud on kinni pidanud ajakirjanikke ning ei ole vastanud, kutsub üles vabastama kõik kinnipeetud.")]
    [InlineData("fi", "Euroopan parlamentti, joka ottaa huomioon aiemmat päätöslauselmansa Valko-Venäjästä, ottaa huomioon, että viranomaiset ovat pidättäneet toimittajia ja ettei vastausta ole annettu, kehottaa vapauttamaan kaikki pidätetyt.")]
    [InlineData("fr", "Le Parlement européen, vu ses résolutions antérieures sur le Bélarus, considérant que les autorités ont arrêté des journalistes, demande la libération de toutes les personnes détenues.")]
    [InlineData("ga", "Parlaimint na hEorpa, ag féachaint dá rúin roimhe seo ar an mBealarúis, de bhrí gur ghabh na húdaráis iriseoirí agus nár thug siad freagra, iarrann sí go scaoilfí saor na daoine go léir atá faoi choinneáil.")]
    [InlineData("hr", "Europski parlament, uzimajući u obzir svoje prethodne rezolucije o Bjelarusu, budući da su vlasti pritvorile novinare koji su izvještavali, poziva na puštanje na slobodu svih pritvorenih osoba.")]
    [InlineData("hu", "Az Európai Parlament, tekintettel a Belaruszról szóló korábbi állásfoglalásaira, mivel a hatóságok újságírókat vettek őrizetbe, és nem válaszoltak, felszólít az összes fogvatartott szabadon bocsátására.")]
    [InlineData("it", "Il Parlamento europeo, viste le sue precedenti risoluzioni sulla Bielorussia, considerando che le autorità hanno arrestato dei giornalisti e che gli arresti sono continuati, chiede il rilascio di tutti i detenuti.")]
    [InlineData("lt", "Europos Parlamentas, atsižvelgdamas į savo ankstesnes rezoliucijas dėl Baltarusijos, kadangi valdžios institucijos sulaikė žurnalistus ir neatsakė, ragina paleisti visus sulaikytuosius.")]
    [InlineData("lv", "Eiropas Parlaments, ņemot vērā iepriekšējās rezolūcijas par Baltkrieviju, tā kā iestādes ir aizturējušas žurnālistus un nav atbildējušas, aicina atbrīvot visus aizturētos.")]
    [InlineData("mt", "Il-Parlament Ewropew, wara li kkunsidra r-riżoluzzjonijiet preċedenti tiegħu dwar il-Belarussja, billi l-awtoritajiet arrestaw ġurnalisti li kienu qed jirrappurtaw, jitlob il-ħelsien tad-detenuti kollha.")]
    [InlineData("nl", "Het Europees Parlement, gezien zijn eerdere resoluties over Belarus, overwegende dat de autoriteiten journalisten hebben vastgehouden, dringt aan op de vrijlating van alle gedetineerden.")]
    [InlineData("pl", "Parlament Europejski, uwzględniając swoje poprzednie rezolucje w sprawie Białorusi, mając na uwadze, że władze zatrzymały dziennikarzy i nie udzieliły odpowiedzi, wzywa do uwolnienia wszystkich zatrzymanych.")]
    [InlineData("pt", "O Parlamento Europeu, tendo em conta as suas anteriores resoluções sobre a Bielorrússia, considerando que as autoridades detiveram os jornalistas e não responderam, insta à libertação de todos os detidos.")]
    [InlineData("ro", "Parlamentul European, având în vedere rezoluțiile sale anterioare privind Belarus, întrucât autoritățile au reținut jurnaliști care nu au primit răspuns, solicită eliberarea tuturor deținuților.")]
    [InlineData("sk", "Európsky parlament, so zreteľom na svoje predchádzajúce uznesenia o Bielorusku, keďže orgány zadržali novinárov, ktoré sú vo väzbe, vyzýva na prepustenie všetkých zadržaných osôb.")]
    [InlineData("sl", "Evropski parlament ob upoštevanju svojih prejšnjih resolucij o Belorusiji, ker so oblasti pridržale novinarje, ki so poročali, poziva k izpustitvi vseh pridržanih oseb.")]
    [InlineData("sv", "Europaparlamentet som beaktar sina tidigare resolutioner om Belarus, och av följande skäl: myndigheterna har gripit journalister och har inte svarat, uppmanar till frigivning av alla frihetsberövade.")]
    public void Every_official_language_is_recognised(string code, string text) =>
        LanguageDetector.Detect(text, RuleVerifier.Data).ShouldBe(code);
}
