using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

public sealed class ThenThan : Rule
{
    /// <summary>Comparatives without -er, and words that take "than" (other than, rather than).</summary>
    private static readonly HashSet<string> Comparatives =
        ["more", "less", "fewer", "better", "worse", "rather", "other", "else", "further", "farther", "older", "elder"];

    /// <summary>After "than" and a subject, the verb of a comparison clause (than he was, than I expected).</summary>
    private static readonly HashSet<string> ComparisonVerbs =
    [
        "was", "were", "is", "are", "am", "did", "does", "do", "had", "has", "have", "could", "would", "can", "will", "should",
        "might", "used", "expected", "thought", "imagined", "remembered", "feared", "hoped", "realized", "needed", "wanted",
        "looked", "seemed", "ever", "usually",
    ];

    private static readonly HashSet<string> Subjects = ["i", "he", "she", "we", "they", "you", "it"];

    /// <summary>How far back a comparative is looked for before "than": keeps the rule linear on a runaway sentence.</summary>
    private const int ScanLimit = 40;

    /// <summary>After "than" alone: what a comparison compares with (than ever, than anyone, than usual).</summary>
    private static readonly HashSet<string> ComparedWith =
    [
        "ever", "usual", "before", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "expected",
        "normal", "necessary", "needed", "him", "her", "me", "us", "them",
    ];

