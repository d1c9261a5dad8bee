using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.RealWord;

public sealed class WrongPhrase : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL5008", "wrong-phrase", Category.RealWord, Severity.Warning,
        "A set phrase with a wrong word in it: sneak peak, change tact, for all intensive purposes, accused him for lying.",
        Help: "Idioms are learned by ear, so a word that sounds right slips in (`baited breath`, `spinal chord`, `nip it in the " +
              "butt`), and some phrases take one preposition only (`accused of`, `good at`). The phrases come from " +
              "data/phrases.tsv, each a wrong form and its correction, with any form of a verb matched (`changed tact` → " +
              "`changed tack`). A slip of the ear is wrong in speech as in narration; a construction a character may say on " +
              "purpose (`accuse him for`) is only a hint inside dialogue.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The crew got a sneak peak at the new ship.", "The crew got a sneak peek at the new ship."),
        Example.Flag("Halfway across, she changed tact.", "Halfway across, she changed tack."),
        Example.Flag("We waited with baited breath.", "We waited with bated breath."),
        Example.Flag("For all intensive purposes, the war was over.", "For all intents and purposes, the war was over."),
        Example.Flag("The storm wrecked havoc on the coast.", "The storm wreaked havoc on the coast."),
        Example.Flag("They accused the cook for stealing.", "They accused the cook of stealing."),
        Example.Flag("\"It was a sneak peak,\" she said.", "\"It was a sneak peek,\" she said.", "A slip of the ear is the writer's, in speech too."),
        Example.Flag("The boys laughed of him all evening.", "The boys laughed at him all evening.", "one of a list of words (him|her|them) kept as written"),
        Example.Flag("We rented two rooms in the third floor.", "We rented two rooms on the third floor."),
        Example.Keep("Smoke rose from a window in the third floor flat.", "the phrase goes on as another one (a -flat|room list)"),
        Example.Keep("She took a peek at the peak.", "each word right where it stands"),
        Example.Keep("The ship changed course and tacked north."),
        Example.Keep("He was accused of stealing the cook's knife."),
        Example.Keep("The Sneak Peak was a bar on Fifth Street.", "a capitalized name"),
        Example.Flag("I could care less what they think.", "I couldn't care less what they think."),
        Example.Flag("After supper she laid down on the sofa.", "After supper she lay down on the sofa.", "laid with no object: lay"),
        Example.Keep("He laid down his tools and left.", "laid with an object"),
        Example.Keep("The rules were laid down in the charter.", "a passive"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        var table = PhraseTable.Default;
        var matched = new List<int>();
        int coveredUntil = -1;   // "an escape goat" is one finding, not two (an escape goat, escape goat)
        for (int t = 0; t < tokens.Length; t++)
        {
            if (t <= coveredUntil || text.Word(t) is not { } first) continue;
            foreach (var entry in table.StartingWith(first))
            {
                if (!Matches(text, t, entry.Wrong, matched)) continue;
                Report(context, text, entry, matched, sink);
                coveredUntil = matched[^1];
                break;
            }
        }
    }

    private static bool Matches(GrammarText text, int start, PhraseTable.Part[] pattern, List<int> matched)
    {
        matched.Clear();
        int t = start;
        foreach (var part in pattern)
        {
            // the phrase must not go on with one of these words, or a name; at the end of the clause it does not go on
            if (part.Kind == PhraseTable.Kind.NotFollowedBy)
                return t < 0 || text.Word(t) is not { } next
                    || !part.Words!.Contains(next) && !(text.Tokens[t].Is(TokenFlags.Capitalized) && next != "i");
            if (t < 0 || text.Word(t) is not { } word) return false;
            bool ok = part.Kind switch
            {
                PhraseTable.Kind.Literal => word == part.Word,
                PhraseTable.Kind.Verb => VerbForms.IsFormOf(word, part.Word),
                PhraseTable.Kind.AnyExcept => !part.Words!.Contains(word),
                PhraseTable.Kind.OneOf => part.Words!.Contains(word),
                // an -ing verb, not "everything" or "morning"
                PhraseTable.Kind.Gerund => word.EndsWith("ing", StringComparison.Ordinal) && text.Tags(t).Share(Pos.Vbg) >= 0.5,
                _ => true,
            };
            if (!ok) return false;
            matched.Add(t);
            t = text.Next(t);
        }
        return true;
    }

    private void Report(CheckContext context, GrammarText text, PhraseTable.Entry entry, List<int> matched, DiagnosticSink sink)
    {
        var tokens = text.Tokens;
        var written = matched.Select(t => text.Word(t)!).ToArray();
        var right = Render(context, entry, written);
        // Only the words that differ are flagged and replaced: "changed tact" → "tack".
        int prefix = 0, suffix = 0;
        while (prefix < written.Length && prefix < right.Length && written[prefix] == right[prefix]) prefix++;
        while (suffix < written.Length - prefix && suffix < right.Length - prefix && written[^(suffix + 1)] == right[^(suffix + 1)]) suffix++;
        if (prefix == written.Length && prefix == right.Length) return;
        // A word left out or added is shown with its neighbour (the next word, where there is one), so the span and
        // the fix are never empty: "grind to halt" → "a halt".
        if (prefix == written.Length - suffix || prefix == right.Length - suffix)
        {
            if (suffix > 0) suffix--;
            else prefix--;
        }
        int from = matched[prefix], to = matched[written.Length - suffix - 1];
        // The Sneak Peak is a name, and "call it QUIT" a quoted command; ALL OF THE SUDDEN is only shouted.
        bool shouted = matched.All(t => IsAllCaps(context.Manuscript.StringOf(tokens[t])) || context.Manuscript.StringOf(tokens[t]) is "A" or "I");
        for (int t = from; t <= to && !shouted; t++)
            if (tokens[t].Is(TokenFlags.Capitalized) && !tokens[t].Is(TokenFlags.SentenceStart) && !tokens[t].Is(TokenFlags.SpeechStart) && text.Word(t) != "i")
                return;
        var span = TextSpan.FromBounds(tokens[from].Start, tokens[to].End);
        string replacement = ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[from]), string.Join(' ', right[prefix..^suffix]), curlyApostrophes: false);
        string phrase = string.Join(' ', right.Select(w => w == "i" ? "I" : w));   // words are matched in lowercase; the pronoun is not
        string message = $"The phrase is \u201c{phrase}\u201d." + (entry.Note.Length > 0 ? $" {entry.Note}" : "");
        var severity = entry.Usage ? SubjectPronoun.SeverityAt(tokens[from], Info.Severity) : Info.Severity;
        sink.Report(Info, span, message, severity, Fix.Replace(span, replacement));
    }

    /// <summary>The right phrase with the writer's own words where the pattern kept them: a <c>*</c> word as written, a
    /// verb in the form it was written in (wrecked → wreaked).</summary>
    private static string[] Render(CheckContext context, PhraseTable.Entry entry, string[] written)
    {
        var anyWords = new Queue<string>();
        var verbs = new Queue<(string Verb, string Written)>();
        for (int i = 0; i < written.Length; i++)   // a last -word list matched no word
        {
            if (PhraseTable.Keeps(entry.Wrong[i].Kind)) anyWords.Enqueue(written[i]);
            else if (entry.Wrong[i].Kind == PhraseTable.Kind.Verb) verbs.Enqueue((entry.Wrong[i].Word, written[i]));
        }
        return entry.Right.Select(part => part.Kind switch
        {
            var kind when PhraseTable.Keeps(kind) => anyWords.Count > 0 ? anyWords.Dequeue() : "",
            PhraseTable.Kind.Verb => verbs.Count > 0 && verbs.Dequeue() is var (verb, form) ? VerbForms.Reinflect(form, verb, part.Word, context) : part.Word,
            _ => part.Word,
        }).Where(w => w.Length > 0).ToArray();
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

}
