using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Punctuation;

/// <summary>A sentence opening with a linking word or phrase (However, For example, In my opinion) and no comma after it.</summary>
public sealed class CommaAfterIntroduction : Rule
{
    /// <summary>Openers, as lowercase word sequences, that take a comma when they open a sentence. Not so, then, also,
    /// of course, meanwhile or besides, which fiction often runs on without one (Of course he came.).</summary>
    private static readonly string[][] Openers =
    [
        ["however"], ["for", "example"], ["for", "instance"], ["in", "other", "words"], ["on", "the", "other", "hand"],
        ["in", "my", "opinion"], ["in", "conclusion"], ["in", "summary"], ["to", "sum", "up"],
        ["moreover"], ["furthermore"], ["nevertheless"], ["nonetheless"], ["consequently"], ["firstly"], ["secondly"],
        ["thirdly"], ["lastly"], ["additionally"], ["first", "of", "all"], ["as", "a", "result"], ["in", "addition"],
        ["thus"], ["hence"], ["therefore"], ["also"], ["second"], ["third"], ["yes"], ["no"], ["in", "fact"],
    ];

    /// <summary>Openers that may also be an adverb or adjective inside the clause (Thus began the war, Second place went
    /// to her, No one came): checked only before a determiner or a pronoun that starts the main clause.</summary>
    private static readonly HashSet<string> OnlyBeforeClauseStart = new(StringComparer.Ordinal)
    {
        "thus", "hence", "therefore", "also", "second", "third", "yes", "no",
    };

    /// <summary>Openers that edited fiction often leaves without a comma (Nevertheless he went): only a hint.</summary>
    private static readonly HashSet<string> OftenBare = new(StringComparer.Ordinal)
    {
        "moreover", "furthermore", "nevertheless", "nonetheless", "consequently", "firstly", "secondly", "thirdly", "lastly",
        "additionally", "first", "as", "in", "thus", "hence", "therefore", "also", "second", "third", "yes", "no",
    };

    public override RuleInfo Info { get; } = new(
        "GL6106", "comma-after-introduction", Category.Punctuation, Severity.Warning,
        "A comma after an opening linking word or phrase: However, she stayed.",
        Help: "A word or phrase that links a sentence to the one before (*however*, *moreover*, *for example*, *in my " +
              "opinion*, *on the other hand*, *of course*) is set off with a comma when it opens the sentence: `However " +
              "she stayed` → `However, she stayed`. *However* before an adjective or adverb means *to whatever degree* " +
              "(`However hard he tried`) and takes no comma; `Of course not` and `Besides me` are left alone. Openers " +
              "fiction often runs on (*so*, *then*, *finally*) are not checked, and *thus*, *also*, *yes*, *no*, *second* get " +
              "only a hint, and only before a determiner or pronoun that starts the clause (`Yes we can` but not `No one came`).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("However the door was locked.", "However, the door was locked."),
        Example.Flag("For example we could take the boat.", "For example, we could take the boat."),
        Example.Flag("On the other hand she had never lied to me.", "On the other hand, she had never lied to me."),
        Example.Keep("However, the door was locked."),
        Example.Keep("However hard he tried, the lid stayed shut.", "however before an adjective"),
        Example.Keep("However much it cost, she paid.", "however before much"),
        Example.Keep("However we go, we will be late.", "however opening a clause of its own"),
        Example.Keep("Of course he came.", "not checked: fiction runs it on"),
        Example.Flag("Yes we can take the boat.", "Yes, we can take the boat.", "a hint: fiction may run it on"),
        Example.Flag("Thus the matter ended.", "Thus, the matter ended.", "a hint"),
        Example.Keep("Thus began the long winter.", "thus before its verb"),
        Example.Keep("No one came to the door.", "no as a determiner"),
        Example.Keep("Second place went to the miller's boy.", "an ordinal before its noun"),
        Example.Keep("In addition to the rent, he owed me ten pounds.", "the phrase goes on"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (!token.IsWord || !text.OpensSentence(t)) continue;
            int last = MatchOpener(text, t);
            if (last < 0) continue;
            int next = text.Next(last);   // a word straight after, with no comma between
            if (next < 0 || !AllowsComma(text, t, last, next)) continue;
            var span = TextSpan.FromBounds(token.Start, tokens[last].End);
            var written = context.Text.AsSpan(span.Start, span.Length).ToString();
            var opener = text.Word(t)!;
            var severity = OftenBare.Contains(opener) && !(opener == "in" && text.Word(text.Next(t)) is "my" or "conclusion" or "summary") ? Severity.Info : Info.Severity;
            sink.Report(Info, span, $"Put a comma after \u201c{written}\u201d when it opens the sentence.", severity, Fix.Replace(span, written + ","));
        }
    }

    /// <summary>A comma later in the sentence of token t.</summary>
    private static bool CommaLater(GrammarText text, int t)
    {
        var sentence = text.Manuscript.SentenceOf(t);
        for (int k = t + 1; k < sentence.EndToken; k++)
            if (text.Tokens[k].Kind == Document.TokenKind.Punctuation && text.Manuscript.Text[text.Tokens[k].Start] == ',') return true;
        return false;
    }

    /// <summary>The last token of the opener starting at t, or -1.</summary>
    private static int MatchOpener(GrammarText text, int t)
    {
        foreach (var opener in Openers)
        {
            int k = t, i = 0;
            for (; i < opener.Length && k >= 0 && text.Word(k) == opener[i]; i++)
                if (i + 1 < opener.Length) k = text.Next(k);
            if (i == opener.Length) return k;
        }
        return -1;
    }

    /// <summary>The word after the opener starts the main clause, rather than continuing the opener (However hard,
    /// Besides me, In addition to, Of course not).</summary>
    private static bool AllowsComma(GrammarText text, int first, int last, int next)
    {
        var word = text.Word(next)!;
        var opener = text.Word(first)!;
        if (opener == "however" && (text.Tags(next).Top is Pos.Adj or Pos.Adv || word is "much" or "many" or "little" or "few" || text.Tagged(next).Head is Pos.Adj or Pos.Adv))
            return false;
        // However we start, we end…: however opening a clause of its own (in whatever way) has a comma after that clause
        if (opener == "however" && CommaLater(text, next)) return false;
        if (word is "to" or "of" or "not" or "that" or "with") return false;   // in addition to, of course not, that said that…
        if (OnlyBeforeClauseStart.Contains(opener) && (text.Tagged(next).Head is not (Pos.Det or Pos.Pron) || word.StartsWith("one", StringComparison.Ordinal) || word is "more" or "longer" or "doubt" or "matter" or "enough"))
            return false;
        // A sentence with nothing but the opener and one more word ("Of course not.") is a reply.
        return text.Next(next) >= 0;
    }
}