    public override RuleInfo Info { get; } = new(
        "GL5006", "then-than", Category.RealWord, Severity.Warning,
        "\u201cthen\u201d after a comparative where \u201cthan\u201d is meant (taller then he was), or \u201cthan\u201d " +
        "starting the next step of a story (and than we left).",
        Help: "After a comparative (taller, colder, more money, better) \u201cthen\u201d followed by a subject and the verb of a " +
              "comparison (he was, I expected) or by ever, usual, anyone, him, is a slip for \u201cthan\u201d. \u201cthan\u201d after " +
              "a comma or \u201cand\u201d, with no comparative before it, followed by a subject and a past verb or by a past verb, " +
              "is a slip for \u201cthen\u201d. A comma before \u201cthen\u201d (it got colder, then it rained) is narration and left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The river was wider then it had looked from the hill.", "The river was wider than it had looked from the hill."),
        Example.Flag("He owed more money then he could repay.", "He owed more money than he could repay."),
        Example.Flag("She sang better then ever that night.", "She sang better than ever that night."),
        Example.Flag("The climb was rockier then anyone had said.", "The climb was rockier than anyone had said.", "a comparative the tagger reads as a noun"),
        Example.Keep("We paid the builder then he left.", "a noun in -er"),
        Example.Flag("We locked the shed, than we drove into town.", "We locked the shed, then we drove into town."),
        Example.Keep("It got colder, then it started to snow.", "a comma: the next step of the story"),
        Example.Flag("\"Than we'll need a bigger boat,\" he said.", "\"Then we'll need a bigger boat,\" he said."),
        Example.Flag("Than I saw the light in the window.", "Then I saw the light in the window."),
        Example.Keep("\"Bigger than what?\" \"Than anything you have seen.\"", "a reply that finishes a comparison"),
        Example.Keep("We finished the painting and then we ate.", "then as a time word"),
        Example.Keep("Nobody was quicker than she was.", "than already"),
        Example.Keep("The longer we waited, the later it got, and then we left.", "then after and"),
    ];

    /// <summary>Reads one sentence at a time.</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var cues = CueWords.Of(context);
        HashSet<int>? questioned = null;
        foreach (int t in cues.TokensWith(CueWords.Cue.ThenThan))
        {
            var word = text.Word(t);
            if (word is not ("then" or "than")) continue;
            // The context model (GL5001) may have questioned the same word already: one flag is enough.
            questioned ??= RealWordFindings.Of(context).Items.Select(f => f.FirstToken).ToHashSet();
            if (questioned.Contains(t)) continue;
            if (word == "then" && IsComparison(text, t)) Report(context, sink, t, "than");
            else if (word == "than" && StartsNextStep(text, t)) Report(context, sink, t, "then");
        }
    }

    private void Report(CheckContext context, DiagnosticSink sink, int t, string replacement) =>
        ConfusionRule.ReportSlip(Info, context, sink, t, replacement);

    /// <summary>"taller then he was", "more money then she did", "better then ever".</summary>
    private static bool IsComparison(GrammarText text, int t)
    {
        int previous = text.Previous(t);
        if (previous < 0 || text.Word(previous) is null || !IsComparativeBefore(text, previous)) return false;
        int next = text.Next(t);
        if (next < 0 || text.Word(next) is not { } after) return false;
        if (ComparedWith.Contains(after)) return true;
        if (!Subjects.Contains(after)) return false;
        int verb = text.Next(next);
        return verb >= 0 && text.Word(verb) is { } v && (ComparisonVerbs.Contains(v) || v.StartsWith('\''));
    }

    /// <summary>A comparative right before, or more/less and a word before that (more money then).</summary>
    private static bool IsComparativeBefore(GrammarText text, int p)
    {
        if (IsComparative(text, p)) return true;
        int before = text.Previous(p);
        return before >= 0 && text.Word(before) is "more" or "less" or "fewer" && text.Tagged(p).Head is Pos.Noun or Pos.Adj or Pos.Adv;
    }

    private static bool IsComparative(GrammarText text, int t) =>
        text.Word(t) is { } word && (Comparatives.Contains(word) || word.Length >= 5 && DegreeForms.IsInflected(text, t, "er"));

    /// <summary>A comparative, or a word that takes "than" or "as", earlier in the sentence of <paramref name="t"/>
    /// (sooner ... than, rather ... than), looking back at most <see cref="ScanLimit"/> tokens.</summary>
    internal static bool HasComparativeBefore(GrammarText text, int t)
    {
        var sentence = text.Manuscript.SentenceOf(t);
        for (int p = t - 1; p >= sentence.FirstToken && p >= t - ScanLimit; p--)
            if ((IsComparative(text, p) || text.Word(p) is "as" or "same" or "different" or "differently" or "sooner")) return true;
        return false;
    }

    /// <summary>"Than we'll need a boat." A sentence (or a line of speech) cannot open with a comparison's "than"
    /// followed by a subject and its verb: it is the next step. A bare "Than what?" is left alone.</summary>
    private static bool OpensSentenceWithSubject(GrammarText text, int t)
    {
        if (!text.OpensSentence(t)) return false;
        int subject = text.Next(t);
        if (text.Word(subject) is not { } word) return false;
        var tags = text.Tagged(subject);
        if (word.Contains('\'') && tags.Head == Pos.Pron && text.Next(subject) >= 0) return true;   // we'll, I'd, they're
        if (!Subjects.Contains(word)) return false;
        int verb = text.Next(subject);
        return verb >= 0 && (text.Tagged(verb).IsVerb && text.Tagged(verb).Head != Pos.Vbg || text.Tags(verb).Top == Pos.Md);
    }

    /// <summary>", than we walked" or "and than turned": the next step of a story, with no comparative before it.</summary>
    private static bool StartsNextStep(GrammarText text, int t)
    {
        if (t == 0) return OpensSentenceWithSubject(text, t);
        bool afterComma = text.Tokens[t - 1].Kind == Document.TokenKind.Punctuation && text.Manuscript.Text[text.Tokens[t - 1].Start] == ','
            && text.Manuscript.SentenceOf(t - 1).Index == text.Manuscript.SentenceOf(t).Index;
        if (!afterComma && text.Word(text.Previous(t)) != "and") return OpensSentenceWithSubject(text, t);
        if (HasComparativeBefore(text, t)) return false;
        int next = text.Next(t);
        if (next < 0) return false;
        if (Subjects.Contains(text.Word(next)!) && text.Word(next) != "it") next = text.Next(next);
        return next >= 0 && text.Tagged(next).Head == Pos.Vbd;
    }
}
