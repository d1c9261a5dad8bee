using System.Runtime.CompilerServices;
using Galley.Context;
using Galley.Lexicon;

namespace Galley.Story;

/// <summary>The tag lexicon's verb forms, AFINN valences and the cliché list, loaded on first use and shared.</summary>
internal static class StoryData
{
    /// <summary>Each lexicon row's verb tags once read (a box: threads see whole values).</summary>
    private static readonly Lazy<StrongBox<VerbTags>?[]> Verbs = new(() => new StrongBox<VerbTags>?[TagLexicon.Table.Count]);
    private static readonly Lazy<Dictionary<string, int>> Valences = new(LoadValences);
    private static readonly Lazy<Dictionary<string, List<string[]>>> ClichesByFirstWord = new(LoadCliches);
    private static readonly Lazy<Dictionary<string, Gender>> GivenNames = new(LoadGivenNames);

    /// <summary>The gender a given name almost always has (data/given-names.tsv); unknown when it is not listed.</summary>
    public static Gender GenderOfGivenName(string name) => GivenNames.Value.GetValueOrDefault(name, Gender.Unknown);

    /// <summary>How often Brown tags a lowercase word as each finite verb form; default when it is never a verb.</summary>
    public static VerbTags VerbTagsOf(string lowercaseWord)
    {
        int row = TagLexicon.Table.Find(lowercaseWord);
        if (row < 0) return default;
        var verbs = Verbs.Value;
        if (Volatile.Read(ref verbs[row]) is not { } box)
            Volatile.Write(ref verbs[row], box = new StrongBox<VerbTags>(VerbTagsOfRow(TagLexicon.Table.Text(row))));
        return box.Value;
    }

    /// <summary>AFINN-165 valence (−5…5) of a lowercase word or two-word phrase; 0 when not listed.</summary>
    public static int Valence(string lowercase) => Valences.Value.TryGetValue(lowercase, out int v) ? v : 0;

    /// <summary>Clichés as word sequences, keyed by their first word.</summary>
    public static IReadOnlyDictionary<string, List<string[]>> Cliches => ClichesByFirstWord.Value;

    /// <summary>A lexicon row's verb tags; default when the word is never a verb.</summary>
    private static VerbTags VerbTagsOfRow(ReadOnlySpan<char> pairs)
    {
        var tags = new VerbTags();
        TagLexicon.ForEachTag(pairs, (tag, n) =>
        {
            int plus = tag.IndexOf('+');
            if (plus >= 0) tag = tag[(plus + 1)..];   // it's = PRON+VBZ: the verb part
            switch (tag)
            {
                case "VBD": tags.Past += n; break;
                case "VBN": tags.Participle += n; break;
                case "VBZ": tags.ThirdPerson += n; break;
                case "VBP": tags.Present += n; break;
                case "VB": tags.Base += n; break;
                case "MD": tags.Modal += n; break;
            }
            tags.Total += n;
        });
        return tags.Past + tags.Participle + tags.ThirdPerson + tags.Present + tags.Base + tags.Modal > 0 ? tags : default;
    }

    private static Dictionary<string, int> LoadValences()
    {
        var map = new Dictionary<string, int>(4_000, StringComparer.Ordinal);
        DataFiles.ForEachRow("context/sentiment.tsv", (row, cols) =>
        {
            if (cols.Length > 1 && int.TryParse(row[cols[1]], out int v)) map[row[cols[0]].ToString()] = v;
        });
        return map;
    }

    private static Dictionary<string, Gender> LoadGivenNames()
    {
        var map = new Dictionary<string, Gender>(400, StringComparer.Ordinal);
        DataFiles.ForEachRow("given-names.tsv", (row, cols) =>
        {
            if (cols.Length > 1) map[row[cols[0]].ToString()] = row[cols[1]] is "f" ? Gender.Female : Gender.Male;
        });
        return map;
    }

    private static Dictionary<string, List<string[]>> LoadCliches()
    {
        var map = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        DataFiles.ForEachRow("cliches.txt", (row, cols) =>
        {
            var words = row[cols[0]].ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return;
            if (!map.TryGetValue(words[0], out var list)) map[words[0]] = list = new List<string[]>();
            list.Add(words);
        });
        return map;
    }
}

/// <summary>Brown tag counts of one word form: past (VBD), participle (VBN), 3rd-person present (VBZ), other present
/// (VBP), base (VB), modal (MD), and all tags together.</summary>
internal struct VerbTags
{
    public int Past, Participle, ThirdPerson, Present, Base, Modal, Total;

    public readonly bool MostlyPast => Past + Participle > 0 && Past * 10 >= Total * 7;
    public readonly bool MostlyThirdPersonPresent => ThirdPerson > 0 && ThirdPerson * 10 >= Total * 7;
    public readonly bool MostlyBaseOrPresent => Present + Base > 0 && (Present + Base) * 10 >= Total * 6 && Past + Participle == 0;
}
