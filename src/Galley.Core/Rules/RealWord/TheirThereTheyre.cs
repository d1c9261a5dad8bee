using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>their / there / they're decided by the grammar right after them, where the context model (GL5001/GL3101)
/// is unsure: a possessive must be followed by what it owns, "they're" by what they are or do.</summary>
public sealed class TheirThereTheyre : Rule
{
    /// <summary>Words that cannot follow a possessive but follow "they're": their not sure, their the ones, their in the kitchen.</summary>
    private static readonly HashSet<string> AfterTheyAre =
    [
        "not", "probably", "still", "always", "never", "already", "supposed", "the", "a", "an", "in", "at", "to", "from",
        "with", "too", "so", "sure", "busy", "ready", "okay", "ok", "alive", "almost", "also", "really", "actually",
        "definitely", "obviously", "clearly", "apparently",
    ];

    /// <summary>Verbs that take a clause, after which "there" + -ing reads "they're": I heard there moving.</summary>
    private static readonly HashSet<string> ClauseVerbs =
    [
        "said", "say", "says", "heard", "hear", "think", "thought", "know", "knew", "guess", "hope", "believe", "bet",
        "suppose", "figured", "figure", "told", "tell", "sure", "seems", "seemed", "claimed", "claim",
    ];

    private static readonly HashSet<string> TimeNouns =
    [
        "today", "tonight", "tomorrow", "yesterday", "to-day", "to-night", "to-morrow", "years", "days", "weeks", "months",
        "hours", "minutes", "nights", "mornings", "evenings", "forever", "once", "twice", "often", "overnight", "alone",
    ];

    /// <summary>"people there own cars": after a noun or pronoun, "there" is the place and "own" the verb; after "be"
    /// (is there own-brand tea) the question's subject follows.</summary>
    private static bool AfterSubjectOrBe(GrammarText text, int t)
    {
        int before = text.Previous(t);
        if (before < 0) return false;
        return text.Word(before) is "is" or "are" or "was" or "were" or "be" or "been" or "isn't" or "aren't" or "wasn't" or "weren't"
            || text.Tags(before).Share(Pos.Noun, Pos.Propn) + text.Tags(before).Share(Pos.Pron) >= 0.5;
    }

    private static readonly HashSet<string> FiniteBe = ["is", "was", "are", "were", "has", "had", "have", "seemed", "looked"];

