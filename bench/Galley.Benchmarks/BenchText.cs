namespace Galley.Benchmarks;

/// <summary>The text every benchmark reads: Brown fiction (or any plain text) from GALLEY_BENCH_TEXT, repeated to
/// GALLEY_BENCH_WORDS words (default 100,000); without a file, the synthetic novel. Corpora are never committed.</summary>
internal static class BenchText
{
    public const string PathVariable = "GALLEY_BENCH_TEXT";
    public const string WordsVariable = "GALLEY_BENCH_WORDS";

    private static readonly Lazy<string> Shared = new(() => Build(DefaultWords));

    public static int DefaultWords =>
        int.TryParse(Environment.GetEnvironmentVariable(WordsVariable), out int n) && n > 0 ? n : 100_000;

    public static string Text => Shared.Value;

    /// <summary>Where the text came from, for the report.</summary>
    public static string Source =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path && File.Exists(path) ? path : "synthetic novel";

    public static string Build(int words)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is not { Length: > 0 } path || !File.Exists(path))
            return SyntheticNovel.Build(words);
        var paragraphs = File.ReadAllText(path).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = new System.Text.StringBuilder(words * 6);
        int count = 0;
        for (int i = 0; count < words; i++)
        {
            var paragraph = paragraphs[i % paragraphs.Length];
            text.Append(paragraph).Append("\n\n");
            count += CountWords(paragraph);
        }
        return text.ToString();
    }

    /// <summary>Words as the peers' scripts count them: runs of non-whitespace.</summary>
    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
