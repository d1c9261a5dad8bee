using Galley.Checking;
using Galley.Document;

namespace Galley.Context;

/// <summary>The part-of-speech tag of every token of a manuscript, each sentence tagged as a whole; computed once
/// per check and shared by the rules. Tokens outside any sentence get <see cref="PosTag.None"/>.</summary>
public sealed class PosTags
{
    private readonly PosTag[] _tags;

    private PosTags(PosTag[] tags) => _tags = tags;

    public static PosTags Of(CheckContext context) => context.Memo(Compute);

    public PosTag this[int tokenIndex] => _tags[tokenIndex];

    public int Count => _tags.Length;

    public ReadOnlySpan<PosTag> All => _tags;

    private static PosTags Compute(CheckContext context) => Tag(context.Manuscript, word => context.Names.IsName(word));

    /// <summary>Tags every sentence of <paramref name="manuscript"/>; <paramref name="isName"/> tells the tagger which
    /// capitalized words are the manuscript's names. Allocates the tags array, and an entry per distinct word.</summary>
    internal static PosTags Tag(Manuscript manuscript, Func<ReadOnlySpan<char>, bool> isName)
    {
        var tags = new PosTag[manuscript.Tokens.Length];
        var viterbi = Viterbi.ForThread();
        using var words = new TaggerWords(manuscript, viterbi.Model);
        foreach (var sentence in manuscript.Sentences)
            if (sentence.TokenCount > 0)
                PosTagger.Tag(viterbi, manuscript, sentence.FirstToken, sentence.EndToken, tags.AsSpan(sentence.FirstToken, sentence.TokenCount), isName, words);
        return new PosTags(tags);
    }
}
