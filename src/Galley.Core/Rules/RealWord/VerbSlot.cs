using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;

namespace Galley.Rules.RealWord;

/// <summary>A noun or adjective where the grammar needs the verb it is confused with: after a modal, "do" or an
/// infinitive "to" (to loose → to lose, can't breath → can't breathe), or right after a subject pronoun
/// (he past → he passed).</summary>
public sealed class VerbSlot : Rule
{
    /// <summary>Words that are (almost) never verbs, and the verb they are confused with.</summary>
    private static readonly Dictionary<string, string> BaseVerbOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["loose"] = "lose", ["breath"] = "breathe",
    };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "he", "she", "we", "they" };

    private static readonly HashSet<string> DoForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "do", "does", "did", "don't", "doesn't", "didn't", "don\u2019t", "doesn\u2019t", "didn\u2019t",
    };

    /// <summary>The words this rule looks at (<see cref="CueWords"/>).</summary>
    internal static IEnumerable<string> Words => BaseVerbOf.Keys.Append("past");

    public override RuleInfo Info { get; } = new(
        "GL5004", "verb-slot-confusion", Category.RealWord, Severity.Warning,
        "A noun or adjective where a verb must stand (to loose → to lose, can't breath → can't breathe, he past → he passed).",
        Help: "After a modal (can, will, must…), a form of \u201cdo\u201d, or \u201cto\u201d following a verb, English needs a verb: "
              + "\u201close\u201d and \u201cbreathe\u201d, not \u201cloose\u201d and \u201cbreath\u201d. "
              + "Right after a subject pronoun, \u201cpast\u201d is the verb \u201cpassed\u201d. Fixed idioms that put these words "
              + "after \u201cto\u201d as a preposition (from breath to breath) are not flagged because the word before \u201cto\u201d must be a verb.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I was about to loose my temper.", "I was about to lose my temper."),
        Example.Flag("Don't loose your nerve now.", "Don't lose your nerve now."),
        Example.Flag("I couldn't breath in the smoke.", "I couldn't breathe in the smoke."),
        Example.Flag("She wanted to breath the sea air.", "She wanted to breathe the sea air."),
        Example.Flag("He past the old church without a glance.", "He passed the old church without a glance."),
        Example.Keep("The dog broke loose and ran."),
        Example.Keep("She held her breath until the end."),
        Example.Keep("He walked past the old church."),
        Example.Keep("They let the horses loose in the field."),
        Example.Keep("It was close to breath-taking."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        var tokens = manuscript.Tokens;
        var cues = CueWords.Of(context);
        PosTags? tags = null;
        foreach (int t in cues.TokensWith(CueWords.Cue.VerbSlot))
        {
            if (t < 1 || !tokens[t].IsWord || !tokens[t - 1].IsWord || tokens[t].Is(TokenFlags.InMention)) continue;
            var word = manuscript.TextOf(tokens[t]);
            string? fix = null;
            if (BaseVerbOf.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var verb))
            {
                tags ??= PosTags.Of(context);
                if (WantsBaseVerb(manuscript, tags, t)) fix = verb;
            }
            else if (word.Equals("past", StringComparison.OrdinalIgnoreCase)
                     && SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(manuscript.TextOf(tokens[t - 1]))
                     && manuscript.SentenceOf(t - 1) == manuscript.SentenceOf(t))
                fix = "passed";
            if (fix is null) continue;
            fix = ConfusionRule.MatchStyle(word.ToString(), fix, curlyApostrophes: false);
            var span = tokens[t].Span;
            sink.Report(Info, span, $"A verb is needed here: \u201c{fix}\u201d, not \u201c{word}\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>After a modal, a form of "do" (not + optional), or an infinitive "to" that follows a verb or "about".</summary>
    private static bool WantsBaseVerb(Manuscript manuscript, PosTags tags, int t)
    {
        var tokens = manuscript.Tokens;
        int before = t - 1;
        if (manuscript.SentenceOf(before) != manuscript.SentenceOf(t)) return false;
        var previous = manuscript.TextOf(tokens[before]);
        if (previous.Equals("not", StringComparison.OrdinalIgnoreCase) && before > 0 && tokens[before - 1].IsWord)
            previous = manuscript.TextOf(tokens[--before]);
        if (tags[before].Head == Pos.Md || DoForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous)) return true;
        if (!previous.Equals("to", StringComparison.OrdinalIgnoreCase) || before == 0 || !tokens[before - 1].IsWord) return false;
        var verb = tags[before - 1];
        return verb.IsVerb || manuscript.TextOf(tokens[before - 1]).Equals("about", StringComparison.OrdinalIgnoreCase);
    }
}
