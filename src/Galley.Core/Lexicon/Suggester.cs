namespace Galley.Lexicon;

/// <summary>A correction and its cost from <see cref="Suggester.Rank"/>: lower is better; negative infinity for one a
/// rule puts first whatever its spelling (an irregular past for a regularized one).</summary>
public readonly record struct Suggestion(string Word, double Cost);

/// <summary>Ranks corrections for an unknown word the way a writer expects: close spellings first, weighted by how
/// typing goes wrong, how the word sounds, how common each candidate is, and known misspellings; a word missing its
/// space is split (myeye → my eye). Candidates come from a trie search bounded by edit distance.</summary>
public sealed class Suggester
{
    private static readonly Dictionary<Dialect, Lazy<Index>> Indexes = new();

    /// <summary>The suggestible words of a dialect: a trie for close spellings, and the longer words by how they
    /// sound, for spellings three edits away that sound the same (searching the trie three edits deep costs far more).
    /// The word list's lowercase index and sound index are packed at build time (Galley.Core.csproj); the sound index
    /// holds every word, so a sound-alike counts only when it is suggestible in the dialect.</summary>
    private sealed record Index(WordTrie Trie, PackedTable Lowercase, PackedTable BySound, SuggestibleRows Suggestible);

    /// <summary>Words shorter than this are never three edits from a typed word long enough to be given three.</summary>
    private const int ThreeEditsMinimumLength = 8;

    /// <summary>The edits within which a learned name is suggested for a word (an editor re-checks the words this near a
    /// name that comes or goes).</summary>
    internal const int NameReach = 2;

    /// <summary>Two-letter words that stand on their own in running text (not "ed", "er", "en", which subtitles also count).</summary>
    private static readonly HashSet<string> TwoLetterWords =
        ["am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we"];
    private readonly Lexicon _lexicon;
    private readonly Dialect _dialect;
    private readonly IReadOnlyCollection<string> _names;
    private readonly string[] _lowercaseNames;
    /// <summary>The lowercase names (<see cref="_lowercaseNames"/>, in ordinal order) as a trie, searched for the names
    /// near a word instead of measuring the distance to each; made on first use.</summary>
    private NameIndex? _nameTrie;

    /// <summary>A reference, so that suggestions made on several threads at once read a whole index or none.</summary>
    private sealed record NameIndex(string[] Sorted, WordTrie Trie);

    /// <summary>Credit for a candidate that sounds like what was typed.</summary>
    private const double SoundBonus = 0.6;
    /// <summary>Credit for keeping the inflection the writer typed (-ed, -ing, -ly, -s).</summary>
    private const double SuffixBonus = 0.2;
    /// <summary>Credit that makes a dropped -en (two letters) cost about one slip.</summary>
    private const double DroppedEnCredit = 1.2;
    /// <summary>Where a known misspelling's corrections start, below any other candidate.</summary>
    private const double KnownCorrectionCredit = -2.0;
    /// <summary>Credit per power of ten of a candidate's frequency.</summary>
    private const double FrequencyWeight = 0.18;

    public Suggester(Lexicon lexicon, Dialect dialect, IReadOnlyCollection<string> names)
    {
        _lexicon = lexicon;
        _dialect = dialect;
        _names = names;
        _lowercaseNames = names.Select(n => n.ToLowerInvariant()).Distinct().ToArray();
    }

    private Index Words
    {
        get
        {
            Lazy<Index> index;
            lock (Indexes)
            {
                if (!Indexes.TryGetValue(_dialect, out index!))
                {
                    var lexicon = _lexicon;
                    var dialect = _dialect;
                    Indexes[dialect] = index = new Lazy<Index>(() => Build(lexicon, dialect));
                }
            }
            return index.Value;
        }
    }

    private static Index Build(Lexicon lexicon, Dialect dialect)
    {
        var lowercase = PackedTable.Load("words.lowercase");
        return new Index(WordTrie.Load("words.trie"), lowercase, PackedTable.Load("words.sounds"), new SuggestibleRows(lexicon, dialect, lowercase));
    }

