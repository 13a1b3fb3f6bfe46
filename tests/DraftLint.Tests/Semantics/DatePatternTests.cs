using System.Text;
using System.Text.RegularExpressions;
using DraftLint.Data;
using DraftLint.Semantics;
using DraftLint.Tests.Infrastructure;

namespace DraftLint.Tests.Semantics;

/// <summary>
/// <see cref="DatePattern"/> reads by hand what one regular expression said before it (the expression is its
/// documentation and is kept here as the oracle): at every position of thousands of generated texts made of
/// date-like pieces, both must find the same date with the same parts, or both none.
/// </summary>
public sealed class DatePatternTests
{
    [Theory]
    [InlineData("en", 1)]
    [InlineData("en", 2)]
    [InlineData("nl", 3)]
    [InlineData("nl", 4)]
    public void Reads_what_the_regular_expression_reads(string code, int seed)
    {
        var language = RuleVerifier.Data.GetLanguage(code);
        var (pattern, months, weekdays) = Pattern(language);
        var oracle = Oracle(months, weekdays, language);
        var texts = new Texts(language, months, weekdays, seed);
        var kinds = new Dictionary<string, int>();
        for (var n = 0; n < 5_000; n++)
        {
            var text = texts.Next();
            for (var i = 0; i < text.Length; i++)
            {
                var expected = oracle.Match(text, i);
                var matched = pattern.TryMatch(text, i, out var parts);
                var described = Describe(text, parts, matched);
                described.ShouldBe(Describe(expected), $"at {i} of \"{text}\"");
                foreach (var part in described.Split(' ').Skip(1))
                {
                    kinds[part.Split('=')[0]] = kinds.GetValueOrDefault(part.Split('=')[0]) + 1;
                }
            }
        }

        // The texts must exercise every part of the pattern, not only fail it.
        foreach (var part in new[] { "wd", "d", "o", "d2", "m", "y", "y2", "nd", "ny", "iy", "sep", "mf", "approx" })
        {
            kinds.GetValueOrDefault(part).ShouldBeGreaterThan(10, $"{part}: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}");
        }
    }

    [Theory]
    [InlineData("whereas on 15 March 2012", 11, "15 March 2012")]
    [InlineData("on Monday, 16 December 2011 it", 3, "Monday, 16 December 2011")]
    [InlineData("on 21-22 June 2007", 3, "21-22 June 2007")]
    [InlineData("since May it", 6, "May")]
    [InlineData("by the end of March 2012", 3, "the end of March 2012")]
    public void Reads_a_date_at_its_start(string text, int start, string date)
    {
        var (pattern, _, _) = Pattern(RuleVerifier.Data.GetLanguage("en"));

        pattern.TryMatch(text, start, out var parts).ShouldBeTrue();
        text[parts.Whole.Start..parts.Whole.End].ShouldBe(date);
    }

    [Theory]
    [InlineData("in 20120", 3)]        // a fifth digit
    [InlineData("P7_TA(2012)0088", 6)] // the look-behind: '(' before the year
    [InlineData("2012/2567(RSP)", 0)]  // a procedure number
    [InlineData("on 15 Marchx", 3)]    // a month glued to a letter, and no year
    public void Reads_no_date_where_none_starts(string text, int start)
    {
        var (pattern, _, _) = Pattern(RuleVerifier.Data.GetLanguage("en"));

        pattern.TryMatch(text, start, out _).ShouldBeFalse();
    }

    private static string Describe(string text, DatePattern.Parts parts, bool matched)
    {
        if (!matched)
        {
            return "none";
        }

        var result = new StringBuilder($"{parts.Whole.Start}+{parts.Whole.Length}");
        foreach (var (name, part) in Named(parts))
        {
            if (part.Found)
            {
                result.Append($" {name}={text[part.Start..part.End]}@{part.Start}");
            }
        }

        if (parts.NumericDay.Found)
        {
            result.Append($" sep={parts.Separator}");
        }

        result.Append(parts.MonthFirst ? " mf" : "").Append(parts.Approximate ? " approx" : "");
        return result.ToString();
    }

