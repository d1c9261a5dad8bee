using System.Collections.Frozen;
using Galley.Lexicon;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>The wrong set phrases of data/phrases.tsv, indexed by the word each starts with. A pattern is a list of
/// words: a literal (matched in lowercase), <c>&lt;verb&gt;</c> (any form of that verb), <c>*</c> (any one word),
/// <c>~ing</c> (an -ing verb) or <c>!the|his</c> (any word but those); on the right, <c>*</c>, <c>~ing</c> and
/// <c>!…</c> stand for the words they matched, in order.</summary>
public sealed class PhraseTable
{
    public enum Kind { Literal, Verb, Any, Gerund, AnyExcept }

    public readonly record struct Part(Kind Kind, string Word, string[]? Except = null);

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
                throw new InvalidDataException($"data/phrases.tsv: \u201c{row[cols[0]].ToString()}\u201d must start with a word or a <verb>.");
            Validate(entry, row[cols[0]].ToString());
            all.Add(entry);
            var first = entry.Wrong[0];
            foreach (var word in first.Kind == Kind.Verb ? VerbForms.FormsOf(first.Word) : [first.Word])
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
        int Kept(Part[] parts) => parts.Count(p => p.Kind is Kind.Any or Kind.Gerund or Kind.AnyExcept);
        if (entry.Wrong.Count(p => p.Kind == Kind.Verb) != entry.Right.Count(p => p.Kind == Kind.Verb) || Kept(entry.Right) > Kept(entry.Wrong))
            throw new InvalidDataException($"data/phrases.tsv: the correction of \u201c{wrong}\u201d uses words its pattern does not match.");
    }

    private static Part[] Parse(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w == "*" ? new Part(Kind.Any, "") : w == "~ing" ? new Part(Kind.Gerund, "")
            : w.Length > 1 && w[0] == '!' ? new Part(Kind.AnyExcept, "", w[1..].Split('|'))
            : w.Length > 2 && w[0] == '<' && w[^1] == '>' ? new Part(Kind.Verb, w[1..^1])
            : new Part(Kind.Literal, w.Replace('\u2019', '\'')))
        .ToArray();
}
