namespace Galley.Context;

/// <summary>The coarse categories of Galley's tagset (data/context/FORMAT.md). <see cref="None"/> marks a token that
/// was not tagged (outside any sentence) and the sentence-boundary pseudo-tags.</summary>
public enum Pos : byte
{
    None, Noun, Propn, Pron, Det, Vb, Vbp, Vbz, Vbd, Vbn, Vbg, Md, Adj, Adv, Adp, Conj, Sconj, Prt, Num, Punct, Intj, X,
}

/// <summary>A part-of-speech tag: one of the tagset's tags or a contraction's compound tag ("PRON+VBZ" for it's).
/// <see cref="Head"/> is the word's own category, <see cref="Tail"/> the category it leaves for the next word.</summary>
public readonly record struct PosTag(byte Id)
{
    public static readonly PosTag None = default;

    public string Name => Tagset.Names[Id];
    public Pos Head => Tagset.Heads[Id];
    public Pos Tail => Tagset.Tails[Id];
    public bool IsCompound => Head != Tail || Name.Contains('+');

    /// <summary>True for a simple (not compound) tag of this category.</summary>
    public bool Is(Pos pos) => Head == pos && !IsCompound;

    /// <summary>Any verb form (base, present, past, participles), modals excluded.</summary>
    public bool IsVerb => Head is Pos.Vb or Pos.Vbp or Pos.Vbz or Pos.Vbd or Pos.Vbn or Pos.Vbg;

    public override string ToString() => Name;
}

/// <summary>The tag names of the trained model, indexed by <see cref="PosTag.Id"/>; id 0 is the empty tag.</summary>
internal static class Tagset
{
    public const string Start = "<s>", End = "</s>";

    public static readonly string[] Names;
    public static readonly Pos[] Heads;
    public static readonly Pos[] Tails;
    private static readonly Dictionary<string, byte> Ids = new(StringComparer.Ordinal);

    static Tagset()
    {
        var names = new List<string> { "" };
        Lexicon.DataFiles.ForEachRow("context/tags.tsv", (row, cols) => names.Add(row[cols[0]].ToString()));
        if (names.Count > 255) throw new InvalidOperationException("Too many tags for a byte id.");
        Names = names.ToArray();
        Heads = new Pos[Names.Length];
        Tails = new Pos[Names.Length];
        for (int i = 0; i < Names.Length; i++)
        {
            Ids[Names[i]] = (byte)i;
            var parts = Names[i].Split('+');
            Heads[i] = Parse(parts[0]);
            Tails[i] = Parse(parts[^1]);
        }
    }

    public static int Count => Names.Length;

    public static PosTag Of(string name) =>
        Ids.TryGetValue(name, out byte id) ? new PosTag(id) : throw new ArgumentException($"Unknown tag {name}.", nameof(name));

    public static bool TryGet(ReadOnlySpan<char> name, out byte id) => Ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out id);

    private static Pos Parse(string part) => part switch
    {
        "NOUN" => Pos.Noun, "PROPN" => Pos.Propn, "PRON" => Pos.Pron, "DET" => Pos.Det, "VB" => Pos.Vb, "VBP" => Pos.Vbp,
        "VBZ" => Pos.Vbz, "VBD" => Pos.Vbd, "VBN" => Pos.Vbn, "VBG" => Pos.Vbg, "MD" => Pos.Md, "ADJ" => Pos.Adj,
        "ADV" => Pos.Adv, "ADP" => Pos.Adp, "CONJ" => Pos.Conj, "SCONJ" => Pos.Sconj, "PRT" => Pos.Prt, "NUM" => Pos.Num,
        "PUNCT" => Pos.Punct, "INTJ" => Pos.Intj, "X" => Pos.X, _ => Pos.None,
    };
}