    private static string Describe(Match match)
    {
        if (!match.Success)
        {
            return "none";
        }

        var result = new StringBuilder($"{match.Index}+{match.Length}");
        foreach (var (name, _) in Named(DatePattern.Parts.None))
        {
            if (match.Groups[name] is { Success: true } group)
            {
                result.Append($" {name}={group.Value}@{group.Index}");
            }
        }

        if (match.Groups["sep"].Success)
        {
            result.Append($" sep={match.Groups["sep"].Value}");
        }

        result.Append(match.Groups["mf"].Success ? " mf" : "").Append(match.Groups["approx"].Success ? " approx" : "");
        return result.ToString();
    }

    private static (DatePattern Pattern, string[] Months, string[] Weekdays) Pattern(LanguageData language)
    {
        var months = language.Months.SelectMany(names => names).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var weekdays = language.Weekdays.Select(names => names[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return (new DatePattern(months, weekdays, language), months, weekdays);
    }

    /// <summary>Each part under the name of its group in the expression.</summary>
    private static (string Name, DatePattern.Part Part)[] Named(DatePattern.Parts parts) =>
    [
        ("wd", parts.Weekday), ("d", parts.Day), ("o", parts.Ordinal), ("d2", parts.Day2), ("m", parts.Month), ("y", parts.Year),
        ("y2", parts.Year2), ("nd", parts.NumericDay), ("nm", parts.NumericMonth), ("ny", parts.NumericYear), ("iy", parts.IsoYear),
        ("im", parts.IsoMonth), ("id", parts.IsoDay),
    ];

    /// <summary>The expression DateRecognizer used until DatePattern replaced it, built from the same tables.</summary>
    private static Regex Oracle(string[] months, string[] weekdays, LanguageData language)
    {
        var month = Alternation(months);
        var weekday = Alternation(weekdays);
        var ordinal = Alternation(language.OrdinalSuffixes);
        var range = Alternation(language.RangeWords);
        var approximate = Alternation(language.ApproximateMonthPrefixes);
        var preposition = Alternation(language.MonthAlonePrepositions);
        var connector = language.DayMonthConnectors.Length == 0 ? "" : $@"(?:{Alternation(language.DayMonthConnectors)}\s+)?";
        const string Year = @"(?:1[89]|20)\d{2}";
        var pattern = $$"""
            (?:(?<![\p{L}\d/(_.‑-])|(?<=\()(?![0-9]{4}(?![0-9])))
            (?:(?<wd>{{weekday}}),?\s+)?
            (?:
                (?<d>\d{1,2})(?<o>{{ordinal}})?\s*(?:[-–]|\s(?:{{range}})\s)\s*(?<d2>\d{1,2})(?:{{ordinal}})?\s+(?<m>{{month}})\.?(?:\s+(?<y>{{Year}}))?
              | (?<d>\d{1,2})(?<o>{{ordinal}})?\.?\s+{{connector}}(?<m>{{month}})\.?(?:,?\s+(?<y>{{Year}}))?
              | (?<mf>(?<m>{{month}})\.?\s+(?<d>\d{1,2})(?<o>{{ordinal}})?,?\s+(?<y>{{Year}}))
              | (?:(?<approx>{{approximate}})[-\s])?(?<m>{{month}})\.?\s+(?<y>{{Year}})
              | (?<nd>\d{1,2})(?<sep>[./])(?<nm>\d{1,2})\k<sep>(?<ny>{{Year}})
              | (?<iy>{{Year}})-(?<im>\d{2})-(?<id>\d{2})
              | (?<y>{{Year}})\s?[-–]\s?(?<y2>{{Year}})
              | (?<=\b(?:{{preposition}})\s)(?<m>{{month}})(?!\.?\s*\d)
              | (?<y>{{Year}})
            )
            (?![\p{L}\d/_]|[-‑]\d)
            """;
        return new Regex(@"\G(?:" + pattern + ")", RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

        static string Alternation(IEnumerable<string> words)
        {
            var list = words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)).ToList();
            return list.Count == 0 ? "(?!)" : string.Join('|', list);
        }
    }

    /// <summary>Date-shaped texts in every form the pattern knows, with separators and neighbours that sometimes break them.</summary>
    private sealed class Texts(LanguageData language, string[] months, string[] weekdays, int seed)
    {
        private static readonly string[] Separators =
            ["", " ", " ", "  ", "\u00A0", "\n", ",", ", ", ".", ". ", "/", "-", "–", "‑", " - ", ")", "_", "'", " of ", " and ", " en "];

        private static readonly string[] Neighbours =
            ["", "", "", " ", ".", ",", ";", "x", "5", "/", ")", "_", "-5", "‑", " 7", "(", "P7_TA(", "the ", "in ", "a "];

        private readonly Random _random = new(seed);

        public string Next()
        {
            var text = new StringBuilder(Pick(Neighbours));
            if (Chance(4))
            {
                text.Append(Pick(weekdays)).Append(Chance(2) ? "," : "").Append(Space());
            }

            switch (_random.Next(8))
            {
                case 0:
                    text.Append(Number()).Append(Ordinal()).Append(Space());
                    if (Chance(2))
                    {
                        text.Append(Chance(2) ? Pick(["-", "–", " - ", "- "]) : " " + Pick(language.RangeWords) + " ").Append(Number()).Append(Ordinal()).Append(Space());
                    }

                    text.Append(Chance(4) ? "of " : "").Append(Month()).Append(Chance(4) ? "." : "");
                    if (Chance(2))
                    {
                        text.Append(Chance(3) ? "," : "").Append(Space()).Append(Year());
                    }

                    break;
                case 1:
                    text.Append(Month()).Append(Chance(4) ? "." : "").Append(Space()).Append(Number()).Append(Ordinal()).Append(Chance(2) ? "," : "").Append(Space()).Append(Year());
                    break;
                case 2:
                    text.Append(Chance(2) ? Pick(language.ApproximateMonthPrefixes) + Pick(["-", " ", "  ", ""]) : "").Append(Month()).Append(Chance(4) ? "." : "").Append(Space()).Append(Year());
                    break;
                case 3:
                    var separator = Pick([".", "/", "-"]);
                    text.Append(Number()).Append(separator).Append(Number()).Append(Chance(5) ? Pick([".", "/"]) : separator).Append(Year());
                    break;
                case 4:
                    text.Append(Year()).Append('-').Append(Pick(["03", "3", "12", "123"])).Append('-').Append(Pick(["15", "5", "31"]));
                    break;
                case 5:
                    text.Append(Year()).Append(Pick(["", " ", "  "])).Append(Pick(["-", "–", "‑", "/"])).Append(Pick(["", " ", "  "])).Append(Year());
                    break;
                case 6:
                    text.Append(Pick(language.MonthAlonePrepositions)).Append(Pick([" ", "  ", "\u00A0", ""])).Append(Month()).Append(Pick(["", ".", " ", ". "]));
                    break;
                default:
                    text.Append(Year());
                    break;
            }

            return text.Append(Pick(Neighbours)).Append(Chance(3) ? Pick(Separators) + Year() : "").ToString();
        }

        private string Number() => Pick(["1", "3", "9", "03", "15", "31", "123", "0"]);

        private string Ordinal() => Chance(3) ? Pick(language.OrdinalSuffixes) : "";

        private string Month() => Pick(months) is var month && _random.Next(6) switch { 0 => month.ToUpperInvariant(), 1 => month.ToLowerInvariant(), 2 => month + "x", _ => month } is var cased ? cased : month;

        private string Year() => Pick(["2012", "1999", "1850", "2100", "20123", "12", "2011"]);

        private string Space() => Chance(6) ? Pick(Separators) : " ";

        private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

        private string Pick(string[] choices) => choices[_random.Next(choices.Length)];
    }
}
