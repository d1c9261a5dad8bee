using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.InteropServices;
using Galley.Checking;
using Galley.Context;
using Galley.Document;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>Which cue of the pattern rules each distinct word of the manuscript is (a verb of hindering, "loose",
/// "then", the first half of "every thing"…), decided once per distinct word, so that a rule's first test on a token
/// is an array read and only the few tokens that carry its cue do the rule's real work. Each rule keeps its own word
/// lists; this class only remembers the answers for one check (<see cref="CheckContext.Memo{T}"/>).</summary>
internal sealed class CueWords
{
    [Flags]
    public enum Cue : ushort
    {
        None = 0,
        /// <summary>First half of a closed word written apart (every thing, him self): <see cref="SplitWords"/>.</summary>
        SplitFirst = 1 << 0,
        /// <summary>Second half of a closed word written apart (thing, self, gether).</summary>
        SplitSecond = 1 << 8,
        /// <summary>Could be the first half of a closed noun written apart (foot steps): <see cref="SplitWords"/>.</summary>
        NounFirst = 1 << 1,
        /// <summary>Could be the second half of a closed noun written apart.</summary>
        NounSecond = 1 << 2,
        /// <summary>"everyday" or "aloud": <see cref="SplitCompound"/>.</summary>
        EverydayOrAloud = 1 << 3,
        /// <summary>A verb of hindering: <see cref="HinderFromDoing"/>.</summary>
        Hinder = 1 << 4,
        /// <summary>A word of a noun–verb pair (breath/breathe): <see cref="VerbSlot"/> and <see cref="NounSlot"/>.</summary>
        VerbSlot = 1 << 5,
        /// <summary>passed, peaked, weather: <see cref="SoundAlikeSlip"/>.</summary>
        SoundAlike = 1 << 6,
        /// <summary>"then" or "than": <see cref="ThenThan"/>.</summary>
        ThenThan = 1 << 7,
        /// <summary>A subordinator or mostly a conjunction: no comma splice past it (<see cref="Sentences.CommaSplice"/>).</summary>
        ClauseBreak = 1 << 9,
        /// <summary>Mostly an -ing or past participle or a preposition, or an auxiliary: a sentence opening with it is no
        /// clause of its own (Turning around, …; Had I known, …).</summary>
        OpenerBreak = 1 << 10,
        /// <summary>"to": <see cref="TooMuch"/>.</summary>
        To = 1 << 11,
        /// <summary>The pronoun I in any case (i, I'm, i'd): <see cref="Capitalization.LowercaseI"/>.</summary>
        PronounI = 1 << 12,
        /// <summary>He, It, There's… in any case: <see cref="Capitalization.ClauseStart"/>.</summary>
        SubjectWord = 1 << 13,
        /// <summary>Mostly an -ing verb (staring, bringing): a sentence it opens may be a fragment (<see cref="Sentences.SentenceFragment"/>).</summary>
        MostlyIng = 1 << 14,
        /// <summary>Set once the word's cues are known.</summary>
        Known = 1 << 15,
    }

    /// <summary>Cues so rare that a rule reads the list of their tokens (<see cref="TokensWith"/>) instead of every token.</summary>
    private const Cue Rare = Cue.EverydayOrAloud | Cue.Hinder | Cue.VerbSlot | Cue.SoundAlike | Cue.ThenThan | Cue.To | Cue.PronounI;

    private readonly Manuscript _manuscript;
    private readonly GrammarText _text;
    /// <summary><see cref="Listed"/>, read from a field: a static read in the per-word loop costs a class-initialization check.</summary>
    private readonly FrozenDictionary<string, Cue> _listed = Listed;
    /// <summary>Each distinct word's cues (<see cref="Manuscript.LowerIndex"/>), with <see cref="Cue.Known"/> once read.</summary>
    private readonly Cue[] _cues;
    /// <summary>The tokens of each <see cref="Rare"/> cue in text order, by the cue's bit; null when none.</summary>
    private readonly List<int>?[] _tokensWith = new List<int>?[16];

    private CueWords(CheckContext context)
    {
        _manuscript = context.Manuscript;
        _text = GrammarText.Of(context);
        _cues = new Cue[_manuscript.DistinctLower.Count];
        for (int t = 0; t < _manuscript.Tokens.Length; t++)
        {
            ref var cues = ref _cues[_manuscript.LowerIndex(t)];
            if (cues == Cue.None) cues = CuesOf(t) | Cue.Known;
            for (var rare = cues & Rare; rare != 0; rare &= rare - 1)
                (_tokensWith[BitOperations.TrailingZeroCount((int)rare)] ??= []).Add(t);
        }
    }

    public static CueWords Of(CheckContext context) => context.Memo(static c => new CueWords(c));

    /// <summary>Whether token <paramref name="t"/> is a word carrying any of <paramref name="cue"/>.</summary>
    public bool Has(int t, Cue cue) => (_cues[_manuscript.LowerIndex(t)] & cue) != 0;

    /// <summary>The tokens that carry <paramref name="cue"/>, one of the rare cues, in text order.</summary>
    public ReadOnlySpan<int> TokensWith(Cue cue)
    {
        if ((cue & Rare) != cue || !BitOperations.IsPow2((int)cue)) throw new ArgumentException("one rare cue", nameof(cue));
        return CollectionsMarshal.AsSpan(_tokensWith[BitOperations.TrailingZeroCount((int)cue)]);
    }

    private Cue CuesOf(int t)
    {
        var word = _manuscript.Lower(t);
        _listed.TryGetValue(word, out var cues);
        // a fact of the text alone, whichever token asks first: GrammarText keeps the tags of words only
        var tags = _manuscript.Tokens[t].IsWord ? _text.Tags(t) : WordTags.Of(word);
        if (SplitWords.MayStartClosedNoun(word, tags)) cues |= Cue.NounFirst;
        if (SplitWords.MayEndClosedNoun(word, tags)) cues |= Cue.NounSecond;
        var top = tags.Top;
        if (top is Pos.Conj) cues |= Cue.ClauseBreak;
        if (top is Pos.Vbg or Pos.Vbn or Pos.Adp || FunctionWords.IsAuxiliary(word)) cues |= Cue.OpenerBreak;
        if (top == Pos.Vbg && tags.Share(Pos.Vbg) >= 0.7) cues |= Cue.MostlyIng;
        return cues;
    }

    /// <summary>The rules' own word lists, in lowercase, with the cue each word is.</summary>
    private static readonly FrozenDictionary<string, Cue> Listed = ListedCues();

    private static FrozenDictionary<string, Cue> ListedCues()
    {
        var cues = new Dictionary<string, Cue>(StringComparer.Ordinal);
        Add(cues, SplitWords.FirstHalves, Cue.SplitFirst);
        Add(cues, SplitWords.SecondHalves, Cue.SplitSecond);
        Add(cues, ["everyday", "aloud"], Cue.EverydayOrAloud);
        Add(cues, HinderFromDoing.Verbs, Cue.Hinder);
        Add(cues, VerbSlot.Words, Cue.VerbSlot);
        Add(cues, NounVerbPairs.Default.ByVerbForm.Keys, Cue.VerbSlot);
        Add(cues, SoundAlikeSlip.Words, Cue.SoundAlike);
        Add(cues, ["then", "than"], Cue.ThenThan);
        Add(cues, ["to"], Cue.To);
        Add(cues, Capitalization.LowercaseI.Forms, Cue.PronounI);
        Add(cues, Capitalization.ClauseStart.SubjectsInLowercase, Cue.SubjectWord);
        Add(cues, FunctionWords.Subordinators, Cue.ClauseBreak);
        return cues.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, Cue> cues, IEnumerable<string> words, Cue cue)
    {
        foreach (var word in words) CollectionsMarshal.GetValueRefOrAddDefault(cues, word, out _) |= cue;
    }
}
