using Galley.Context;
using Galley.Lexicon;

namespace Galley.Tests;

/// <summary>The data packed at build time (scripts/data/pack) says what the committed text files say.</summary>
public class PackedDataTests
{
    [Fact]
    public void A_packed_table_finds_each_key_with_its_value_and_nothing_else()
    {
        var table = PackedTable.FromBytes(PackedTable.Pack([("cat", "NOUN:3", 0), ("dog\tbark", "", 0), ("émigré", "x\ty", 0)], numeric: false));
        Assert.Equal(3, table.Count);
        Assert.Equal("NOUN:3", table.Text(table.Find("cat")).ToString());
        Assert.Equal("", table.Text(table.Find("dog\tbark")).ToString());
        Assert.Equal("x\ty", table.Text(table.Find("émigré")).ToString());
        Assert.Equal(-1, table.Find("ca"));
        Assert.Equal(-1, table.Find("Cat"));
        Assert.Equal(-1, table.Find(""));
    }

    [Fact]
    public void A_repeated_key_reads_as_its_last_row_like_a_dictionary_filled_in_file_order()
    {
        var table = PackedTable.FromBytes(PackedTable.Pack([("a", "", 1), ("b", "", 2), ("a", "", 3)], numeric: true));
        Assert.Equal(3, table.Number(table.Find("a")));
        Assert.Equal(2, table.Number(table.Find("b")));
    }

    [Fact]
    public void The_word_trie_finds_exactly_the_words_within_the_distance_with_their_distance()
    {
        // Words from a few letters, so that many are a swap, a slip or two away from each other; with an accented
        // letter, an apostrophe, and words long enough for the search's wide bit sets.
        var random = new Random(17);
        const string letters = "abcdeé'";
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < 400)
            words.Add(new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => letters[random.Next(letters.Length)]).ToArray()));
        words.Add(new string('a', 70));
        words.Add(new string('a', 34) + "b" + new string('a', 35));
        var sorted = words.Order(StringComparer.Ordinal).ToList();
        var packed = WordTrie.Pack(sorted, Enumerable.Range(0, sorted.Count).ToList());
        var trie = WordTrie.FromBytes(packed);
        // The trie reads its own copy of the bytes: a collection and new pinned memory must not take them away.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var junk = Enumerable.Range(0, 8).Select(_ => { var a = GC.AllocateArray<byte>(packed.Length, pinned: true); a.AsSpan().Fill(0xFF); return a; }).ToList();
        var targets = Enumerable.Range(0, 150).Select(_ => new string(Enumerable.Range(0, random.Next(1, 10)).Select(_ => letters[random.Next(letters.Length)]).ToArray()))
            .Concat([new string('a', 71), new string('a', 69) + "ba", new string('a', 60)]);
        foreach (var target in targets)
            for (int distance = 1; distance <= 2; distance++)
            {
                var expected = sorted.Select((word, row) => (row, EditDistance.Between(word, target, distance)))
                    .Where(found => found.Item2 <= distance).ToHashSet();
                Assert.Equal(expected, trie.Near(target, distance).ToHashSet());
            }
        GC.KeepAlive(junk);
    }

    [Theory]
    [InlineData("words.txt", false)]
    [InlineData("frequencies.txt", true)]
    [InlineData("misspellings.txt", false)]
    [InlineData("context/unigrams.tsv", true)]
    [InlineData("context/lexicon.tsv", false)]
    public void Every_row_of_a_data_file_is_found_in_its_pack_with_its_value(string file, bool numeric)
    {
        var table = PackedTable.Load(file);
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "data", file)).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.Equal(lines.Count, table.Count);
        foreach (var line in lines)
        {
            var columns = line.Split('\t');
            int row = table.Find(columns[0]);
            Assert.True(row >= 0, $"{file}: {columns[0]} is missing from the pack");
            if (numeric) Assert.Equal(int.Parse(columns[1]), table.Number(row));
            else Assert.Equal(string.Join('\t', columns.Skip(1)), table.Text(row).ToString());
        }
    }

    [Fact]
    public void The_word_list_reads_dialects_from_the_packed_flags()
    {
        var words = Lexicon.Lexicon.Default.Words;
        Assert.True(words.ContainsExact("color", Dialect.EnUS));
        Assert.True(words.IsOtherDialectOnly("colour", Dialect.EnUS));
        Assert.True(words.ContainsExact("colour", Dialect.EnGB));
        Assert.False(words.ContainsExact("colr", Dialect.EnUS));
    }

    [Fact]
    public void N_gram_counts_are_read_by_word_ids_from_the_packed_tables()
    {
        var model = NgramModel.Default;
        var bigram = File.ReadLines(Path.Combine(RepositoryPaths.Root, "data", "context", "bigrams.tsv")).First(l => !l.StartsWith('<') && !l.Contains("\t<")).Split('\t');
        Assert.Equal(int.Parse(bigram[2]), model.Count(model.IdOf(bigram[0]), model.IdOf(bigram[1])));
        var trigram = File.ReadLines(Path.Combine(RepositoryPaths.Root, "data", "context", "trigrams.tsv")).First(l => !l.Contains('<')).Split('\t');
        Assert.Equal(int.Parse(trigram[3]), model.Count(model.IdOf(trigram[0]), model.IdOf(trigram[1]), model.IdOf(trigram[2])));
        Assert.Equal(0, model.Count(model.IdOf("the"), model.IdOf("the"), model.IdOf("the")));
    }
}