    /// <summary>The suggestible words of the dialect within <paramref name="maxDistance"/> of <paramref name="typed"/>.</summary>
    private static IEnumerable<string> Near(Index index, string typed, int maxDistance)
    {
        foreach (var (row, _) in index.Trie.Near(typed, maxDistance))
            if (index.Suggestible[row]) yield return index.Lowercase.Key(row).ToString();
    }

    /// <summary>The suggestible words that sound like <paramref name="sound"/> (from <see cref="ThreeEditsMinimumLength"/> - 3 letters).</summary>
    private static IEnumerable<string> SoundAlikes(Index index, string sound)
    {
        int row = index.BySound.Find(sound);
        if (row < 0) yield break;
        foreach (var word in index.BySound.Text(row).ToString().Split('\t'))
            if (index.Lowercase.Find(word) is var found and >= 0 && index.Suggestible[found]) yield return word;
    }

    /// <summary>Whether each word of the lowercase index (a row: the word and its forms) may be suggested in a dialect:
    /// it has two letters or more and some form of it is suggestible. Decided on first use and kept.</summary>
    private sealed class SuggestibleRows(Lexicon lexicon, Dialect dialect, PackedTable lowercase)
    {
        private const byte Yes = 1, No = 2;
        private readonly byte[] _known = new byte[lowercase.Count];

        public bool this[int row]
        {
            get
            {
                if (_known[row] == 0) _known[row] = lowercase.Key(row).Length > 1 && AnyForm(lowercase.Text(row)) ? Yes : No;
                return _known[row] == Yes;
            }
        }

        private bool AnyForm(ReadOnlySpan<char> forms)
        {
            foreach (var range in forms.Split('\t'))
                if (lexicon.Words.IsSuggestible(forms[range], dialect)) return true;
            return false;
        }
    }

    public IReadOnlyList<string> Suggest(string word, int max = 5) => Rank(word, max).Select(s => s.Word).ToList();

