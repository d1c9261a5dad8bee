using System.Diagnostics;
using Galley.Checking;
using Galley.Context;
using Galley.Document;

namespace Galley.Tests.Context;

public sealed class PosTaggerTests(ITestOutputHelper output)
{
    private static string[] Words(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Tags(string sentence) => string.Join(' ', PosTagger.Tag(Words(sentence)).Select(t => t.Name));

    [Theory]
    [InlineData("The old man closed the door .", "DET ADJ NOUN VBD DET NOUN PUNCT")]
    [InlineData("She was about to lose it .", "PRON VBD ADV PRT VB PRON PUNCT")]
    [InlineData("I can't find my keys anywhere .", "PRON MD VB DET NOUN ADV PUNCT")]
    [InlineData("It's colder than it was yesterday .", "PRON+VBZ ADJ SCONJ PRON VBD NOUN PUNCT")]
    [InlineData("They went home and slept .", "PRON VBD NOUN CONJ VBD PUNCT")]
    public void TagsSimpleSentences(string sentence, string expected) => Assert.Equal(expected, Tags(sentence));

    [Fact]
    public void UnknownWordsGetTagsFromTheirSuffixAndCapitals()
    {
        var tags = PosTagger.Tag(Words("Then Zarkovna glimbered the frobulous pendrake ."));
        Assert.Equal(Pos.Propn, tags[1].Head);
        Assert.Equal(Pos.Vbd, tags[2].Head);
        Assert.Equal(Pos.Adj, tags[4].Head);
        Assert.Equal(Pos.Noun, tags[5].Head);
    }

    [Fact]
    public void ReachesNinetyPercentOnHandTaggedSentences()
    {
        // Sentences written for this test, tagged by hand with the tagset of data/context/FORMAT.md.
        (string Sentence, string Tags)[] sample =
        [
            ("He had never seen the sea before .", "PRON VBD ADV VBN DET NOUN ADV PUNCT"),
            ("The rain kept falling on the roof all night .", "DET NOUN VBD VBG ADP DET NOUN DET NOUN PUNCT"),
            ("We should leave before the storm gets worse .", "PRON MD VB SCONJ DET NOUN VBZ ADJ PUNCT"),
            ("Her brother laughed at the joke , but nobody else did .", "DET NOUN VBD ADP DET NOUN PUNCT CONJ PRON ADV VBD PUNCT"),
            ("I don't know what you want from me .", "PRON VBP VB PRON PRON VBP ADP PRON PUNCT"),
            ("The children were playing quietly in the garden .", "DET NOUN VBD VBG ADV ADP DET NOUN PUNCT"),
            ("Two dogs ran across the field toward the river .", "NUM NOUN VBD ADP DET NOUN ADP DET NOUN PUNCT"),
            ("If you open the window , the room will be cold .", "SCONJ PRON VBP DET NOUN PUNCT DET NOUN MD VB ADJ PUNCT"),
            ("She smiled and handed him a cup of tea .", "PRON VBD CONJ VBD PRON DET NOUN ADP NOUN PUNCT"),
            ("Nothing could stop them from leaving early .", "PRON MD VB PRON ADP VBG ADV PUNCT"),
        ];
        int right = 0, total = 0;
        foreach (var (sentence, expected) in sample)
        {
            var tags = PosTagger.Tag(Words(sentence));
            var gold = Words(expected);
            for (int i = 0; i < gold.Length; i++, total++) if (tags[i].Name == gold[i]) right++;
        }
        Assert.True(right >= 0.9 * total, $"{right} of {total} tags right");
    }

    [Fact]
    public void TagsManuscriptTokensWithCurlyQuotesAndContractions()
    {
        var context = Context("\u201cIt\u2019s late,\u201d Marisol said. She didn\u2019t move.");
        var tags = PosTags.Of(context);
        var tokens = context.Manuscript.Tokens;
        string TagOf(string word) => tags[Array.FindIndex(tokens, t => context.Manuscript.StringOf(t) == word)].Name;
        Assert.Equal("PRON+VBZ", TagOf("It\u2019s"));
        Assert.Equal("PROPN", TagOf("Marisol"));
        Assert.Equal("VBD", TagOf("said"));
        Assert.Equal("PUNCT", TagOf("\u201c"));
        Assert.Same(tags, PosTags.Of(context));
    }

    [Fact]
    public void MapsDashesEllipsesAndNumbersToBrownForms()
    {
        var context = Context("He waited\u2026 then 42 minutes later \u2014 nothing!? She left.");
        var tags = PosTags.Of(context);
        var manuscript = context.Manuscript;
        for (int t = 0; t < manuscript.Tokens.Length; t++)
        {
            var token = manuscript.Tokens[t];
            if (token.Kind is TokenKind.Ellipsis or TokenKind.Dash or TokenKind.Punctuation) Assert.Equal(Pos.Punct, tags[t].Head);
            if (token.Kind == TokenKind.Number) Assert.Equal(Pos.Num, tags[t].Head);
        }
        Assert.Equal("--", PosTagger.BrownText(manuscript, Array.FindIndex(manuscript.Tokens, t => t.Kind == TokenKind.Dash)).ToString());
        Assert.Equal("!", PosTagger.BrownText(manuscript, Array.FindIndex(manuscript.Tokens, t => manuscript.StringOf(t) == "!?")).ToString());
    }

    /// <summary>Accuracy on the held-out Brown fiction written by scripts/data/context/heldout-tags.mjs, when
    /// GALLEY_BROWN_HELDOUT_TAGS names that file (it is not in the repository).</summary>
    [Fact]
    public void MeasuresAccuracyAndSpeedOnHeldOutBrownFiction()
    {
        var path = Environment.GetEnvironmentVariable("GALLEY_BROWN_HELDOUT_TAGS");
        if (path is null || !File.Exists(path)) Assert.Skip("Set GALLEY_BROWN_HELDOUT_TAGS to the output of heldout-tags.mjs.");
        var sentences = new List<(string[] Words, string[] Tags)>();
        var words = new List<string>();
        var gold = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add((words.ToArray(), gold.ToArray()));
                words.Clear();
                gold.Clear();
                continue;
            }
            int tab = line.IndexOf('\t');
            words.Add(line[..tab]);
            gold.Add(line[(tab + 1)..]);
        }
        PosTagger.Tag(["Warm", "up", "."]);
        int right = 0, total = 0, unknownRight = 0, unknown = 0;
        var confusions = new Dictionary<string, int>();
        var buffer = new PosTag[4096];
        var clock = Stopwatch.StartNew();
        foreach (var (sentenceWords, _) in sentences) PosTagger.Tag(sentenceWords, buffer);
        clock.Stop();
        foreach (var (sentenceWords, sentenceTags) in sentences)
        {
            var tags = PosTagger.Tag(sentenceWords);
            for (int i = 0; i < tags.Length; i++, total++)
            {
                bool known = PosTagger.IsKnownWord(sentenceWords[i]);
                if (!known) unknown++;
                if (tags[i].Name == sentenceTags[i]) { right++; if (!known) unknownRight++; }
                else
                {
                    var key = sentenceTags[i] + " -> " + tags[i].Name;
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                }
            }
        }
        output.WriteLine($"accuracy {right}/{total} = {100.0 * right / total:F2}%; unknown words {unknownRight}/{unknown} = {100.0 * unknownRight / Math.Max(1, unknown):F2}%");
        output.WriteLine($"speed {total / clock.Elapsed.TotalSeconds:F0} tokens/s");
        foreach (var (key, n) in confusions.OrderByDescending(p => p.Value).Take(15)) output.WriteLine($"  {key}: {n}");
        Assert.True(right >= 0.93 * total);
    }

    private static CheckContext Context(string text)
    {
        var lexicon = Galley.Lexicon.Lexicon.Default;
        return new CheckContext(Manuscript.Parse(text, lexicon.Language), lexicon, CheckOptions.Default);
    }
}
