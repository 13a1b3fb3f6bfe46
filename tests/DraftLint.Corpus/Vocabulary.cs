namespace DraftLint.Corpus;

/// <summary>
/// The phrases a generated draft is made of, per language. Placeholders: {p:N} person N (full name at the first
/// mention, title and surname after), {date} a past date, {monthyear} a past month, {since} "since" and a past month,
/// {year} a past year, {n} a count, {years} a sentence length, {city}, {country}, {the} the definite article
/// (where a doubled word may be injected), {resolution} an earlier resolution with its footnote, {rop} the Rule of
/// Procedure the motion is tabled under.
/// </summary>
internal sealed record Vocabulary(
    string Code,
    string Preamble,
    string CitationOpener,
    string RecitalOpener,
    bool LowercaseParagraphs,
    string Title,
    string TitleOn,
    string ResolutionCitation,
    string RuleCitation,
    string FootnotePrefix,
    string FootnoteSuffix,
    string Mr,
    string Ms,
    string Since,
    string The,
    string On,
    string[] Countries,
    string[] Citations,
    string[] Recitals,
    string[] Paragraphs,
    string[] MainPersonParagraphs,
    string Closing)
{
    public static Vocabulary English { get; } = new(
        Code: "en",
        Preamble: "The European Parliament,",
        CitationOpener: "having regard to",
        RecitalOpener: "whereas",
        LowercaseParagraphs: false,
        Title: "European Parliament resolution of {date} on {topic}",
        TitleOn: "the human rights situation in {country}",
        ResolutionCitation: "its resolution of {date} on {country}",
        RuleCitation: "Rule {rule}({paragraph}) of its Rules of Procedure",
        FootnotePrefix: "",
        FootnoteSuffix: "",
        Mr: "Mr",
        Ms: "Ms",
        Since: "since",
        The: "the",
        On: "on",
        Countries: ["Kazakhstan", "Azerbaijan", "Belarus", "Uzbekistan", "Tajikistan", "Turkmenistan", "Kyrgyzstan", "Georgia"],
        Citations:
        [
            "{resolution}",
            "the Council conclusions of {date} on {country}",
            "the statement by the Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy of {date} on the events in {city}",
            "the Partnership and Cooperation Agreement between the European Union and {country}, which entered into force in {year}",
            "the Universal Declaration of Human Rights of 1948",
            "the International Covenant on Civil and Political Rights",
            "the statement of preliminary findings and conclusions of the OSCE/ODIHR election observation mission of {date}",
            "the EU Guidelines on Human Rights Defenders",
            "the EU-{country} Human Rights Dialogue of {date}",
            "the Constitution of {country}",
        ],
        Recitals:
        [
            "on {date} {p:0} was arrested in {city} and charged with inciting social discord",
            "{p:0} was sentenced on {date} to {years} years' imprisonment after a trial that did not meet international standards",
            "the authorities of {country} adopted a law on religion in {monthyear}, which obliges all religious groups to re-register",
            "{n} activists have been detained {since}, among them {p:1} and {p:2}",
            "the parliamentary elections held on {date} were deemed by the OSCE not to meet its standards",
            "the state of emergency declared in {city} was lifted on {date}",
            "{p:3}, a human rights defender, was found guilty on {date} of taking part in an unauthorised gathering",
            "a human rights dialogue between the EU and {country} took place on {date}",
            "several independent newspapers were closed by court order in {monthyear}",
            "the lawyer of {p:0} has been denied access to {the} case file {since}",
            "{p:1} has been held in pre-trial detention {since}",
            "the President of {country} signed amendments to the law on the media on {date}",
            "{n} people died and many more were injured when the police opened fire on protesters in {city} on {date}",
            "both the EU and {country} could derive important benefits from deeper cooperation",
            "freedom of expression and freedom of assembly are fundamental rights",
            "{p:4} was released on {date} after {years} years in prison",
        ],
        Paragraphs:
        [
            "Stresses the importance of the relations between the EU and {country}",
            "Condemns the detention of {p:0} and calls for {the} immediate release of all political prisoners",
            "Calls on the authorities of {country} to conduct an independent investigation into the events in {city}",
            "Urges the authorities to guarantee the freedom of the media and {the} freedom of assembly",
            "Calls on the EEAS to monitor closely the trial of {p:1} and to report back to Parliament",
            "Welcomes the release of {p:4} and calls for the charges against all activists to be dropped",
            "Expresses its concern at the situation of {p:0}, who has been held in detention {since}",
            "Recalls that {country} has committed itself to the principles of the OSCE",
            "Regrets that a number of opposition parties are not allowed to register",
            "Encourages {country} to pursue the reform of the judiciary",
            "Calls on the Council and the Commission to make progress on human rights a condition of closer cooperation",
            "Deplores the closure of independent newspapers in {monthyear}",
        ],
        MainPersonParagraphs:
        [
            "Calls for the immediate and unconditional release of {p:0}",
            "Demands that the authorities guarantee the physical and psychological integrity of {p:0}",
            "Calls on the authorities to allow {p:0} to receive visits from family and lawyers",
        ],
        Closing: "Instructs its President to forward this resolution to the Council, the Commission, the Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy, and the President and Parliament of {country}.");

    public static Vocabulary Dutch { get; } = new(
        Code: "nl",
        Preamble: "Het Europees Parlement,",
        CitationOpener: "gezien",
        RecitalOpener: "overwegende dat",
        LowercaseParagraphs: true,
        Title: "Resolutie van het Europees Parlement van {date} over {topic}",
        TitleOn: "de mensenrechtensituatie in {country}",
        ResolutionCitation: "zijn resolutie van {date} over {country}",
        RuleCitation: "artikel {rule}, lid {paragraph}, van zijn Reglement",
        FootnotePrefix: "Aangenomen teksten, ",
        FootnoteSuffix: ".",
        Mr: "de heer",
        Ms: "mevrouw",
        Since: "sinds",
        The: "de",
        On: "op",
        Countries: ["Kazachstan", "Azerbeidzjan", "Belarus", "Oezbekistan", "Tadzjikistan", "Turkmenistan", "Kirgizië", "Georgië"],
        Citations:
        [
            "{resolution}",
            "de conclusies van de Raad van {date} over {country}",
            "de verklaring van de vicevoorzitter van de Commissie/hoge vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid van {date} over de gebeurtenissen in {city}",
            "de partnerschaps- en samenwerkingsovereenkomst tussen de Europese Unie en {country}, die in {year} in werking is getreden",
            "de Universele Verklaring van de rechten van de mens van 1948",
            "het Internationaal Verdrag inzake burgerrechten en politieke rechten",
            "de verklaring inzake de voorlopige bevindingen en conclusies van de verkiezingswaarnemingsmissie van de OVSE/ODIHR van {date}",
            "de EU-richtsnoeren inzake mensenrechtenverdedigers",
            "de mensenrechtendialoog tussen de EU en {country} van {date}",
            "de grondwet van {country}",
        ],
        Recitals:
        [
            "op {date} {p:0} werd gearresteerd in {city} en werd aangeklaagd wegens het aanzetten tot sociale onrust",
            "{p:0} op {date} werd veroordeeld tot {years} jaar gevangenisstraf na een proces dat niet aan de internationale normen voldeed",
            "de autoriteiten van {country} in {monthyear} een wet inzake godsdienst hebben aangenomen die alle religieuze groeperingen verplicht zich opnieuw te laten registreren",
            "{n} activisten {since} in hechtenis zijn genomen, onder wie {p:1} en {p:2}",
            "de parlementsverkiezingen van {date} volgens de OVSE niet aan haar normen voldeden",
            "de noodtoestand in {city} op {date} werd opgeheven",
            "{p:3}, een mensenrechtenverdediger, op {date} schuldig werd bevonden aan deelname aan een niet-toegestane bijeenkomst",
            "op {date} een mensenrechtendialoog tussen de EU en {country} heeft plaatsgevonden",
            "in {monthyear} verscheidene onafhankelijke kranten bij rechterlijk bevel werden gesloten",
            "de advocaat van {p:0} {since} geen toegang heeft tot {the} stukken van het dossier",
            "{p:1} {since} in voorlopige hechtenis wordt gehouden",
            "de president van {country} op {date} wijzigingen van de mediawet heeft ondertekend",
            "op {date} {n} mensen om het leven kwamen toen de politie in {city} het vuur opende op demonstranten",
            "zowel de EU als {country} veel baat zouden hebben bij een nauwere samenwerking",
            "vrijheid van meningsuiting en vrijheid van vergadering grondrechten zijn",
            "{p:4} op {date} werd vrijgelaten na {years} jaar gevangenschap",
        ],
        Paragraphs:
        [
            "benadrukt het belang van de betrekkingen tussen de EU en {country}",
            "veroordeelt de detentie van {p:0} en dringt aan op {the} onmiddellijke vrijlating van alle politieke gevangenen",
            "verzoekt de autoriteiten van {country} een onafhankelijk onderzoek in te stellen naar de gebeurtenissen in {city}",
            "dringt er bij de autoriteiten op aan de vrijheid van de media en {the} vrijheid van vergadering te waarborgen",
            "verzoekt de EDEO het proces tegen {p:1} nauwlettend te volgen en verslag uit te brengen aan het Parlement",
            "is ingenomen met de vrijlating van {p:4} en vraagt dat de aanklachten tegen alle activisten worden ingetrokken",
            "uit zijn bezorgdheid over de situatie van {p:0}, die {since} in hechtenis zit",
            "herinnert eraan dat {country} zich heeft verbonden tot de beginselen van de OVSE",
            "betreurt dat een aantal oppositiepartijen zich niet mag laten registreren",
            "moedigt {country} aan de hervorming van de rechterlijke macht voort te zetten",
            "verzoekt de Raad en de Commissie vooruitgang op het gebied van de mensenrechten een voorwaarde te maken voor nauwere samenwerking",
            "betreurt de sluiting van onafhankelijke kranten in {monthyear}",
        ],
        MainPersonParagraphs:
        [
            "dringt aan op de onmiddellijke en onvoorwaardelijke vrijlating van {p:0}",
            "eist dat de autoriteiten de lichamelijke en geestelijke integriteit van {p:0} waarborgen",
            "verzoekt de autoriteiten {p:0} bezoek van familie en advocaten toe te staan",
        ],
        Closing: "verzoekt zijn Voorzitter deze resolutie te doen toekomen aan de Raad, de Commissie, de vicevoorzitter van de Commissie/hoge vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid, en de president en het parlement van {country}.");

    /// <summary>Cities, shared by every language.</summary>
    public static string[] Cities { get; } = ["Almaty", "Uralsk", "Shymkent", "Minsk", "Grodno", "Dushanbe", "Bishkek", "Osh", "Tbilisi", "Namangan"];

    /// <summary>Given names with their gender (true: female).</summary>
    public static (string Name, bool Female)[] GivenNames { get; } =
    [
        ("Igor", false), ("Natalya", true), ("Vladimir", false), ("Roza", true), ("Talgat", false), ("Aigul", true),
        ("Yerlan", false), ("Bakhyt", false), ("Dinara", true), ("Maxim", false), ("Olga", true), ("Serik", false),
        ("Zhanna", true), ("Ruslan", false), ("Elena", true), ("Timur", false), ("Gulnara", true), ("Nurlan", false),
        ("Kairat", false), ("Pavel", false), ("Azamat", false), ("Yevgeniy", false), ("Marat", false), ("Svetlana", true),
        ("Oksana", true), ("Viktor", false), ("Lyudmila", true), ("Daniyar", false), ("Fatima", true), ("Hasan", false),
    ];

    /// <summary>Surnames, each with a masculine and a feminine form.</summary>
    public static (string Male, string Female)[] Surnames { get; } =
    [
        ("Vinyavskiy", "Vinyavskaya"), ("Kozlov", "Kozlova"), ("Saktaganov", "Saktaganova"), ("Tuletaev", "Tuletaeva"),
        ("Azhigaliev", "Azhigalieva"), ("Sokolov", "Sokolova"), ("Kuchukov", "Kuchukova"), ("Abenov", "Abenova"),
        ("Baimukhanov", "Baimukhanova"), ("Duvanov", "Duvanova"), ("Yesergepov", "Yesergepova"), ("Nurmukhamedov", "Nurmukhamedova"),
        ("Rakhimov", "Rakhimova"), ("Ospanov", "Ospanova"), ("Ibrayev", "Ibrayeva"), ("Gubanov", "Gubanova"),
        ("Petrov", "Petrova"), ("Orlov", "Orlova"), ("Umarov", "Umarova"), ("Lebedev", "Lebedeva"), ("Fedorov", "Fedorova"),
        ("Jumabaev", "Jumabaeva"), ("Karimov", "Karimova"), ("Mamyrov", "Mamyrova"), ("Zhaksybekov", "Zhaksybekova"),
        ("Tokhtarov", "Tokhtarova"), ("Esenov", "Esenova"), ("Khalilov", "Khalilova"), ("Sadykov", "Sadykova"), ("Chernov", "Chernova"),
    ];
}
