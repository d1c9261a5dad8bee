using System.Collections.Frozen;
using Galley.Lexicon;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>The wrong set phrases of data/phrases.tsv, indexed by the word each starts with. A pattern is a list of
/// words: a literal (matched in lowercase), <c>&lt;verb&gt;</c> (any form of that verb), <c>*</c> (any one word),
/// <c>~ing</c> (an -ing verb), <c>him|her|them</c> (one of those words) or <c>!the|his</c> (any word but those); on the
/// right, <c>*</c>, <c>~ing</c>, <c>a|b</c> and <c>!…</c> stand for the words they matched, in order. A last part
/// <c>-flat|room</c> matches no word: the phrase must not go on with one of those or with a capitalized word (in the
/// third floor, not in the third floor flat).</summary>
public sealed class PhraseTable
{
    public enum Kind { Literal, Verb, Any, Gerund, AnyExcept, OneOf, NotFollowedBy }

    /// <summary>The parts that keep the writer's word: on the right they stand for the words matched, in order.</summary>
    public static bool Keeps(Kind kind) => kind is Kind.Any or Kind.Gerund or Kind.AnyExcept or Kind.OneOf;

    /// <summary>One word of a pattern; <see cref="Words"/> holds the words excluded (AnyExcept) or allowed (OneOf).</summary>
    public readonly record struct Part(Kind Kind, string Word, string[]? Words = null);

    /// <summary>One wrong phrase. <see cref="Usage"/> marks a construction a character may say on purpose (accuse
    /// him for); the others are slips the ear cannot hear (sneak peak), wrong in speech as in narration.</summary>
    public sealed record Entry(Part[] Wrong, Part[] Right, bool Usage, string Note);

    private static readonly Lazy<PhraseTable> Shared = new(() => new PhraseTable(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;

    public static PhraseTable Default => Shared.Value;

    public IReadOnlyList<Entry> StartingWith(string lowercaseWord) => _byFirstWord.GetValueOrDefault(lowercaseWord) ?? [];

    /// <summary>Every entry, in the file's order.</summary>
    public IReadOnlyList<Entry> All { get; }

    private PhraseTable()
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var all = new List<Entry>();
        DataFiles.ForEachRow("phrases.tsv", (row, cols) =>
        {
            if (cols.Length < 2) return;
            var entry = new Entry(Parse(row[cols[0]].ToString()), Parse(row[cols[1]].ToString()),
                cols.Length > 2 && row[cols[2]].SequenceEqual("usage"), cols.Length > 3 ? row[cols[3]].ToString() : "");
            if (entry.Wrong.Length == 0 || entry.Wrong[0].Kind is Kind.Any or Kind.Gerund or Kind.AnyExcept)
                throw new InvalidDataException($"data/phrases.tsv: \u201c{row[cols[0]].ToString()}\u201d must start with a word, words a|b or a <verb>.");
            Validate(entry, row[cols[0]].ToString());
            if (Array.FindIndex(entry.Wrong, p => p.Kind == Kind.NotFollowedBy) is >= 0 and var n && (n != entry.Wrong.Length - 1 || n == 0)
                || entry.Right.Any(p => p.Kind == Kind.NotFollowedBy))
                throw new InvalidDataException($"data/phrases.tsv: in “{row[cols[0]].ToString()}” a -word list may only end the wrong phrase.");
            all.Add(entry);
            var first = entry.Wrong[0];
            IEnumerable<string> firstWords = first.Kind switch { Kind.Verb => VerbForms.FormsOf(first.Word), Kind.OneOf => first.Words!, _ => [first.Word] };
            foreach (var word in firstWords.Distinct())
            {
                if (!byFirst.TryGetValue(word, out var list)) byFirst[word] = list = [];
                list.Add(entry);
            }
        });
        All = all;
        // The longest phrase that matches wins: "for all intents and purpose" before "intents and purpose".
        _byFirstWord = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Wrong.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The right side can only use the words the wrong side matched: as many verbs, no more kept words.</summary>
    private static void Validate(Entry entry, string wrong)
    {
        int Kept(Part[] parts) => parts.Count(p => Keeps(p.Kind));
        if (entry.Wrong.Count(p => p.Kind == Kind.Verb) != entry.Right.Count(p => p.Kind == Kind.Verb) || Kept(entry.Right) > Kept(entry.Wrong))
            throw new InvalidDataException($"data/phrases.tsv: the correction of \u201c{wrong}\u201d uses words its pattern does not match.");
    }

    private static Part[] Parse(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w == "*" ? new Part(Kind.Any, "") : w == "~ing" ? new Part(Kind.Gerund, "")
            : w.Length > 1 && w[0] == '!' ? new Part(Kind.AnyExcept, "", w[1..].Split('|'))
            : w.Length > 1 && w[0] == '-' ? new Part(Kind.NotFollowedBy, "", w[1..].Split('|'))
            : w.Contains('|') ? new Part(Kind.OneOf, "", w.Replace('\u2019', '\'').Split('|', StringSplitOptions.RemoveEmptyEntries))
            : w.Length > 2 && w[0] == '<' && w[^1] == '>' ? new Part(Kind.Verb, w[1..^1])
            : new Part(Kind.Literal, w.Replace('\u2019', '\'')))
        .ToArray();
}
