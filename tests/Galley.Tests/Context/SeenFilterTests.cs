using Galley.Context;
using Galley.Lexicon;

namespace Galley.Tests.Context;

public sealed class SeenFilterTests
{
    private static readonly PackedTable Bigrams = PackedTable.Load("context/bigrams.tsv");
    private static readonly PackedTable Trigrams = PackedTable.Load("context/trigrams.tsv");
    private static readonly SeenFilter Filter = new(Vocabulary.Default, Bigrams, Trigrams);

    private static int[] IdsOfKey(ReadOnlySpan<char> key)
    {
        var ids = new List<int>();
        foreach (var range in key.Split('\t')) ids.Add(Vocabulary.Default.IdOf(key[range]));
        return [.. ids];
    }

    [Fact]
    public void NeverRejectsAnNgramTheTablesHold()
    {
        foreach (var table in new[] { Bigrams, Trigrams })
            for (int row = 0; row < table.Count; row++)
            {
                var ids = IdsOfKey(table.Key(row));
                if (ids.Contains(0)) continue;   // a word the vocabulary lacks is never asked about
                Assert.True(Filter.MayContain(ids[0], ids[1], ids.Length == 3 ? ids[2] : 0), table.Key(row).ToString());
            }
    }

    [Fact]
    public void RejectsMostNgramsTheTablesLack()
    {
        var random = new Random(7);
        int absent = 0, passed = 0;
        while (absent < 20_000)
        {
            int w1 = random.Next(1, 2000), w2 = random.Next(1, 2000);   // common words, whose pairs are often seen
            Span<char> key = stackalloc char[200];
            var first = Vocabulary.Default.WordOf(w1);
            var second = Vocabulary.Default.WordOf(w2);
            if (first.Length + second.Length + 1 > key.Length) continue;
            first.CopyTo(key);
            key[first.Length] = '\t';
            second.CopyTo(key[(first.Length + 1)..]);
            if (Bigrams.Find(key[..(first.Length + second.Length + 1)]) >= 0) continue;
            absent++;
            if (Filter.MayContain(w1, w2, 0)) passed++;
        }
        Assert.True(passed < absent / 50, $"{passed} of {absent} absent bigrams passed the filter");
    }
}
