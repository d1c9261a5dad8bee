using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>Sound-alikes written by ear where the words around them leave only one reading: a verb of motion cannot
/// be followed by another past verb (walked passed the gate → past), a mountaintop cannot look under a door (peaked
/// under → peeked), and the weather does not open a clause (wondered weather she knew → whether).</summary>
public sealed class SoundAlikeSlip : Rule
{
    /// <summary>Verbs of motion that take "past" as a preposition (drove past the house); right or straight may come between.</summary>
    private static readonly HashSet<string> MotionVerbs =
    [
        "walked", "ran", "drove", "went", "rode", "hurried", "strode", "slipped", "raced", "moved", "sped", "marched", "brushed",
        "pushed", "swept", "stalked", "flew", "sailed", "stormed", "shoved", "squeezed", "wandered", "strolled", "jogged", "limped",
        "walk", "run", "drive", "go", "ride", "walking", "running", "driving", "going", "riding", "walks", "runs", "drives", "goes", "rides",
    ];

    /// <summary>Where a look goes: a peak cannot go there, a peek can.</summary>
    private static readonly HashSet<string> LookDirections = ["under", "through", "into", "around", "round", "inside", "over", "behind", "between"];

    private static readonly Dictionary<string, string> PeekOf = new(StringComparer.Ordinal)
        { ["peaked"] = "peeked", ["peaking"] = "peeking", ["peak"] = "peek", ["peaks"] = "peeks" };

    /// <summary>After "weather" these open a clause or a choice: whether he knew, whether or not.</summary>
    private static readonly HashSet<string> ClauseOpeners = ["i", "he", "she", "we", "they", "you", "or", "anyone", "anybody", "someone", "somebody"];

    /// <summary>The words this rule looks at (<see cref="CueWords"/>).</summary>
    internal static IEnumerable<string> Words => PeekOf.Keys.Append("passed").Append("weather");

    public override RuleInfo Info { get; } = new(
        "GL5007", "sound-alike-slip", Category.RealWord, Severity.Warning,
        "passed, peaked or weather where the grammar around them needs past, peeked or whether (walked passed me, peaked under the door, asked weather he knew).",
        Help: "Three sound-alikes, each flagged only where the other word cannot stand: *passed* right after a verb of motion "
              + "(ran passed the gate, walked right passed me), *peaked* (peak, peaking) before a word of direction (peaked "
              + "through the curtains), and *weather* before a subject or *or* when no determiner or adjective comes before it "
              + "(wondered weather she knew, weather or not). `prices peaked at noon`, `the weather he liked` and `we'll weather it` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The dog ran passed the gate and into the road.", "The dog ran past the gate and into the road."),
        Example.Flag("She walked right passed me without a word.", "She walked right past me without a word."),
        Example.Flag("I peaked through the curtains at the street.", "I peeked through the curtains at the street."),
        Example.Flag("He wondered weather she knew about the money.", "He wondered whether she knew about the money."),
        Example.Flag("We're going, weather or not it rains.", "We're going, whether or not it rains."),
        Example.Keep("The days passed slowly, and the rain passed over.", "passed as a verb"),
        Example.Keep("He ran, passed the ball, and fell.", "a comma: two verbs in a row"),
        Example.Keep("Sales peaked in the spring.", "peaked in time"),
        Example.Keep("Her fever peaked over the weekend.", "peaked over a span of time"),
        Example.Keep("The crowd peaked around three hundred.", "not a place after it"),
        Example.Keep("It was the kind of weather he liked best.", "a determiner before weather"),
        Example.Keep("The storm was bad, but we'll weather it.", "weather as a verb"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var cues = CueWords.Of(context);
        foreach (int t in cues.TokensWith(CueWords.Cue.SoundAlike))
        {
            string? fix = text.Word(t) switch
            {
                "passed" when AfterMotionVerb(text, t) => "past",
                { } w when PeekOf.TryGetValue(w, out var peek) && IsLookDirection(text, text.Next(t)) => peek,
                "weather" when OpensClause(text, t) => "whether",
                _ => null,
            };
            if (fix is null) continue;
            var token = text.Tokens[t];
            var written = context.Manuscript.StringOf(token);
            var replacement = char.IsUpper(written[0]) ? char.ToUpperInvariant(fix[0]) + fix[1..] : fix;
            sink.Report(Info, token.Span, $"\u201c{written}\u201d sounds like \u201c{replacement}\u201d, which is the word that fits here.", Fix.Replace(token.Span, replacement));
        }
    }

    private static bool AfterMotionVerb(GrammarText text, int t)
    {
        int previous = text.Previous(t);
        if (text.Word(previous) is "right" or "straight") previous = text.Previous(previous);
        return text.Word(previous) is { } verb && MotionVerbs.Contains(verb);
    }

    /// <summary>A direction word after the verb, not a span of time (peaked over the weekend).</summary>
    private static bool IsLookDirection(GrammarText text, int t)
    {
        if (text.Word(t) is not { } word || !LookDirections.Contains(word)) return false;
        int next = text.Next(t);
        if (text.Word(next) is "the" or "a" or "an") next = text.Next(next);
        // a place after it (under the door, around the corner), never a time (over the weekend, around noon, at nine)
        return text.Word(next) is { } noun && !TimeWords.Contains(noun) && text.Tagged(next).Head == Pos.Noun;
    }

    private static readonly HashSet<string> TimeWords =
    [
        "weekend", "week", "month", "year", "years", "months", "weeks", "days", "summer", "winter", "spring", "autumn", "season",
        "decade", "century", "night", "period", "noon", "midnight", "dawn", "time", "end", "middle", "start", "age",
    ];

    /// <summary>"weather" before a subject or "or", with no determiner or adjective before it (the weather he liked).</summary>
    private static bool OpensClause(GrammarText text, int t)
    {
        if (text.Word(text.Next(t)) is not { } next || !ClauseOpeners.Contains(next)) return false;
        int previous = text.Previous(t);
        if (previous < 0) return true;
        return text.Tagged(previous).Head is not (Pos.Det or Pos.Adj or Pos.Pron or Pos.Noun or Pos.Propn or Pos.Num)
            && text.Word(previous) is not ("of" or "in" or "the" or "this" or "that" or "such" or "what" or "fine" or "good" or "bad" or "cold" or "warm" or "hot" or "wet");
    }
}
