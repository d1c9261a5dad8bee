namespace Galley.Context;

/// <summary>The context features a confusion-set classifier reads around a slot (the one or two words that hold a
/// member): the words and tags at −2..+2, pairs of them around the slot, and the content words within
/// <see cref="ContextReach"/> tokens (Golding &amp; Roth's collocations and context words). The slot's own words are
/// never read, so one extraction serves every member. A feature is a 64-bit key: its template and one or two values
/// (word ids of <see cref="Vocabulary"/>, or tag ids). data/context/FORMAT.md names the templates.</summary>
internal static class ConfusionFeatures
{
    /// <summary>How many tokens either side of the slot are searched for content words.</summary>
    public const int ContextReach = 10;
    /// <summary>Words seen this often in training are function words, not context words.</summary>
    public const int ContextWordMaxCount = 1500;
    /// <summary>At most this many features per slot.</summary>
    public const int MaxFeatures = 17 + 2 * ContextReach;

    /// <summary>The feature templates, in the order of <see cref="TemplateNames"/>. W: a word, T: a tag, the number is
    /// the position relative to the slot (−1 just before it, +1 just after).</summary>
    public enum Template : byte
    {
        Bias, WordMinus2, WordMinus1, WordPlus1, WordPlus2, TagMinus2, TagMinus1, TagPlus1, TagPlus2,
        WordsMinus2Minus1, WordsMinus1Plus1, WordsPlus1Plus2, TagsMinus2Minus1, TagsMinus1Plus1, TagsPlus1Plus2,
        WordMinus1TagPlus1, TagMinus1WordPlus1, ContextWord,
    }

    /// <summary>How each template is written in confusion-weights.tsv.</summary>
    public static readonly string[] TemplateNames =
        ["bias", "w-2", "w-1", "w+1", "w+2", "t-2", "t-1", "t+1", "t+2", "w-2,w-1", "w-1,w+1", "w+1,w+2", "t-2,t-1", "t-1,t+1", "t+1,t+2", "w-1,t+1", "t-1,w+1", "ctx"];

    /// <summary>Whether each value of a template is a word (true) or a tag (false); a template has one or two values.</summary>
    public static ReadOnlySpan<bool> ValuesAreWords(Template template) => template switch
    {
        Template.Bias => [],
        Template.WordMinus2 or Template.WordMinus1 or Template.WordPlus1 or Template.WordPlus2 or Template.ContextWord => [true],
        Template.TagMinus2 or Template.TagMinus1 or Template.TagPlus1 or Template.TagPlus2 => [false],
        Template.WordsMinus2Minus1 or Template.WordsMinus1Plus1 or Template.WordsPlus1Plus2 => [true, true],
        Template.TagsMinus2Minus1 or Template.TagsMinus1Plus1 or Template.TagsPlus1Plus2 => [false, false],
        Template.WordMinus1TagPlus1 => [true, false],
        _ => [false, true],
    };

    public static long Key(Template template, int first = 0, int second = 0) =>
        (long)template << 40 | (long)(first & 0xFFFFF) << 20 | (long)(second & 0xFFFFF);

    /// <summary>Writes the features of the slot <paramref name="at"/>..<paramref name="at"/>+<paramref name="length"/>
    /// of a sentence (its tokens' word ids and tags) into <paramref name="features"/> and returns how many. Positions
    /// outside the sentence read as the sentence start or end.</summary>
    public static int Extract(ReadOnlySpan<int> words, ReadOnlySpan<PosTag> tags, int at, int length, Span<long> features)
    {
        int n = words.Length, after = at + length;
        int w2 = WordAt(words, at - 2), w1 = WordAt(words, at - 1), v1 = WordAt(words, after), v2 = WordAt(words, after + 1);
        int t2 = TagAt(tags, at - 2), t1 = TagAt(tags, at - 1), u1 = TagAt(tags, after), u2 = TagAt(tags, after + 1);
        int count = 0;
        features[count++] = Key(Template.Bias);
        features[count++] = Key(Template.WordMinus2, w2);
        features[count++] = Key(Template.WordMinus1, w1);
        features[count++] = Key(Template.WordPlus1, v1);
        features[count++] = Key(Template.WordPlus2, v2);
        features[count++] = Key(Template.TagMinus2, t2);
        features[count++] = Key(Template.TagMinus1, t1);
        features[count++] = Key(Template.TagPlus1, u1);
        features[count++] = Key(Template.TagPlus2, u2);
        features[count++] = Key(Template.WordsMinus2Minus1, w2, w1);
        features[count++] = Key(Template.WordsMinus1Plus1, w1, v1);
        features[count++] = Key(Template.WordsPlus1Plus2, v1, v2);
        features[count++] = Key(Template.TagsMinus2Minus1, t2, t1);
        features[count++] = Key(Template.TagsMinus1Plus1, t1, u1);
        features[count++] = Key(Template.TagsPlus1Plus2, u1, u2);
        features[count++] = Key(Template.WordMinus1TagPlus1, w1, u1);
        features[count++] = Key(Template.TagMinus1WordPlus1, t1, v1);
        int firstContext = count;
        for (int k = Math.Max(0, at - ContextReach); k < Math.Min(n, after + ContextReach); k++)
        {
            if (k >= at && k < after || !IsContextWord(words[k])) continue;
            long key = Key(Template.ContextWord, words[k]);
            if (features[firstContext..count].IndexOf(key) < 0) features[count++] = key;
        }
        return count;
    }

