using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;

namespace Galley.Rules.RealWord;

/// <summary>Verbs of hindering take "from" before an -ing verb: "stop him from coming", not "stop him for coming".</summary>
public sealed class HinderFromDoing : Rule
{
    /// <summary>Verbs whose "X for -ing" is always a slip for "X from -ing".</summary>
    private static readonly HashSet<string> Hinder = new(StringComparer.OrdinalIgnoreCase)
    {
        "prevent", "prevents", "prevented", "preventing", "keep", "keeps", "kept", "keeping",
        "discourage", "discourages", "discouraged", "discouraging", "prohibit", "prohibits", "prohibited", "prohibiting",
        "dissuade", "dissuades", "dissuaded", "dissuading", "deter", "deters", "deterred", "deterring",
        "restrain", "restrains", "restrained", "restraining", "refrain", "refrains", "refrained", "refraining",
    };

    /// <summary>Verbs that also take "for" + -ing of a reason ("stopped him for speeding"): only a hint.</summary>
    private static readonly HashSet<string> HinderOrPunish = new(StringComparer.OrdinalIgnoreCase)
    {
        "stop", "stops", "stopped", "stopping", "bar", "bars", "barred", "barring",
    };

    /// <summary>The verbs this rule looks at (<see cref="CueWords"/>).</summary>
    internal static IEnumerable<string> Verbs => Hinder.Concat(HinderOrPunish);

    public override RuleInfo Info { get; } = new(
        "GL5002", "hinder-from-doing", Category.RealWord, Severity.Warning,
        "\u201cFor\u201d where a verb of hindering needs \u201cfrom\u201d (stop him from coming).",
        Help: "After prevent, keep, discourage, prohibit, dissuade, deter, restrain (and refrain), the person or thing hindered is "
              + "followed by \u201cfrom\u201d and an -ing verb. After stop and bar, \u201cfor\u201d + -ing can give a reason "
              + "(\u201cstopped him for speeding\u201d), so there it is only a hint. The object may be a pronoun, a name or a short noun phrase.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Nothing could prevent her for leaving.", "Nothing could prevent her from leaving."),
        Example.Flag("I tried to stop him for coming after me.", "I tried to stop him from coming after me."),
        Example.Flag("The noise kept me for sleeping.", "The noise kept me from sleeping."),
        Example.Flag("The fence prevented the dogs for getting out.", "The fence prevented the dogs from getting out."),
        Example.Keep("Nothing could prevent her from leaving."),
        Example.Keep("They kept the old pan for frying eggs.", "Keep + a thing + for: a purpose, not hindering."),
        Example.Keep("She thanked him for coming."),
        Example.Keep("We stopped for eating at a diner."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        var tokens = manuscript.Tokens;
        var cues = CueWords.Of(context);
        PosTags? tags = null;
        foreach (int t in cues.TokensWith(CueWords.Cue.Hinder))
        {
            if (!tokens[t].IsWord) continue;
            var verb = manuscript.TextOf(tokens[t]);
            var lookup = Hinder.GetAlternateLookup<ReadOnlySpan<char>>();
            bool strong = lookup.Contains(verb);
            if (!strong && !HinderOrPunish.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb)) continue;
            tags ??= PosTags.Of(context);
            if (!tags[t].IsVerb) continue;
            int forIndex = AfterObject(manuscript, tags, t + 1);
            if (forIndex < 0 || forIndex >= tokens.Length || !manuscript.TextOf(tokens[forIndex]).Equals("for", StringComparison.OrdinalIgnoreCase)) continue;
            int next = forIndex + 1;
            if (next >= tokens.Length || !tokens[next].IsWord || manuscript.SentenceOf(next) != manuscript.SentenceOf(t)) continue;
            if (!manuscript.TextOf(tokens[next]).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || tags[next].Head != Pos.Vbg) continue;
            if (IsKeep(verb) && !IsPersonOrName(tags, t + 1, forIndex)) continue;   // "kept the pan for frying": a purpose
            var span = tokens[forIndex].Span;
            var replacement = ConfusionRule.MatchStyle(manuscript.StringOf(tokens[forIndex]), "from", curlyApostrophes: false);
            sink.Report(Info, span, $"After \u201c{verb}\u201d, write \u201cfrom\u201d before the -ing verb.",
                strong ? Info.Severity : Severity.Info, Fix.Replace(span, replacement));
        }
    }

    private static bool IsKeep(ReadOnlySpan<char> verb) => verb.StartsWith("keep", StringComparison.OrdinalIgnoreCase) || verb.Equals("kept", StringComparison.OrdinalIgnoreCase);

    /// <summary>The index just after the verb's object (a pronoun, a name, or up to four words of a noun phrase
    /// ending in a noun), or -1; past the last token when the object ends the text.</summary>
    private static int AfterObject(Manuscript manuscript, PosTags tags, int start)
    {
        var tokens = manuscript.Tokens;
        if (start >= tokens.Length || !tokens[start].IsWord) return -1;
        var head = tags[start];
        if (head.Is(Pos.Pron) || head.Is(Pos.Propn)) return start + 1 < tokens.Length && tags[start + 1].Is(Pos.Propn) ? start + 2 : start + 1;
        if (!head.Is(Pos.Det)) return -1;
        for (int k = start + 1; k < Math.Min(tokens.Length, start + 5); k++)
        {
            if (!tokens[k].IsWord) return -1;
            if (tags[k].Is(Pos.Noun) && !(k + 1 < tokens.Length && tags[k + 1].Is(Pos.Noun))) return k + 1;
            if (!(tags[k].Is(Pos.Adj) || tags[k].Is(Pos.Noun) || tags[k].Is(Pos.Adv))) return -1;
        }
        return -1;
    }

    /// <summary>True when the object is a pronoun or a name (someone kept from doing), not a noun phrase (something kept for a use).</summary>
    private static bool IsPersonOrName(PosTags tags, int start, int end) =>
        end - start <= 2 && (tags[start].Is(Pos.Pron) || tags[start].Is(Pos.Propn));
}
