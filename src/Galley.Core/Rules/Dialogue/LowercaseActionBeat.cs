using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Dialogue;

public sealed class LowercaseActionBeat : Rule
{
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "he", "she", "they", "we", "you" };

    /// <summary>Verbs of thought and of expression that writers use as tags ("Why?" she thought / she smiled): a house
    /// style, not a slip, so they are left alone.</summary>
    private static readonly HashSet<string> TagLikeVerbs = new(StringComparer.Ordinal)
    {
        "think", "thinks", "thought", "wonder", "wonders", "wondered", "hope", "hopes", "hoped", "guess", "guesses", "guessed",
        "realize", "realizes", "realized", "realise", "realises", "realised", "know", "knows", "knew",
        "smile", "smiles", "smiled", "grin", "grins", "grinned", "smirk", "smirks", "smirked", "nod", "nods", "nodded",
        "shrug", "shrugs", "shrugged", "laugh", "laughs", "laughed", "chuckle", "chuckles", "chuckled", "giggle", "giggles",
        "giggled", "snort", "snorts", "snorted", "scoff", "scoffs", "scoffed", "sneer", "sneers", "sneered", "frown", "frowns",
        "frowned", "beam", "beams", "beamed", "wink", "winks", "winked", "huff", "huffs", "huffed", "sniff", "sniffs", "sniffed",
    };

    public override RuleInfo Info { get; } = new(
        "GL2007", "lowercase-action-beat", Category.Dialogue, Severity.Warning,
        "An action after a question or exclamation in quotes is a new sentence and starts with a capital.",
        Help: "After `?\"` or `!\"` a speech tag goes on in lowercase (`\"Why?\" she asked.`), but an action beat is a sentence " +
              "of its own: `\"Can you hold this?\" She hands me the box.` Flagged when a pronoun (he, she, they, we, you) follows " +
              "the quote and its verb is not a verb of speaking; verbs of thought and expression that writers often use as " +
              "tags (she thought, he smiled, she shrugged) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Are you coming or not?\" he pulls on his boots.", "\"Are you coming or not?\" He pulls on his boots."),
        Example.Flag("\"Watch out!\" she suddenly yanked me back from the kerb.", "\"Watch out!\" She suddenly yanked me back from the kerb."),
        Example.Keep("\"Why?\" she asked.", "a speech tag"),
        Example.Keep("\"Really?\" he whispered, stepping closer.", "a speech tag"),
        Example.Keep("\"Is that all?\" she thought.", "a verb of thought used as a tag"),
        Example.Keep("\"You're late!\" he grinned.", "an expression verb used as a tag: a house style"),
        Example.Keep("\"Are you coming?\" He pulls on his boots.", "already a new sentence"),
    ];

    /// <summary>Reads only the quotation and the words right after it in its paragraph.</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var text = GrammarText.Of(context);
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed || q.CloseToken <= q.OpenToken + 1) continue;
            var mark = m.Tokens[q.CloseToken - 1];
            if (mark.Kind != TokenKind.Punctuation || m.Text[mark.Start] is not ('?' or '!')) continue;
            int subject = q.CloseToken + 1;
            var paragraph = m.Paragraphs[q.Paragraph];
            if (subject >= paragraph.FirstToken + paragraph.TokenCount || !m.Tokens[subject].IsWord) continue;
            if (!Subjects.Contains(m.StringOf(m.Tokens[subject]))) continue;   // lowercase only: "She" is already right
            int verb = text.Next(subject), adverbs = 0;
            while (verb >= 0 && adverbs < 2 && text.Word(verb) is { } w && (FunctionWords.MidAdverbs.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && text.Tagged(verb).Head == Pos.Adv))
            {
                verb = text.Next(verb);
                adverbs++;
            }
            if (verb < 0 || !IsActionVerb(context, text, verb)) continue;
            var pronoun = m.Tokens[subject];
            var written = m.StringOf(pronoun);
            sink.Report(Info, pronoun.Span, "An action after the speech starts a new sentence: write it with a capital.",
                Fix.Replace(pronoun.Span, char.ToUpperInvariant(written[0]) + written[1..]));
        }
    }

    /// <summary>A finite verb (grabs, pulled, hands) that is neither a verb of speaking nor one writers use as a tag.</summary>
    private static bool IsActionVerb(CheckContext context, GrammarText text, int t)
    {
        if (text.Word(t) is not { } word || TagLikeVerbs.Contains(word) || SpeechTags.IsSpeechVerb(context, t)) return false;
        if (text.Tagged(t).Head is Pos.Vbd or Pos.Vbz or Pos.Vbp) return true;
        // After a subject pronoun a word that can be a finite verb is one, whatever the tagger made of it (she hands me).
        var tags = text.Tags(t);
        if (tags.Count(Pos.Vbd) + tags.Count(Pos.Vbz) + tags.Count(Pos.Vbp) > 0) return true;
        // Brown saw "hands" only as a noun; its stem "hand" is also a verb, so "she hands" is the verb's -s form.
        if (word.Length < 4 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal)) return false;
        var stem = WordTags.Of(word.AsSpan(0, word.Length - 1));
        return stem.Count(Pos.Vb) + stem.Count(Pos.Vbp) > 0;
    }
}
