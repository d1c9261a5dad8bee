using Galley.Checking;
using Galley.Context;
using Galley.Document;

namespace Galley.Tests.Context;

public sealed class NgramModelTests
{
    private static readonly NgramModel Model = NgramModel.Default;

    private static int[] Ids(string words) => words.Split(' ').Select(w => Model.IdOf(w)).ToArray();

    [Fact]
    public void LooksUpWordsInAnyCaseWithCurlyApostrophes()
    {
        Assert.NotEqual(0, Model.IdOf("it's"));
        Assert.Equal(Model.IdOf("it's"), Model.IdOf("It\u2019s"));
        Assert.Equal(Model.IdOf("\""), Model.IdOf("\u201c"));
        Assert.Equal(0, Model.IdOf("zorblaxian"));
    }

    [Fact]
    public void CountsBigramsAndTrigramsAndTreatsUnseenAsZero()
    {
        var ids = Ids("one of the");
        Assert.True(Model.Count(ids[1], ids[2]) > 1000);
        Assert.True(Model.Count(ids[0], ids[1], ids[2]) > 50);
        Assert.Equal(0, Model.Count(Model.IdOf("the"), Model.IdOf("the")));
        Assert.Equal(0, Model.Count(0, ids[2]));
    }

    [Theory]
    [InlineData("he does not know", "he dose not know")]
    [InlineData("she was taller than her", "she was taller then her")]
    [InlineData("i think you're going to", "i think your going to")]
    public void ScoresTheRightWordAboveItsConfusion(string right, string wrong)
    {
        var a = Ids(right);
        var b = Ids(wrong);
        Assert.True(Model.LogScore(a, 0, a.Length) > Model.LogScore(b, 0, b.Length) + 2);
    }

    [Fact]
    public void BacksOffToLowerOrdersForUnseenContexts()
    {
        int the = Model.IdOf("the"), house = Model.IdOf("house"), zebra = Model.IdOf("zebra");
        double seen = Model.LogScore(Model.IdOf("in"), the, house);
        double unseenContext = Model.LogScore(zebra, the, house);
        Assert.True(seen > unseenContext - 1e-9);
        Assert.True(double.IsFinite(Model.LogScore(0, 0, 0)));
    }

    /// <summary>The real-word check stops summing an alternative's score once it falls behind the written word's: that
    /// needs every term to be a log probability, at most 0, which holds when no n-gram is counted more often than the
    /// shorter n-grams it contains.</summary>
    [Fact]
    public void NoNgramIsCountedMoreOftenThanItsParts()
    {
        foreach (var (file, order) in new[] { ("context/bigrams.tsv", 2), ("context/trigrams.tsv", 3) })
        {
            var table = Galley.Lexicon.PackedTable.Load(file);
            Assert.True(table.Count > 1000);
            for (int row = 0; row < table.Count; row++)
            {
                var words = table.Key(row).ToString().Split('\t');
                Assert.Equal(order, words.Length);
                var ids = words.Select(w => Vocabulary.Default.IdOf(w)).ToArray();
                Assert.DoesNotContain(0, ids);
                int count = order == 2 ? Model.Count(ids[0], ids[1]) : Model.Count(ids[0], ids[1], ids[2]);
                Assert.Equal(table.Number(row), count);
                int left = order == 2 ? Model.Count(ids[0]) : Model.Count(ids[0], ids[1]);
                int right = order == 2 ? Model.Count(ids[1]) : Model.Count(ids[1], ids[2]);
                Assert.True(count <= left && count <= right, table.Key(row).ToString());
            }
        }
        Assert.True(Model.Count(Model.SentenceEnd) + 0.5 <= Vocabulary.Default.TokenCount);
    }

    [Fact]
    public void LeaveOneOutLowersTheCountsOfTheSentenceBeingScored()
    {
        var ids = Ids("one of the");
        int before = Model.Count(ids[0], ids[1], ids[2]);
        try
        {
            Model.LeaveOutSentence(ids);
            Assert.Equal(before - 1, Model.Count(ids[0], ids[1], ids[2]));
        }
        finally { NgramModel.LeaveOut = null; }
        Assert.Equal(before, Model.Count(ids[0], ids[1], ids[2]));
    }

    [Fact]
    public void RealWordFindingsSkipNamesAndAreSharedPerCheck()
    {
        var lexicon = Galley.Lexicon.Lexicon.Default;
        var text = "Dose came home late. Later Dose said nothing, and Dose went to bed.";
        var context = new CheckContext(Manuscript.Parse(text, lexicon.Language), lexicon, CheckOptions.Default);
        var findings = RealWordFindings.Of(context);
        Assert.Same(findings, RealWordFindings.Of(context));
        Assert.DoesNotContain(findings.Items, f => f.Written == "dose" && context.Manuscript.Tokens[f.FirstToken].Start > 0);
    }
}
