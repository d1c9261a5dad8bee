using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>A second negative in a negated clause of narration (didn't have no idea → didn't have any idea). In speech
/// it is the character's voice and is left alone.</summary>
public sealed class DoubleNegative : Rule
{
    private static readonly Dictionary<string, string> AnyForm = new(StringComparer.Ordinal)
    {
        ["no"] = "any", ["nothing"] = "anything", ["nobody"] = "anybody", ["nowhere"] = "anywhere",
    };

    /// <summary>"no" before these is a comparative or a set phrase, not a determiner (didn't stay no longer is rare;
    /// can't help it, no matter what).</summary>
    private static readonly HashSet<string> NotADeterminer = new(StringComparer.Ordinal)
    {
        "more", "less", "longer", "sooner", "later", "fewer", "matter", "doubt", "one", "way",
    };

    private const int MaxWordsBetween = 3;

    public override RuleInfo Info { get; } = new(
        "GL4025", "double-negative", Category.Agreement, Severity.Warning,
        "A second negative in a negated clause: didn't have any idea, not didn't have no idea.",
        Help: "In standard English one negative is enough: `He didn't say nothing` → `He didn't say anything`; `I never had " +
              "no choice` → `I never had any choice`. Checked in narration only: in dialogue a double negative is the " +
              "character's voice. A negative right after *not* (`It's not nothing`) is an understatement and is left alone, " +
              "and so is *no* in a comparison or a set phrase (no more, no longer, no matter).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I didn't have no idea what she meant.", "I didn't have any idea what she meant."),
        Example.Flag("He did not make no progress that winter.", "He did not make any progress that winter."),
        Example.Flag("She never told him nothing about the farm.", "She never told him anything about the farm."),
        Example.Flag("We couldn't find nobody at the station.", "We couldn't find anybody at the station."),
        Example.Keep("\u201cI ain't done nothing,\u201d he said.", "speech: the character's voice"),
        Example.Keep("It was not nothing, that kiss.", "an understatement"),
        Example.Keep("He couldn't stay no longer than an hour."),
        Example.Keep("She didn't cry, no matter how they teased her."),
        Example.Keep("I didn't answer, and nobody asked again.", "a new clause"),
        Example.Keep("They didn't go for nothing.", "for nothing: in vain"),
        Example.Keep("There were not merely no flowers but no leaves.", "an adverb after not"),
        Example.Keep("Whatever he did not know was no business of hers.", "a new clause begins at was"),
        Example.Keep("If you can't then nobody can.", "an adverb between"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } word || !IsNegator(word) || tokens[t].Is(Document.TokenFlags.InSpeech)) continue;
            int between = 0;
            for (int w = text.Next(t); w >= 0 && between <= MaxWordsBetween; w = text.Next(w))
            {
                var candidate = text.Word(w)!;
                if (AnyForm.TryGetValue(candidate, out var any))
                {
                    if (between > 0 && IsSecondNegative(text, w, candidate)) Report(context, sink, w, any);
                    break;
                }
                if (!MayStandBetween(text, w, candidate)) break;
                between++;
            }
        }
    }

    /// <summary>The words of a verb phrase between the negator and its object: verbs other than the finite be forms
    /// (did not know was no concern starts a new clause), "to", and object pronouns (never told him nothing). An
    /// adverb stops the search: not merely no, not quite nothing, not only are there no.</summary>
    private static bool MayStandBetween(GrammarText text, int w, string word)
    {
        if (word is "to" or "him" or "her" or "them" or "me" or "us" or "you" or "it" or "be" or "been") return true;
        if (word is "is" or "was" or "were" or "are" or "am") return false;
        return text.Tagged(w).IsVerb && !text.Is(w, WordClass.Subordinator);
    }

    private static bool IsNegator(string word) => word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal)
        || word is "didnt" or "dont" or "doesnt" or "cant" or "couldnt" or "wouldnt" or "wasnt" or "isnt" or "wont" or "hadnt" or "havent";

    private static bool IsSecondNegative(GrammarText text, int w, string candidate)
    {
        if (text.Word(text.Previous(w)) is "for") return false;   // not for nothing
        if (candidate != "no") return true;
        int next = text.Next(w);
        return next >= 0 && !NotADeterminer.Contains(text.Word(next)!) && text.Tagged(next).Head is Pos.Noun or Pos.Adj;
    }

    private void Report(CheckContext context, DiagnosticSink sink, int w, string any)
    {
        var token = context.Manuscript.Tokens[w];
        var written = context.Manuscript.StringOf(token);
        var fix = ConfusionRule.MatchStyle(written, any, curlyApostrophes: false);
        sink.Report(Info, token.Span, $"The clause is already negative: \u201c{fix}\u201d, not \u201c{written}\u201d.", Fix.Replace(token.Span, fix));
    }
}
