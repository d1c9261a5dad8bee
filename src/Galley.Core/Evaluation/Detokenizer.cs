using System.Text;

namespace Galley.Evaluation;

/// <summary>A tokenized sentence written back as natural text, with each token's character range in it.</summary>
public sealed record Detokenized(string Text, int[] Starts, int[] Ends)
{
    public int Count => Starts.Length;
}

/// <summary>Turns Penn-Treebank-style tokens (as in M2 files) into natural text and back. Detokenizing removes the
/// spaces before closing punctuation and clitics (<c>it 's</c> → <c>it's</c>) and inside quotes; tokenizing splits
/// words from punctuation and clitics the same way, so text Galley edits can be compared token by token.</summary>
public static class Detokenizer
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
        { ".", ",", "!", "?", ";", ":", ")", "]", "}", "%", "...", "''", "'" };
    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "``" };
    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    public static Detokenized Detokenize(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        bool quoteOpen = false, glueNext = true;
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            bool glue = glueNext || NoSpaceBefore.Contains(token) || IsClitic(token);
            glueNext = NoSpaceAfter.Contains(token);
            if (token == "\"")
            {
                if (quoteOpen) glue = true; else glueNext = true;
                quoteOpen = !quoteOpen;
            }
            if (!glue) text.Append(' ');
            starts[i] = text.Length;
            text.Append(token);
            ends[i] = text.Length;
        }
        return new Detokenized(text.ToString(), starts, ends);
    }

    /// <summary>Splits natural text into tokens the way M2 files are tokenized (near enough for edits: spaces,
    /// surrounding punctuation, "..." and the clitics n't 's 're 've 'll 'd 'm).</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (var chunk in text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            int lo = 0, hi = chunk.Length;
            while (lo < hi && "\"([{".Contains(chunk[lo])) tokens.Add(chunk[lo++].ToString());
            var trailing = new Stack<string>();
            while (hi > lo)
            {
                if (hi - lo >= 3 && chunk.AsSpan(hi - 3, 3).SequenceEqual("...") ) { trailing.Push("..."); hi -= 3; }
                else if (".,!?;:\")]}".Contains(chunk[hi - 1])) { trailing.Push(chunk[hi - 1].ToString()); hi--; }
                else break;
            }
            if (hi > lo)
            {
                string word = chunk[lo..hi];
                string? clitic = Clitics.FirstOrDefault(c => word.Length > c.Length && word.EndsWith(c, StringComparison.OrdinalIgnoreCase));
                if (clitic is not null) { tokens.Add(word[..^clitic.Length]); tokens.Add(word[^clitic.Length..]); }
                else tokens.Add(word);
            }
            tokens.AddRange(trailing);
        }
        return tokens;
    }

    private static bool IsClitic(string token) => Clitics.Any(c => string.Equals(token, c, StringComparison.OrdinalIgnoreCase));
}
