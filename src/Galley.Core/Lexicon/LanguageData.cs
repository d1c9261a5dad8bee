namespace Galley.Lexicon;

public enum AbbreviationKind { None, Title, Any, Inner }

/// <summary>Closed word lists the manuscript model needs: speech verbs, abbreviations, titles before names.</summary>
public sealed class LanguageData
{
    private readonly Dictionary<string, string> _speechVerbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AbbreviationKind> _abbreviations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    public static LanguageData Load()
    {
        var data = new LanguageData();
        DataFiles.ForEachRow("speech-verbs.tsv", (row, cols) =>
        {
            string baseForm = row[cols[0]].ToString();
            foreach (var c in cols) data._speechVerbs.TryAdd(row[c].ToString(), baseForm);
        });
        DataFiles.ForEachRow("abbreviations.tsv", (row, cols) =>
        {
            var kind = cols.Length > 1 ? row[cols[1]] switch
            {
                "title" => AbbreviationKind.Title,
                "inner" => AbbreviationKind.Inner,
                _ => AbbreviationKind.Any,
            } : AbbreviationKind.Any;
            data._abbreviations[row[cols[0]].ToString()] = kind;
        });
        DataFiles.ForEachRow("titles.txt", (row, cols) => data._titles.Add(row[cols[0]].ToString()));
        return data;
    }

    public bool IsSpeechVerb(ReadOnlySpan<char> word) => _speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>"whispered" → "whisper"; null when the word is not a speech verb.</summary>
    public string? SpeechVerbBase(ReadOnlySpan<char> word) =>
        _speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var b) ? b : null;

    /// <summary>How an abbreviation written with its final period ("Dr.", "etc.") behaves at a sentence end.</summary>
    public AbbreviationKind GetAbbreviationKind(ReadOnlySpan<char> withPeriod) =>
        _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(withPeriod, out var k) ? k : AbbreviationKind.None;

    /// <summary>Dr, Mrs, Captain, Aunt: a word that comes before a name.</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