    public override RuleInfo Info { get; } = new(
        "GL5009", "their-there-theyre", Category.RealWord, Severity.Warning,
        "their, there and they're mixed up where the grammar decides: their not ready, there dog barked, they're house is.",
        Help: "A possessive (*their*) is followed by what it owns; *they're* (they are) by what they are or do; *there* by " +
              "a verb or a place. So `Their not ready` → `They're`, `Their the ones` → `They're`, `There dog is barking` → " +
              "`Their dog`, `They're garden was full` → `Their garden`, `I heard there moving` → `they're moving`, `there own` and " +
              "`they're own` → `their own`, `wait their until` → `wait there until` (*their* after a verb of being, staying or " +
              "going, or an adverb of place, with nothing owned after it). Only " +
              "these clear patterns are checked (the context model, confused-word, weighs the rest), and a word already " +
              "questioned there by a warning is not flagged twice.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Their not ready to leave.", "They're not ready to leave."),
        Example.Flag("I'll wait their until you come back.", "I'll wait there until you come back.", "their after a verb of staying, before until"),
        Example.Flag("We stayed their.", "We stayed there.", "their ending the sentence"),
        Example.Keep("We stayed at their house.", "a possessive before its noun"),
        Example.Keep("They went back to their in-laws.", "a hyphenated word after their"),
        Example.Flag("I think their the ones who called.", "I think they're the ones who called."),
        Example.Flag("There dog is barking again.", "Their dog is barking again."),
        Example.Flag("We borrowed there ladder for the roof.", "We borrowed their ladder for the roof."),
        Example.Flag("They're garden was full of weeds.", "Their garden was full of weeds."),
        Example.Flag("I heard there moving to the coast.", "I heard they're moving to the coast."),
        Example.Keep("Their own mothers would not know them."),
        Example.Keep("They're friends with the baker.", "a noun after they're, as what they are"),
        Example.Keep("There was a dog in the yard."),
        Example.Keep("He sat there waiting for the bus.", "there as a place before -ing"),
        Example.Keep("Their running shoes were wet.", "an -ing word before a noun"),
        Example.Flag("Their hoping for rain.", "They're hoping for rain.", "an -ing verb at the start of a clause"),
        Example.Keep("She spoke of their being late again.", "a possessive before an -ing word: their being late"),
        Example.Flag("Their planning a surprise for him.", "They're planning a surprise for him.", "an -ing word that is often a noun, with its object"),
        Example.Keep("Their planning meetings ran late.", "the -ing word as a noun's modifier"),
        Example.Keep("Over there, dogs were barking.", "a comma after there"),
        Example.Keep("Down there people live in caves.", "there as a place after an adverb"),
        Example.Flag("They mended there own nets.", "They mended their own nets.", "\"own\" after there or they're: the possessive"),
        Example.Flag("The twins painted they're own rooms.", "The twins painted their own rooms."),
        Example.Flag("There answer was a long time coming.", "Their answer was a long time coming.", "a noun that is often a verb, before \"was\""),
        Example.Keep("There again was the old question.", "an adverb after \"there\""),
        Example.Keep("Is there own brand cereal in the shop?", "\"there\" after \"is\": the question's subject follows"),
        Example.Keep("The farmers there own most of the valley.", "after a noun, \"there\" is the place and \"own\" the verb"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        HashSet<int>? questioned = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            var word = text.Word(t);
            if (word is not ("their" or "there" or "they're")) continue;
            int next = text.Next(t);
            if (word == "their" && PlaceMeant(text, t, next)) { Report(context, text, sink, t, "there", ref questioned); continue; }
            if (next < 0 || text.Word(next) is not { } after) continue;
            string? meant = word switch
            {
                "their" when TheyAreFollows(text, t, next, after) => "they're",
                "there" or "they're" when after == "own" && !AfterSubjectOrBe(text, t) => "their",
                "there" when OwnedNounFollows(text, t, next) => "their",
                "there" when ClauseVerbs.Contains(text.Word(text.Previous(t)) ?? "") && text.IsVerbInIng(next, 0.8) => "they're",
                "they're" when OwnedNounFollows(text, t, next) => "their",
                _ => null,
            };
            if (meant is not null) Report(context, text, sink, t, meant, ref questioned);
        }
    }

    private void Report(CheckContext context, GrammarText text, DiagnosticSink sink, int t, string meant, ref HashSet<int>? questioned)
    {
        // GL5001 or GL3101 has already said it: a warning of theirs is enough (a hint is not; where it offers the
        // same word, the report keeps only this warning).
        questioned ??= RealWordFindings.Of(context).Items.Where(f => f.IsConfident && !GrammarVetoes.KeepsWritten(text, f)).Select(f => f.FirstToken).ToHashSet();
        if (questioned.Contains(t)) return;
        var span = text.Tokens[t].Span;
        string written = context.Manuscript.StringOf(text.Tokens[t]);
        string fix = ConfusionRule.MatchStyle(written, meant, context.UsesCurlyApostrophes);
        sink.Report(Info, span, $"\u201c{written}\u201d should be \u201c{fix}\u201d here.", Fix.Replace(span, fix));
    }

    /// <summary>Verbs of being, staying and going, and adverbs of place, after which a word ending its phrase is the
    /// place: wait there, was there, over there.</summary>
    private static readonly HashSet<string> PlaceWords =
    [
        "wait", "waits", "waited", "waiting", "stay", "stays", "stayed", "staying", "stand", "stands", "stood", "standing",
        "sit", "sits", "sat", "sitting", "live", "lives", "lived", "living", "go", "goes", "went", "gone", "going", "get",
        "gets", "got", "getting", "be", "is", "was", "were", "are", "been", "am", "remain", "remained", "sleep", "slept",
        "arrive", "arrived", "meet", "met", "lie", "lay", "lying", "hid", "hide", "hiding", "over", "up", "down", "out",
        "back", "here", "right", "near",
    ];

    /// <summary>"I'll wait their until you come", "we stayed their.": their after a verb of being, staying or going, or an
    /// adverb of place, with nothing owned after it: the sentence ends, or a preposition or conjunction follows.</summary>
    private static bool PlaceMeant(GrammarText text, int their, int next)
    {
        if (text.Word(text.Previous(their)) is not { } before || !PlaceWords.Contains(before)) return false;
        if (next < 0) return !text.Tokens[their].Is(Document.TokenFlags.InMention) && EndsSentence(text, their);
        if (text.Tokens[next].Is(Document.TokenFlags.Hyphenated)) return false;   // their in-laws, their once-proud name
        return text.Word(next) is "until" or "till" or "when" or "because" or "and" or "but" or "since" or "before" or "after"
            || text.Tags(next).Share(Pos.Adp, Pos.Sconj) + text.Tags(next).Share(Pos.Conj) >= 0.9 && text.Word(next) is not ("of" or "own");
    }

    /// <summary>Nothing but closing punctuation after the word in its sentence (we stayed their.).</summary>
    private static bool EndsSentence(GrammarText text, int t) =>
        t + 1 >= text.Tokens.Length || text.Tokens[t + 1].Kind == Document.TokenKind.Punctuation && text.Manuscript.Text[text.Tokens[t + 1].Start] is '.' or '!' or '?' or ',' or ';';

    private static bool TheyAreFollows(GrammarText text, int their, int next, string after)
    {
        if (after is "own" or "very" or "only" or "first" or "last" or "next" or "other") return false;
        // "of their being", "for their not meaning", "by their almost infinite series": a possessive after a preposition
        if (text.Previous(their) is int prior and >= 0 && text.Tags(prior).Share(Pos.Adp) >= 0.6) return false;
        if (AfterTheyAre.Contains(after))
            return text.Tags(next).Share(Pos.Det, Pos.Adp) >= 0.5 || text.Next(next) is var then && (then < 0 || text.Tags(then).Share(Pos.Noun) < 0.5);   // not "their ready sanction"
        if (after is "being" or "having") return false;   // Their being late: a possessive gerund
        // "Their hoping for rain": at the start of a sentence; "remember, their giving a party", "heard their muttering" are possessive gerunds
        // "Their planning a party": an -ing word that is often a noun is the verb when a determiner or pronoun follows it
        bool verb = text.IsVerbInIng(next, 0.8) || text.IsVerbInIng(next, 0.3) && text.Next(next) is var obj and >= 0 && text.Tags(obj).Share(Pos.Det, Pos.Pron) >= 0.8;
        return verb && (text.Tokens[their].Is(Document.TokenFlags.SentenceStart) || text.Tokens[their].Is(Document.TokenFlags.SpeechStart));
    }

    /// <summary>"there dog is", "lost there mittens", "they're house is": a noun that is owned, at the start of a clause
    /// followed by its verb, or after a verb or preposition as its object.</summary>
    private static bool OwnedNounFollows(GrammarText text, int t, int noun)
    {
        var tags = text.Tags(noun);
        int before = text.Previous(t);
        int verb = text.Next(noun);
        bool beFollows = verb >= 0 && FiniteBe.Contains(text.Word(verb) ?? "");
        bool verbFollows = beFollows || verb >= 0 && text.Tags(verb).Share(Pos.Vbd, Pos.Vbz) >= 0.7;
        // a noun that is often a verb too (answer, team) is the owned noun when "was" or "had" follows it (there answer
        // was); a word Brown never saw, when the tagger reads it as a noun (there backpacks were)
        bool owned = tags.IsKnown
            ? tags.Share(Pos.Noun) >= 0.8 && tags.Share(Pos.Vb, Pos.Vbz) + tags.Share(Pos.Vbp, Pos.Vbd) <= 0.15
              || beFollows && before < 0 && tags.Share(Pos.Noun) >= 0.5
            : beFollows && text.Tagged(noun).Head == Pos.Noun;
        if (text.Tokens[noun].Is(Document.TokenFlags.Capitalized) || !owned) return false;
        if (TimeNouns.Contains(text.Word(noun)!)) return false;   // stayed there years, dine there to-morrow
        if (before < 0 || text.Word(before) is null) return verbFollows;   // There dog is barking.
        if (text.Word(t) == "they're") return verbFollows;   // they're friends with him: what they are
        var prior = text.Tags(before);
        return prior.Share(Pos.Vbd, Pos.Vbz) + prior.Share(Pos.Vb, Pos.Vbp) + prior.Share(Pos.Vbn) >= 0.7 && text.Word(before) is not ("is" or "was" or "are" or "were" or "be" or "been" or "being" or "am" or "isn't" or "aren't" or "wasn't" or "weren't" or "go" or "went" or "got" or "get" or "stood" or "sat" or "lay" or "stayed" or "stay" or "live" or "lived" or "left" or "put" or "came" or "come");
    }
}
