using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Humanizer;

namespace DraftLint.Documents.Word;

/// <summary>
/// Word's automatic list numbering, computed as Word shows it: the "A." of a recital and the "1." of a paragraph are
/// numbering properties of the paragraph (its own or its style's), not text. Counters are kept per abstract list, so
/// two lists of one definition continue each other, as in Word, unless a list restarts a level (a start override).
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    // Per abstract list: each level's current value, or null where the level has not been used since its restart.
    private readonly Dictionary<int, int?[]> _counters = [];

    // The (list, level) pairs whose start override has been applied: it restarts the level once, at the list's first use.
    private readonly HashSet<(int NumId, int Level)> _overridden = [];

    public WordNumbering(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is int id)
                {
                    _instances[id] = instance;
                }
            }

            foreach (var abstractNum in numbering.Elements<AbstractNum>())
            {
                if (abstractNum.AbstractNumberId?.Value is int id)
                {
                    _abstracts[id] = abstractNum;
                }
            }
        }

        if (main.StyleDefinitionsPart?.Styles is { } styles)
        {
            foreach (var style in styles.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styles[id] = style;
                    if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
                    {
                        _defaultParagraphStyle = id;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The label Word shows before a paragraph ("A.", "1.", "(a)", "–") and what follows it (a tab or a space, shown
    /// as one space; nothing), or null for a paragraph without numbering. Advances the list's counters: call once per
    /// paragraph, in document order.
    /// </summary>
    public string? NextLabel(Paragraph paragraph)
    {
        if (Resolve(paragraph) is not var (numId, level) || !_instances.TryGetValue(numId, out var instance) || AbstractOf(instance) is not { } abstractNum)
        {
            return null;
        }

        var abstractId = abstractNum.AbstractNumberId!.Value;
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            _counters[abstractId] = counters = new int?[Levels];
        }

        var definition = LevelOf(instance, abstractNum, level);
        if (StartOverride(instance, level) is int overrideStart && _overridden.Add((numId, level)))
        {
            counters[level] = overrideStart;
        }
        else
        {
            counters[level] = counters[level] is int current ? current + 1 : StartOf(definition);
        }

        // A level restarts after a higher one is used (w:lvlRestart names the highest level that restarts it; 0 never).
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restart = LevelOf(instance, abstractNum, deeper)?.LevelRestart?.Val?.Value;
            if (restart is null || (restart != 0 && level < restart))
            {
                counters[deeper] = null;
            }
        }

        var text = definition?.LevelText?.Val?.Value ?? "";
        var format = definition?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var legal = definition?.IsLegalNumberingStyle is { } isLegal && (isLegal.Val?.Value ?? true);
        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var referencedDefinition = LevelOf(instance, abstractNum, referenced);
                var value = counters[referenced] ?? StartOf(referencedDefinition);
                var referencedFormat = referencedDefinition?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                label.Append(Format(value, legal && referenced < level ? NumberFormatValues.Decimal : referencedFormat));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        if (format == NumberFormatValues.Bullet)
        {
            label.Clear().Append(Bullet(text));
        }

        if (label.Length == 0)
        {
            return "";
        }

        var suffix = definition?.LevelSuffix?.Val?.Value;
        return suffix == LevelSuffixValues.Nothing ? label.ToString() : label.Append(' ').ToString();
    }

    /// <summary>The list and level of a paragraph: its own numbering properties, else its style's (through basedOn).</summary>
    private (int NumId, int Level)? Resolve(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
        int? numId = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        if (numId is null)
        {
            // The style's numbering; the level is the one the list ties to the style, else the style's own, else 0.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var id = styleId; id is not null && seen.Add(id) && _styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
            {
                if (style.StyleParagraphProperties?.NumberingProperties is { } styleNumbering && styleNumbering.NumberingId?.Val?.Value is int styleNum)
                {
                    numId = styleNum;
                    level ??= styleNumbering.NumberingLevelReference?.Val?.Value ?? LevelTiedTo(styleNum, styleId);
                    break;
                }
            }
        }

        // numId 0 removes numbering a style would give.
        return numId is int n and not 0 ? (n, Math.Clamp(level ?? 0, 0, Levels - 1)) : null;
    }

    private int? LevelTiedTo(int numId, string? styleId) =>
        styleId is not null && _instances.TryGetValue(numId, out var instance) && AbstractOf(instance) is { } abstractNum
            ? abstractNum.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value
            : null;

    /// <summary>The abstract list of a list, following a numbering style's link once.</summary>
    private AbstractNum? AbstractOf(NumberingInstance instance)
    {
        if (instance.AbstractNumId?.Val?.Value is not int id || !_abstracts.TryGetValue(id, out var abstractNum))
        {
            return null;
        }

        if (abstractNum.NumberingStyleLink?.Val?.Value is { } link && _styles.TryGetValue(link, out var style)
            && style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is int linkedNum
            && _instances.TryGetValue(linkedNum, out var linked) && linked.AbstractNumId?.Val?.Value is int linkedId
            && linkedId != id && _abstracts.TryGetValue(linkedId, out var target))
        {
            return target;
        }

        return abstractNum;
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abstractNum, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level
        ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int? StartOverride(NumberingInstance instance, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;

    // Word's default start is 0; every list Word writes says 1.
    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 0;

    /// <summary>A number in one of Word's formats; formats DraftLint does not render are shown as decimal numbers.</summary>
    internal static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter)
        {
            // Word's letters run A … Z, then AA … ZZ, then AAA: the letter repeated, not a base-26 count.
            if (value <= 0)
            {
                return value.ToString(CultureInfo.InvariantCulture);
            }

            var letter = (char)('A' + ((value - 1) % 26));
            var text = new string(letter, ((value - 1) / 26) + 1);
            return format == NumberFormatValues.UpperLetter ? text : text.ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman)
        {
            var roman = value is > 0 and < 4000 ? value.ToRoman() : value.ToString(CultureInfo.InvariantCulture);
            return format == NumberFormatValues.UpperRoman ? roman : roman.ToLowerInvariant();
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.None)
        {
            return "";
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A bullet's character. Bullets in symbol fonts are private-use code points (Symbol's U+F0B7, Wingdings' U+F0A7)
    /// that mean nothing outside the font: they are shown as a bullet.
    /// </summary>
    private static string Bullet(string text) =>
        text.Length == 0 ? "" : text.All(c => c is >= '\uF000' and <= '\uF0FF') ? "•" : text;
}
