using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

public sealed class TooMuch : Rule
{
    /// <summary>Before these, "to much/many" can only be "too": a form of be (was to much) or a degree word (way to many).</summary>
    private static readonly HashSet<string> DegreeSlots =
    [
        "is", "was", "were", "are", "am", "be", "been", "being", "it's", "that's", "there's", "way", "far", "just", "simply",
        "already", "all", "much", "slightly", "little", "bit", "one", "getting", "got", "becoming", "became",
    ];

    /// <summary>Verbs that take "to much" as a preposition and its object: it didn't amount to much.</summary>
    private static readonly HashSet<string> ToMuchVerbs =
    [
        "amount", "amounts", "amounted", "amounting", "come", "comes", "came", "coming", "add", "adds", "added", "adding",
        "count", "counts", "counted", "lead", "leads", "led", "mean", "means", "meant", "up", "used", "point", "pointed",
    ];

    public override RuleInfo Info { get; } = new(
        "GL5005", "to-for-too", Category.RealWord, Severity.Warning,
        "\u201cto\u201d where \u201ctoo\u201d is meant: it was to much, to late to run, gone to far.",
        Help: "Flagged where \u201cto\u201d cannot be the preposition: after a form of be or a degree word (was to much, way to " +
              "many people), or \u201cto much\u201d after a verb at the end of a clause or before \u201cfor\u201d (she talks to " +
              "much); and before a plain adjective or adverb of degree that ends the clause or takes *to* or *for* (it was to late " +
              "to run, we went to far, to good to be true). \u201cWe drove to many places\u201d, \u201cit didn't amount to " +
              "much\u201d, \u201cfrom green to red\u201d and \u201cto early mass\u201d are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The noise was to much for the baby.", "The noise was too much for the baby."),
        Example.Flag("There were way to many boxes in the van.", "There were way too many boxes in the van."),
        Example.Flag("He worries to much, his sister says.", "He worries too much, his sister says."),
        Example.Flag("It was to late to run.", "It was too late to run."),
        Example.Flag("I think we went to far.", "I think we went too far."),
        Example.Flag("The offer seemed to good to be true.", "The offer seemed too good to be true."),
        Example.Flag("She knew him to well to argue.", "She knew him too well to argue."),
        Example.Keep("Tears began to well in her eyes.", "well as a verb"),
        Example.Keep("The light changed from green to red.", "a colour, after from"),
        Example.Keep("She drove to early mass.", "a noun after the adjective"),
        Example.Keep("We sent postcards to many friends that winter.", "the preposition to before a noun phrase"),
        Example.Keep("The old plan never amounted to much.", "a verb that takes to much"),
        Example.Keep("She explained it to many of the guests.", "to many of them"),
    ];

    /// <summary>Reads only the words around each "to".</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        var m = context.Manuscript;
        HashSet<int>? questioned = null;
        foreach (int t in CueWords.Of(context).TokensWith(CueWords.Cue.To))
        {
            if (text.Word(t) != "to") continue;
            int quantity = text.Next(t);
            if (quantity >= 0 && IsDegreeSlip(text, t, quantity))
            {
                questioned ??= RealWordFindings.Of(context).Items.Select(f => f.FirstToken).ToHashSet();
                if (!questioned.Contains(t)) ReportToo(m, sink, tokens, t, quantity);
                continue;
            }
            if (quantity < 0 || text.Word(quantity) is not ("much" or "many")) continue;
            int previous = text.Previous(t);
            if (previous < 0 || text.Word(previous) is not { } before) continue;
            bool slip = DegreeSlots.Contains(before) && !(text.Word(text.Next(quantity)) == "of");
            if (!slip && text.Word(quantity) == "much" && text.Tagged(previous).IsVerb && !ToMuchVerbs.Contains(before))
            {
                int after = quantity + 1;
                slip = after >= tokens.Length || m.SentenceOf(after) != m.SentenceOf(quantity)
                    || tokens[after].Kind == Document.TokenKind.Punctuation && m.Text[tokens[after].Start] is ',' or '.' or ';' or '!' or '?'
                    || text.Next(quantity) >= 0 && text.Word(text.Next(quantity)) == "for";
            }
            if (!slip) continue;
            // The context model (GL5001) may have questioned the same word already: one flag is enough.
            questioned ??= RealWordFindings.Of(context).Items.Select(f => f.FirstToken).ToHashSet();
            if (questioned.Contains(t)) continue;
            ReportToo(m, sink, tokens, t, quantity);
        }
    }

    private void ReportToo(Document.Manuscript m, DiagnosticSink sink, Document.Token[] tokens, int t, int word)
    {
        var written = m.StringOf(tokens[t]);
        sink.Report(Info, tokens[t].Span, $"\u201c{written} {m.StringOf(tokens[word])}\u201d: \u201ctoo\u201d is meant here.",
            Fix.Replace(tokens[t].Span, char.IsUpper(written[0]) ? "Too" : "too"));
    }

    /// <summary>"to" before a word of degree that ends the clause or takes "to"/"for" after it (it was to late to
    /// run, we went to far, to good to be true, to big for me): only "too" fits. The words are those that pair with
    /// "too" and are neither verbs nor nouns, so "to faint", "to long for" and "back to normal" never match; a noun after
    /// (to early mass) or "up to", "back to", "from … to" before leave "to" alone.</summary>
    private static bool IsDegreeSlip(GrammarText text, int to, int word)
    {
        if (text.Word(word) is not { } degree || !DegreeWords.Contains(degree)) return false;
        if (text.Previous(to) is int before and >= 0 && text.Word(before) is "up" or "back" or "down" or "out" or "as" or "next" or "close" or "near" or "due" or "from" or "according")
            return false;
        for (int back = text.Previous(to), steps = 0; back >= 0 && steps < 3; back = text.Previous(back), steps++)
            if (text.Word(back) == "from") return false;   // from young to old
        int after = text.Next(word);
        if (after < 0) return word + 1 >= text.Tokens.Length || !text.Tokens[word + 1].IsWord;   // the clause ends
        return text.Word(after) is "to" or "for" && text.Next(after) is int then and >= 0 && text.Word(then) is not ("the" or "a" or "an");
    }

    private static readonly HashSet<string> DegreeWords =
    [
        "late", "early", "soon", "far", "good", "big", "small", "short", "hard", "tired", "busy", "young", "old", "cold", "hot",
        "fast", "loud", "scared", "afraid", "weak", "heavy", "expensive", "easy", "difficult", "dangerous", "proud", "drunk",
        "sick", "sleepy", "lazy", "stubborn", "shy", "nervous", "exhausted", "often", "quickly", "slowly", "tight", "deep",
        "thin", "fat", "tall", "wide", "narrow", "bright", "sweet", "strong", "rich", "poor", "ugly", "beautiful", "happy",
        "sad", "angry", "upset", "worried", "excited", "eager", "frightened", "embarrassed", "ashamed", "well", "bad", "hungry",
        "dark", "slow", "careful", "clever", "quiet",
    ];
}