    private static int WordAt(ReadOnlySpan<int> words, int k) =>
        k < 0 ? Vocabulary.Default.StartId : k >= words.Length ? Vocabulary.Default.EndId : words[k];

    private static int TagAt(ReadOnlySpan<PosTag> tags, int k) => k < 0 ? StartTagId : k >= tags.Length ? EndTagId : tags[k].Id;

    /// <summary>A known word of letters that is not among the commonest words.</summary>
    private static bool IsContextWord(int id)
    {
        if (id == 0) return false;
        var vocabulary = Vocabulary.Default;
        if (vocabulary.CountOf(id) > ContextWordMaxCount) return false;
        var word = vocabulary.WordOf(id);
        return word.Length > 1 && char.IsLetter(word[0]) && char.IsLetter(word[^1]);
    }

    private static readonly byte StartTagId = Tagset.TryGet(Tagset.Start, out byte id) ? id : (byte)0;
    private static readonly byte EndTagId = Tagset.TryGet(Tagset.End, out byte id) ? id : (byte)0;

    /// <summary>The feature named as in confusion-weights.tsv (template name, values separated by spaces), or null when
    /// a value is not in the vocabulary or the tagset.</summary>
    public static long? Parse(ReadOnlySpan<char> template, ReadOnlySpan<char> values)
    {
        int index = -1;
        for (int i = 0; i < TemplateNames.Length && index < 0; i++)
            if (template.SequenceEqual(TemplateNames[i])) index = i;
        if (index < 0) throw new FormatException($"Unknown feature template \"{template}\".");
        var kinds = ValuesAreWords((Template)index);
        Span<int> ids = stackalloc int[2];
        for (int i = 0; i < kinds.Length; i++)
        {
            int space = values.IndexOf(' ');
            var value = i < kinds.Length - 1 && space >= 0 ? values[..space] : values;
            values = i < kinds.Length - 1 && space >= 0 ? values[(space + 1)..] : default;
            if (kinds[i])
            {
                ids[i] = Vocabulary.Default.IdOf(value);
                if (ids[i] == 0 && !value.SequenceEqual(UnknownWord)) return null;
            }
            else if (Tagset.TryGet(value, out byte tag)) ids[i] = tag;
            else return null;
        }
        return Key((Template)index, ids[0], ids[1]);
    }

    /// <summary>How a feature's values are written: words as in the vocabulary (<see cref="UnknownWord"/> for one outside it), tags by name.</summary>
    public static string Describe(long key)
    {
        var template = (Template)(key >> 40);
        int first = (int)(key >> 20 & 0xFFFFF), second = (int)(key & 0xFFFFF);
        var kinds = ValuesAreWords(template);
        string Value(bool isWord, int id) => isWord ? (id == 0 ? UnknownWord : Vocabulary.Default.WordOf(id).ToString()) : Tagset.Names[id];
        return kinds.Length switch
        {
            0 => TemplateNames[(int)template] + "\t",
            1 => TemplateNames[(int)template] + "\t" + Value(kinds[0], first),
            _ => TemplateNames[(int)template] + "\t" + Value(kinds[0], first) + " " + Value(kinds[1], second),
        };
    }

    /// <summary>How a word outside the training vocabulary is written in a feature.</summary>
    public const string UnknownWord = "<unk>";
}
