using System.Globalization;
using System.Text.RegularExpressions;
using DraftLint.Data;

namespace DraftLint.Corpus;

/// <summary>
/// Writes synthetic draft resolutions shaped like the seeds (header with date and procedure, citations with
/// footnotes, recitals A., B., …, numbered paragraphs), laid out like PDF extractions, with a chosen mix of
/// injected errors and the exact line where each must be reported. Deterministic: the same seed number and
/// index give the same draft byte for byte.
/// </summary>
public sealed partial class CorpusGenerator
{
    private readonly RuleDataSet _data;
    private readonly int _seed;
    private readonly double _errorRate;
    private readonly IReadOnlyList<InjectedError> _kinds;

    /// <param name="data">The rule data (month names, Rules of Procedure by term).</param>
    /// <param name="seed">The seed number every draft derives from.</param>
    /// <param name="errorRate">The share of drafts that get injected errors (each such draft gets one to three kinds).</param>
    /// <param name="kinds">The kinds of error to inject; all when empty.</param>
    public CorpusGenerator(RuleDataSet data, int seed, double errorRate = 0.5, IReadOnlyList<InjectedError>? kinds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(errorRate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(errorRate, 1);
        _data = data;
        _seed = seed;
        _errorRate = errorRate;
        _kinds = kinds is { Count: > 0 } ? kinds : InjectedErrors.All;
    }

    /// <summary>Draft number <paramref name="index"/> of the corpus, with its errors drawn from the configured mix.</summary>
    public GeneratedDraft Generate(int index)
    {
        var random = RandomFor(index);
        var errors = new HashSet<InjectedError>();
        if (random.NextDouble() < _errorRate)
        {
            var count = random.Next(1, Math.Min(3, _kinds.Count) + 1);
            while (errors.Count < count)
            {
                errors.Add(_kinds[random.Next(_kinds.Count)]);
            }
        }

        return Generate(index, errors, random);
    }

    /// <summary>Draft number <paramref name="index"/> with exactly the given errors.</summary>
    public GeneratedDraft Generate(int index, IReadOnlySet<InjectedError> errors) => Generate(index, errors, RandomFor(index));

    private GeneratedDraft Generate(int index, IReadOnlySet<InjectedError> errors, Random random)
    {
        var vocabulary = random.Next(4) == 0 ? Vocabulary.Dutch : Vocabulary.English;
        var draft = new DraftState(this, random, vocabulary, errors);
        var text = draft.Write();
        var name = $"draft-{index:D5}.{vocabulary.Code}.txt";
        return new GeneratedDraft(name, vocabulary.Code, draft.Date, text, draft.Expected);
    }

    private Random RandomFor(int index) => new(unchecked((_seed * 1_000_003) + index));

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<arg>\d))?\}")]
    private static partial Regex Placeholder();

    /// <summary>One draft being written: its date, people, footnotes and the errors still to inject.</summary>
    private sealed class DraftState
    {
        private static readonly DateOnly Earliest = new(2006, 1, 1);
        private static readonly DateOnly Latest = new(2025, 12, 31);

        private readonly Random _random;
        private readonly Vocabulary _words;
        private readonly LanguageData _language;
        private readonly HashSet<InjectedError> _pending;
        private readonly List<Person> _people = [];
        private readonly List<Passage> _footnotes = [];
        private readonly string _country;
        private readonly DraftWriter _writer;
        private readonly RulesOfProcedureTerm[] _terms;
        private readonly RulesOfProcedureTerm _term;
        private readonly RuleNumber _rule;
        private int _footnoteCount;
        private Section _section;

        public DraftState(CorpusGenerator owner, Random random, Vocabulary words, IReadOnlySet<InjectedError> errors)
        {
            _random = random;
            _words = words;
            _language = owner._data.GetLanguage(words.Code);
            _pending = [.. errors];
            Date = Earliest.AddDays(random.Next(Latest.DayNumber - Earliest.DayNumber));
            _country = words.Countries[random.Next(words.Countries.Length)];
            _terms = owner._data.Get<RulesOfProcedureData>("rules-of-procedure.json").Terms;
            _term = _terms.First(t => t.From <= Date && Date <= t.To);
            var rules = _term.Rules.Where(r => r.Paragraphs.Length > 0).ToArray();
            _rule = rules[random.Next(rules.Length)];
            _writer = new DraftWriter(random, random.Next(82, 96), doubleSpaced: words.Code == "nl" && random.Next(2) == 0);
            ChoosePeople();
        }

        private enum Section
        {
            Header,
            Citations,
            Recitals,
            Paragraphs,
        }

        public DateOnly Date { get; }

        public IReadOnlyList<ExpectedFinding> Expected => _writer.Expected;

        public string Write()
        {
            WriteHeader();
            WriteCitations();
            WriteRecitals();
            WriteParagraphs();
            foreach (var footnote in _footnotes)
            {
                _writer.Block(footnote);
            }

            return _writer.Text;
        }

        private void WriteHeader()
        {
            _section = Section.Header;
            if (_random.Next(2) == 0)
            {
                _writer.Line($" B{_term.Term}-{_random.Next(1, 700):D4}/{Date.Year}");
                _writer.Blank();
            }

            var title = _words.Title.Replace("{date}", FullDate(Date), StringComparison.Ordinal).Replace("{topic}", _words.TitleOn, StringComparison.Ordinal);
            _writer.Block(Expand(title));
            _writer.Blank();
            _writer.Line($"({Date.Year}/{_random.Next(2500, 2900)}(RSP))  ");
            _writer.Blank();
            _writer.Line(_words.Preamble + " ");
            _writer.Blank();
        }

        private void WriteCitations()
        {
            _section = Section.Citations;
            var bullet = _random.Next(6) switch { 0 => "\uF0A7 ", 1 => " ", _ => "– " };
            var chosen = Pick(_words.Citations, _random.Next(4, 9));
            if (!chosen.Contains("{resolution}") && _random.Next(3) > 0)
            {
                chosen.Insert(0, "{resolution}");
            }

            if (_pending.Contains(InjectedError.ProvisionalReference) && !chosen.Contains("{resolution}"))
            {
                chosen.Insert(0, "{resolution}");
            }

            chosen.Add("{rop}");
            foreach (var citation in chosen)
            {
                var passage = new Passage().Add(bullet + _words.CitationOpener + " ");
                Expand(citation, passage).Add(",");
                _writer.Block(passage);
                _writer.Blank();
            }
        }

        private void WriteRecitals()
        {
            _section = Section.Recitals;
            var count = _random.Next(8, _random.Next(6) == 0 ? 30 : 20);
            var gap = _pending.Remove(InjectedError.NumberingGap) ? _random.Next(2, count - 1) : -1;
            var templates = Pick(_words.Recitals, count);
            for (var i = 0; i < count; i++)
            {
                var label = Letters(i + (gap >= 0 && i >= gap ? 1 : 0)) + ".";
                var passage = new Passage();
                if (i == gap)
                {
                    passage.Mark(label, InjectedError.NumberingGap);
                }
                else
                {
                    passage.Add(label);
                }

                passage.Add(" " + _words.RecitalOpener + " ");
                Expand(templates[i % templates.Count], passage);
                if (_random.Next(5) < 2)
                {
                    // Real recitals often hold two or three statements: "…; whereas …".
                    passage.Add("; " + _words.RecitalOpener + " ");
                    Expand(_words.Recitals[_random.Next(_words.Recitals.Length)], passage);
                }

                passage.Add(";");
                _writer.Block(passage, i == 0 && _footnotes.Count > 0 ? PageBreak : null);
                _writer.Blank();
            }
        }

        private void WriteParagraphs()
        {
            _section = Section.Paragraphs;
            var templates = Pick(_words.Paragraphs, _random.Next(8, 16));
            if (_pending.Contains(InjectedError.NameVariant))
            {
                // The variant needs two earlier mentions of the same person to stand out as the odd one.
                foreach (var main in _words.MainPersonParagraphs)
                {
                    templates.Add(main);
                }
            }

            if (_pending.Contains(InjectedError.DoubledWord) && !templates.Any(t => t.Contains("{the}", StringComparison.Ordinal)))
            {
                templates.Insert(0, _words.Paragraphs.First(t => t.Contains("{the}", StringComparison.Ordinal)));
            }

            templates.Add(_words.Closing);
            var duplicate = _pending.Remove(InjectedError.DuplicateNumber) ? _random.Next(2, templates.Count - 1) : -1;
            for (var i = 0; i < templates.Count; i++)
            {
                var number = i + 1 - (duplicate >= 0 && i >= duplicate ? 1 : 0);
                var label = number.ToString(CultureInfo.InvariantCulture) + ".";
                var passage = new Passage();
                if (i == duplicate)
                {
                    passage.Mark(label, InjectedError.DuplicateNumber);
                }
                else
                {
                    passage.Add(label);
                }

                passage.Add(_random.Next(10) == 0 ? "  " : " ");
                Expand(templates[i], passage);
                if (i < templates.Count - 1 && _random.Next(3) == 0)
                {
                    // "…; calls on …": a second operative clause in the same paragraph.
                    var second = _words.Paragraphs[_random.Next(_words.Paragraphs.Length)];
                    passage.Add("; ");
                    Expand(char.ToLowerInvariant(second[0]) + second[1..], passage);
                }

                if (i < templates.Count - 1)
                {
                    passage.Add(";");
                }

                _writer.Block(passage);
                _writer.Blank();
            }
        }

        /// <summary>A page break: the footnote bodies so far, then page debris.</summary>
        private void PageBreak()
        {
            foreach (var footnote in _footnotes)
            {
                _writer.Block(footnote);
            }

            _footnotes.Clear();
            var debris = new[]
            {
                $"PE{_random.Next(400, 800)}.{_random.Next(100, 999)}v01-00",
                $"RE\\{_random.Next(800000, 999999)}{_words.Code.ToUpperInvariant()}.doc",
                $"{_random.Next(2, 5)}/{_random.Next(5, 9)}",
                _words.Code.ToUpperInvariant(),
            };
            foreach (var line in debris.Where(_ => _random.Next(2) == 0))
            {
                _writer.Line(line);
            }
        }

        private Passage Expand(string template, Passage? into = null)
        {
            var passage = into ?? new Passage();
            var last = 0;
            foreach (Match match in Placeholder().Matches(template))
            {
                var before = template[last..match.Index];
                passage.Add(before);
                last = match.Index + match.Length;
                var arg = match.Groups["arg"].Success ? int.Parse(match.Groups["arg"].Value, CultureInfo.InvariantCulture) : 0;
                switch (match.Groups["name"].Value)
                {
                    case "date":
                        PastDate(passage, precededByOn: before.EndsWith(_words.On + " ", StringComparison.Ordinal));
                        break;
                    case "monthyear":
                        passage.Add(MonthYear(PastDay(30, 700)));
                        break;
                    case "since":
                        Since(passage);
                        break;
                    case "year":
                        passage.Add((Date.Year - _random.Next(3, 15)).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "n":
                        passage.Add(_random.Next(3, 120).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "years":
                        passage.Add(_random.Next(2, 12).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "city":
                        passage.Add(Vocabulary.Cities[_random.Next(Vocabulary.Cities.Length)]);
                        break;
                    case "country":
                        passage.Add(_country);
                        break;
                    case "the":
                        The(passage);
                        break;
                    case "p":
                        Mention(passage, _people[arg % _people.Count]);
                        break;
                    case "resolution":
                        Resolution(passage);
                        break;
                    case "rop":
                        RuleOfProcedure(passage);
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown placeholder {match.Value} in '{template}'.");
                }
            }

            return passage.Add(template[last..]);
        }

        private void PastDate(Passage passage, bool precededByOn)
        {
            var date = PastDay(10, 700);
            if (_section == Section.Recitals && Take(InjectedError.ImpossibleDate))
            {
                var year = Date.Year - _random.Next(1, 4);
                var (day, month) = _random.Next(3) switch
                {
                    0 => (31, 4),
                    1 => (31, 6),
                    _ => (DateTime.IsLeapYear(year) ? 30 : 29, 2),
                };
                passage.Mark($"{day} {MonthName(month)} {year}", InjectedError.ImpossibleDate);
            }
            else if (_section == Section.Recitals && precededByOn && Take(InjectedError.WrongWeekday))
            {
                var wrong = (((int)date.DayOfWeek + _random.Next(1, 7)) % 7 + 6) % 7;
                var weekday = _language.Weekdays[wrong][0];
                passage.Mark($"{weekday} {FullDate(date)}", InjectedError.WrongWeekday);
            }
            else if (_section == Section.Recitals && Take(InjectedError.MissingYear))
            {
                passage.Mark($"{date.Day} {MonthName(date.Month)}", InjectedError.MissingYear);
            }
            else if (_section == Section.Recitals && precededByOn && _random.Next(10) == 0)
            {
                // A near miss: the right weekday.
                passage.Add($"{_language.Weekdays[((int)date.DayOfWeek + 6) % 7][0]} {FullDate(date)}");
            }
            else
            {
                passage.Add(FullDate(date));
            }
        }

        private void Since(Passage passage)
        {
            passage.Add(_words.Since + " ");
            if (_section == Section.Recitals && Take(InjectedError.DateAfterDocument))
            {
                passage.Mark(MonthYear(Date.AddMonths(_random.Next(3, 11))), InjectedError.DateAfterDocument);
            }
            else
            {
                passage.Add(MonthYear(PastDay(40, 700)));
            }
        }

        private void The(Passage passage)
        {
            if (_section == Section.Paragraphs && Take(InjectedError.DoubledWord))
            {
                passage.Add(_words.The + " ").Mark(_words.The, InjectedError.DoubledWord);
            }
            else
            {
                passage.Add(_words.The);
            }
        }

        private void Mention(Passage passage, Person person)
        {
            person.Mentions++;
            if (person.Mentions == 1)
            {
                passage.Add($"{person.Given} {person.Surname}");
                return;
            }

            passage.Add((person.Female ? _words.Ms : _words.Mr) + " ");
            if (person == _people[0] && person.Mentions >= 3 && Take(InjectedError.NameVariant))
            {
                passage.Mark(Variant(person.Surname), InjectedError.NameVariant);
            }
            else
            {
                passage.Add(person.Surname);
            }
        }

        private void Resolution(Passage passage)
        {
            var cited = PastDay(60, 1500);
            if (cited < new DateOnly(2004, 9, 1))
            {
                cited = new DateOnly(2004, 9, 1).AddDays(_random.Next(300));
            }

            var term = _terms.First(t => t.From <= cited && cited <= t.To).Term;
            Expand(_words.ResolutionCitation.Replace("{date}", FullDate(cited), StringComparison.Ordinal), passage);
            var number = ++_footnoteCount;
            passage.Add(number.ToString(CultureInfo.InvariantCulture));
            var serial = _random.Next(1, 600).ToString("D4", CultureInfo.InvariantCulture);
            var footnote = new Passage().Add($"{number}{(_words.Code == "nl" ? "  " : " ")}{_words.FootnotePrefix}");
            if (Take(InjectedError.ProvisionalReference))
            {
                footnote.Mark($"P{term}_TA-PROV({cited.Year}){serial}", InjectedError.ProvisionalReference);
            }
            else
            {
                footnote.Add($"P{term}_TA({cited.Year}){serial}");
            }

            _footnotes.Add(footnote.Add(_words.FootnoteSuffix));
        }

        private void RuleOfProcedure(Passage passage)
        {
            var rule = _rule;
            var stale = false;
            if (Take(InjectedError.StaleRuleNumber))
            {
                var others = _terms
                    .Where(t => t.Term != _term.Term)
                    .SelectMany(t => t.Rules.Where(r => r.Procedure == _rule.Procedure && r.Rule != _rule.Rule && r.Paragraphs.Length > 0))

                    // Not a number the draft's own term uses for another rule (115(5) was urgencies in the 6th term and
                    // oral questions in the 7th): that would be no error.
                    .Where(r => !_term.Rules.Any(own => own.Rule == r.Rule))
                    .ToArray();
                rule = others[_random.Next(others.Length)];
                stale = true;
            }

            var paragraph = rule.Paragraphs[_random.Next(rule.Paragraphs.Length)];
            var text = _words.RuleCitation.Replace("{rule}", rule.Rule, StringComparison.Ordinal).Replace("{paragraph}", paragraph, StringComparison.Ordinal);
            if (stale)
            {
                passage.Mark(text, InjectedError.StaleRuleNumber);
            }
            else
            {
                passage.Add(text);
            }
        }

        /// <summary>Takes a pending error to inject here; each kind is injected once.</summary>
        private bool Take(InjectedError error) => _pending.Remove(error);

        /// <summary>People whose given names and surnames all start with different letters, so no two are variants of each other.</summary>
        private void ChoosePeople()
        {
            var initials = new HashSet<char>();
            var surnames = new HashSet<int>();
            while (_people.Count < 5)
            {
                var (given, female) = Vocabulary.GivenNames[_random.Next(Vocabulary.GivenNames.Length)];
                var surnameIndex = _random.Next(Vocabulary.Surnames.Length);
                var surname = female ? Vocabulary.Surnames[surnameIndex].Female : Vocabulary.Surnames[surnameIndex].Male;
                if (given[0] == surname[0] || initials.Contains(given[0]) || initials.Contains(surname[0]) || !surnames.Add(surnameIndex))
                {
                    continue;
                }

                initials.Add(given[0]);
                initials.Add(surname[0]);
                _people.Add(new Person(given, surname, female));
            }
        }

        /// <summary>A transliteration variant that folds to the same key (Vinyavskiy → Vinyavski, Natalya → Natalia, Rakhimov → Rahimov).</summary>
        private static string Variant(string surname) =>
            surname.EndsWith("iy", StringComparison.Ordinal) ? surname[..^1]
            : surname.Contains("kh", StringComparison.Ordinal) ? surname.Replace("kh", "h", StringComparison.Ordinal)
            : surname.Contains("ya", StringComparison.Ordinal) ? surname.Replace("ya", "ia", StringComparison.Ordinal)
            : surname.Contains("zh", StringComparison.Ordinal) ? surname.Replace("zh", "zj", StringComparison.Ordinal)
            : surname.Contains("ye", StringComparison.Ordinal) ? surname.Replace("ye", "e", StringComparison.Ordinal)
            : surname.Insert(surname.Length - 2, surname[^3].ToString());

        private List<string> Pick(string[] items, int count)
        {
            var shuffled = items.OrderBy(_ => _random.Next()).ToList();
            return shuffled.Take(Math.Min(count, shuffled.Count)).Concat(shuffled.Take(Math.Max(0, count - shuffled.Count))).ToList();
        }

        private DateOnly PastDay(int minDays, int maxDays)
        {
            var day = Date.AddDays(-_random.Next(minDays, maxDays));
            return day < new DateOnly(2004, 1, 1) ? new DateOnly(2004, 1, 1).AddDays(_random.Next(200)) : day;
        }

        private string MonthName(int month) => _language.Months[month - 1][0] is var name && _language.CapitalizedMonths ? name : name.ToLowerInvariant();

        private string FullDate(DateOnly date) => $"{date.Day} {MonthName(date.Month)} {date.Year}";

        private string MonthYear(DateOnly date) => $"{MonthName(date.Month)} {date.Year}";

        private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letters((index / 26) - 1) + (char)('A' + (index % 26));
    }

    private sealed class Person(string given, string surname, bool female)
    {
        public string Given { get; } = given;

        public string Surname { get; } = surname;

        public bool Female { get; } = female;

        public int Mentions { get; set; }
    }
}
