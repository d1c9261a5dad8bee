using Galley.Context;
using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Story;

namespace Galley.Rules.Story;

public sealed class TenseDrift : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL7001", "tense-drift", Category.Story, Severity.Warning,
        "A narration verb in the present tense inside a past-tense story (or the reverse).",
        Help: "Galley finds the tense most of the narration uses and flags finite verbs outside dialogue that break it. " +
              "Speech is never a drift. A clause that reads as a general truth (there's, it's, love is) or interior " +
              "thought (I know, a question) is reported as a hint only, since writers often mean those. In a " +
              "present-tense story only a past-tense sentence between present-tense ones in the same paragraph is flagged.",
        FixesAreSafe: false, AppliesInSpeech: false);

    private static readonly Dictionary<string, string> PastOf = new(StringComparer.Ordinal)
    {
        ["is"] = "was", ["are"] = "were", ["am"] = "was", ["has"] = "had", ["have"] = "had", ["isn't"] = "wasn't",
        ["aren't"] = "weren't", ["hasn't"] = "hadn't", ["haven't"] = "hadn't", ["does"] = "did", ["doesn't"] = "didn't",
        ["do"] = "did", ["don't"] = "didn't", ["can"] = "could", ["can't"] = "couldn't", ["will"] = "would", ["won't"] = "wouldn't",
    };

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I closed the door and sat down. My hands were shaking. Marcus has lied to me for years, and I knew it.",
            "I closed the door and sat down. My hands were shaking. Marcus had lied to me for years, and I knew it."),
        Example.Flag("She waited by the window. The street was empty. She wanted him to call, but he isn't coming.",
            "She waited by the window. The street was empty. She wanted him to call, but he wasn't coming."),
        Example.Flag("The inn was full that night. The fire had burned low. Near midnight the landlord comes up the stairs with a candle and knocked twice.",
            "The inn was full that night. The fire had burned low. Near midnight the landlord came up the stairs with a candle and knocked twice."),
        Example.Keep("I closed the door. My hands were shaking. \"Marcus has lied to me,\" I said.", "speech is never a drift"),
        Example.Keep("She closed the door. The room was dark. She sat on the bed and waited.\n\nA/N: Thanks for reading! The next chapter is the wedding.",
            "a fan-fiction author's note is not narration"),
        Example.Keep("I walk to the door. I open it. The hall is dark and smells of rain.", "a present-tense story"),
        Example.Keep("She waited at the gate and sang the old rhyme.\n\n    The Lamp is lit, the Door is wide,\n    And Supper waits within;\n    The Kettle sings\n\nNobody came.",
            "verse quoted in prose"),
        Example.Keep("He stood at the gate. The house was silent. He had never seen it so still.", "past perfect is past"),
        Example.Flag("I walk to the door. I went inside. The hall is dark and smells of rain.", note: "a past-tense sentence between present-tense ones"),
        Example.Keep("I walk to the door. I could knock. The hall is dark and smells of rain.",
            "could and would in a present-tense narration are modals, not past tense"),
        Example.Keep("She waited by the gate. She might go in. He should have come by now, she thought.",
            "might and should in a past-tense narration are not present tense"),
    ];

    /// <summary>Drifts are judged within a paragraph against the whole story's tense, which the context carries.</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var tense = TenseAnalysis.Of(context);
        string story = tense.Dominant == Galley.Story.Tense.Past ? "past" : "present";
        foreach (var drift in tense.Drifts)
        {
            var severity = drift.Kind == DriftKind.Slip ? Severity.Warning : Severity.Info;
            string why = drift.Kind switch
            {
                DriftKind.GeneralTruth => " (perhaps meant as a general truth)",
                DriftKind.InteriorThought => " (perhaps meant as the character's thought)",
                _ => "",
            };
            foreach (var verb in drift.Verbs)
            {
                string word = context.Text.Substring(verb.Start, verb.Length);
                string message = $"\u201c{word}\u201d is {(drift.Found == Galley.Story.Tense.Past ? "past" : "present")} tense in a {story}-tense narration{why}.";
                var key = word.ToLowerInvariant().Replace('\u2019', '\'');
                string? past = drift.Found == Galley.Story.Tense.Present ? PastOf.GetValueOrDefault(key) ?? PastOfVerb(key, context) : null;
                if (past is not null)
                    sink.Report(Info, verb, message, severity, Fix.Replace(verb, MatchCase(word, past.Replace('\'', word.Contains('\u2019') ? '\u2019' : '\''))));
                else
                    sink.Report(Info, verb, message, severity);
            }
        }
    }

    /// <summary>The past of a present-tense verb (comes → came, watches → watched, know → knew), when Brown's tags or
    /// the irregular verbs say what it is.</summary>
    private static string? PastOfVerb(string present, CheckContext context)
    {
        if (present.Contains('\'')) return null;
        string? verb = present.EndsWith('s') ? VerbForms.BaseOfThirdPerson(present, context) : present;
        return verb is null ? null : VerbForms.Past(verb, context);
    }

    private static string MatchCase(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
}