    /// <summary>The best corrections with their costs (lower is better), so that a caller who knows the word's
    /// context can weigh a close second against the first (<see cref="Suggestion"/>).</summary>
    public IReadOnlyList<Suggestion> Rank(string word, int max = 5)
    {
        string typed = word.Replace('\u2019', '\'').ToLowerInvariant();
        var scored = new Dictionary<string, double>();
        string sound = SoundKey.Of(typed);

        void Consider(string candidate, double cost)
        {
            if (candidate == typed) return;
            if (!scored.TryGetValue(candidate, out var existing) || cost < existing) scored[candidate] = cost;
        }

        // A known misspelling's corrections come first, ranked among themselves like any candidates (wheather: whether
        // sounds the same and is commoner than weather).
        if (_lexicon.KnownCorrections(typed) is { } known)
            for (int i = 0; i < known.Length; i++)
                Consider(known[i].ToLowerInvariant(), KnownCorrectionCredit + 0.3 * i + 0.5 * Cost(typed, known[i].ToLowerInvariant(), sound));

        var index = Words;
        foreach (var candidate in Near(index, typed, typed.Length <= 3 ? 1 : 2))
            Consider(candidate, Cost(typed, candidate, sound));
        // Three edits only when it sounds the same.
        if (typed.Length >= ThreeEditsMinimumLength)
            foreach (var candidate in SoundAlikes(index, sound))
                if (EditDistance.Between(candidate, typed, 3) == 3) Consider(candidate, Cost(typed, candidate, sound));
        // A verb made with -en loses it easily before an ending (tighted for tightened, harded for hardened).
        foreach (var ending in (ReadOnlySpan<string>)["ed", "ing", "s"])
        {
            if (!typed.EndsWith(ending, StringComparison.Ordinal) || typed.Length - ending.Length < 3) continue;
            string withEn = string.Concat(typed.AsSpan(0, typed.Length - ending.Length), "en", ending);
            if (_lexicon.Words.IsSuggestible(withEn, _dialect)) Consider(withEn, Cost(typed, withEn, sound) - DroppedEnCredit);
        }
        // A possessive that lost its apostrophe where the plural takes no s (childrens, fishermens → fishermen's).
        if (typed.Length > 3 && typed[^1] == 's' && typed[^2] is not ('s' or '\'') && _lexicon.Words.IsSuggestible(typed.AsSpan(0, typed.Length - 1), _dialect))
        {
            int stemUses = _lexicon.Frequency(typed.AsSpan(0, typed.Length - 1));
            if (stemUses >= 10) Consider(string.Concat(typed.AsSpan(0, typed.Length - 1), "'s"), TypingCost.Between(typed, typed[..^1] + "'s") - SuffixBonus - FrequencyWeight * Math.Log10(stemUses + 1));
        }
        var names = _nameTrie ??= NameTrie(_lowercaseNames);
        foreach (var (row, _) in names.Trie.Near(typed, NameReach))
            Consider(names.Sorted[row], Cost(typed, names.Sorted[row], sound) - 0.3);
        // A word that is exactly two everyday words run together, and not one slip away from a common word, is
        // almost surely missing its space (inbetween, fellfrom); so is one that splits into a phrase edited text uses
        // (infact, alot) when the word one slip away is far rarer than the phrase and both halves (infect). Otherwise a split competes on
        // cost like the rest.
        int nearestCommon = 0;
        foreach (var candidate in scored.Keys)
            if (!candidate.Contains(' ') && EditDistance.Between(candidate, typed, 1) <= 1)
                nearestCommon = Math.Max(nearestCommon, _lexicon.Frequency(candidate));
        foreach (var (split, cost, rarerHalf) in Splits(typed))
        {
            bool missingSpace = nearestCommon < 10 || (nearestCommon < rarerHalf && nearestCommon * PhraseMargin < PhraseUses(split));
            Consider(split, missingSpace ? Math.Min(cost, -2.5) : cost);
        }

        return scored.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new Suggestion(Restore(kv.Key), kv.Value))
            .Where(s => s.Word.Length > 0)
            .DistinctBy(s => s.Word)
            .Take(max)
            .ToList();
    }

    private static NameIndex NameTrie(string[] lowercaseNames)
    {
        var sorted = lowercaseNames.Order(StringComparer.Ordinal).ToArray();
        return new NameIndex(sorted, WordTrie.FromBytes(WordTrie.Pack(sorted, Enumerable.Range(0, sorted.Length).ToArray())));
    }

    /// <summary>Whether a common word (at least <paramref name="minFrequency"/> in SUBTLEX) is one slip away from the
    /// lowercase <paramref name="typed"/>, other than the word's own stem or a longer form of it (brushy → brush does
    /// not count; tighted → tighten does). With <paramref name="countStem"/>, a common word that is the typed word's
    /// own start counts too (seriouse, one letter too many for serious), where no derivation is in question.</summary>
    public bool IsOneSlipFromCommonWord(string typed, int minFrequency, bool countStem = false) =>
        _oneSlip.GetOrAdd((typed, minFrequency, countStem), static (key, self) => self.SearchOneSlipFromCommonWord(key.Typed, key.MinFrequency, key.CountStem), this);

    /// <summary>Answers of <see cref="IsOneSlipFromCommonWord"/>: the spelling rules ask about a word more than once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Typed, int MinFrequency, bool CountStem), bool> _oneSlip = new();

    private bool SearchOneSlipFromCommonWord(string typed, int minFrequency, bool countStem)
    {
        var index = Words;
        foreach (var (row, _) in index.Trie.Near(typed, 1))
        {
            // A word is read from the index only when it may be suggested; no string is made for it.
            if (!index.Suggestible[row]) continue;
            var candidate = index.Lowercase.Key(row);
            if (typed.AsSpan().StartsWith(candidate) && (!countStem || candidate.Length == typed.Length)) continue;   // the word itself, or its stem
            if (_lexicon.Frequency(candidate) >= minFrequency) return true;
        }
        return false;
    }

    /// <summary>Lower is better: typing cost, minus credit for sounding the same and for being a common word.</summary>
    private double Cost(string typed, string candidate, string sound)
    {
        double cost = TypingCost.Between(typed, candidate);
        if (SoundKey.Of(candidate) == sound) cost -= SoundBonus;
        if (SharesSuffix(typed, candidate)) cost -= SuffixBonus;
        int frequency = candidate.Contains(' ') ? candidate.Split(' ').Min(part => _lexicon.Frequency(part)) : _lexicon.Frequency(candidate);
        cost -= FrequencyWeight * Math.Log10(frequency + 1);
        return cost;
    }

    /// <summary>The inflection the writer typed is usually the one meant: tighted → tightened, not tighter.</summary>
    private static bool SharesSuffix(string typed, string candidate)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ed", "ing", "ly", "s"])
            if (typed.EndsWith(suffix, StringComparison.Ordinal) && candidate.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Two common words run together: myeye → "my eye". Both halves must be everyday words.</summary>
    private IEnumerable<(string Split, double Cost, int RarerHalf)> Splits(string typed)
    {
        for (int i = 1; i < typed.Length; i++)
        {
            var left = typed[..i];
            var right = typed[i..];
            if (!IsEverydayWord(left) || !IsEverydayWord(right)) continue;
            int rarer = Math.Min(_lexicon.Frequency(left), _lexicon.Frequency(right));
            yield return (left + " " + right, 1.0 - FrequencyWeight * Math.Log10(rarer + 1), rarer);
        }
    }

    /// <summary>A phrase ten times commoner than the commonest word one slip away wins outright (in fact over intact and
    /// infect; not in certain over uncertain).</summary>
    private const double PhraseMargin = 10;

    /// <summary>Words in SUBTLEX-US (<see cref="Lexicon.Frequency"/>) per word of the Brown corpus.</summary>
    private const double SubtitleWordsPerBrownWord = 51_000_000.0 / 1_160_000.0;

    /// <summary>How often the two words stand side by side in the Brown corpus's edited text (in fact, a lot), scaled
    /// to the subtitles' counts so it compares with a single word's frequency.</summary>
    private static double PhraseUses(string split)
    {
        int space = split.IndexOf(' ');
        var model = Context.NgramModel.Default;
        return model.Count(model.IdOf(split.AsSpan(0, space)), model.IdOf(split.AsSpan(space + 1))) * SubtitleWordsPerBrownWord;
    }

    /// <summary>Common enough to be one half of a run-together pair (a single letter only as "a" or "i").</summary>
    private bool IsEverydayWord(string part)
    {
        if (part.Length == 1) return part is "a" or "i";
        if (part.Length == 2) return TwoLetterWords.Contains(part);
        return _lexicon.Frequency(part) >= 300 && _lexicon.Words.IsSuggestible(part, _dialect);
    }

    /// <summary>The dictionary's own spelling of a lowercase candidate: "clark" → "Clark", "i" → "I".</summary>
    private string Restore(string lower)
    {
        if (lower.Contains(' ')) return string.Join(' ', lower.Split(' ').Select(Restore));
        if (_lexicon.Words.IsSuggestible(lower, _dialect)) return lower;
        var capitalized = char.ToUpperInvariant(lower[0]) + lower[1..];
        if (_lexicon.Words.IsSuggestible(capitalized, _dialect)) return capitalized;
        foreach (var name in _names) if (string.Equals(name, lower, StringComparison.OrdinalIgnoreCase)) return name;
        var upper = lower.ToUpperInvariant();
        return _lexicon.Words.IsSuggestible(upper, _dialect) ? upper : lower;
    }
}
