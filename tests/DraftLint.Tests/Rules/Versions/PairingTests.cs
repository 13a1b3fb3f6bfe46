using System.Collections.Immutable;
using DraftLint.Analysis;
using DraftLint.Rules.Versions;

namespace DraftLint.Tests.Rules.Versions;

/// <summary>
/// Which documents of a run <see cref="LanguageVersions.Pairs"/> pairs, and in what order: the pairs below are the ones
/// the first implementation (every pair of documents compared) gave on this set, so that grouping by key keeps them.
/// </summary>
public sealed class PairingTests
{
    private static DocumentSummary<VersionSummary> Document(string path, string language, TextStage stage = TextStage.Unknown, string? own = null) =>
        new(path, language, new VersionSummary(stage, own, [], []));

    // File-name keys of each form, own references, both at once, stages, one language twice, three languages of one text,
    // and documents that pair with nothing; given out of order, as a run's documents are not sorted by language.
    private static readonly ImmutableArray<DocumentSummary<VersionSummary>> Mixed =
    [
        Document("texts/x.nl.txt", "nl"),
        Document("texts/x.en.txt", "en"),
        Document("texts/x.fr.txt", "fr"),
        Document("texts/x.de.txt", "de", TextStage.Adopted, "TA 8 2015 79"),
        Document("texts/y_EN.txt", "en", TextStage.Tabled, "B8-66/2016"),
        Document("texts/y_NL.txt", "nl", TextStage.Adopted, "TA 8 2016 80"),
        Document("en/z.txt", "en"),
        Document("nl/z.txt", "nl"),
        Document("de/z.txt", "de"),
        Document("doceo/TA-8-2015-0079_EN.txt", "en", TextStage.Adopted, "TA 8 2015 79"),
        Document("pdf/resolutie.txt", "nl", TextStage.Adopted, "TA 8 2015 79"),
        Document("pdf/resolution.txt", "fr", TextStage.Adopted, "TA 8 2015 79"),
        Document("pdf/other.nl.txt", "nl", TextStage.Adopted, "TA 8 2015 79"),
        Document("texts/x-en.txt", "en"),
        Document("texts/w.en.txt", "en", TextStage.Tabled, "B8-229/2015"),
        Document("texts/w.nl.txt", "nl", TextStage.Tabled, "B8-229/2015"),
        Document("loose.txt", "en"),
        Document("texts/v.en.txt", "en"),
    ];

    [Fact]
    public void Documents_pair_by_file_name_or_own_reference_in_language_then_path_order() =>
        LanguageVersions.Pairs(Mixed).Select(p => $"{p.First.Path} {p.Second.Path}").ShouldBe(
        [
            "de/z.txt en/z.txt",
            "de/z.txt nl/z.txt",
            "texts/x.de.txt doceo/TA-8-2015-0079_EN.txt",
            "texts/x.de.txt texts/x-en.txt",
            "texts/x.de.txt texts/x.en.txt",
            "texts/x.de.txt pdf/resolution.txt",
            "texts/x.de.txt texts/x.fr.txt",
            "texts/x.de.txt pdf/other.nl.txt",
            "texts/x.de.txt pdf/resolutie.txt",
            "texts/x.de.txt texts/x.nl.txt",
            "doceo/TA-8-2015-0079_EN.txt pdf/resolution.txt",
            "doceo/TA-8-2015-0079_EN.txt pdf/other.nl.txt",
            "doceo/TA-8-2015-0079_EN.txt pdf/resolutie.txt",
            "en/z.txt nl/z.txt",
            "texts/w.en.txt texts/w.nl.txt",
            "texts/x-en.txt texts/x.fr.txt",
            "texts/x-en.txt texts/x.nl.txt",
            "texts/x.en.txt texts/x.fr.txt",
            "texts/x.en.txt texts/x.nl.txt",
            "pdf/resolution.txt pdf/other.nl.txt",
            "pdf/resolution.txt pdf/resolutie.txt",
            "texts/x.fr.txt texts/x.nl.txt",
        ]);
}
