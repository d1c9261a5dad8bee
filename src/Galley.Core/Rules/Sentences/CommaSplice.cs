using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Sentences;

public sealed class CommaSplice : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6004", "comma-splice", Category.Sentences, Severity.Info,
        "Two complete sentences joined only by a comma.",
        Help: "`My heart was racing, I had to breathe` joins two sentences with a comma. A full stop, a semicolon or a " +
              "conjunction (`and`, `so`) is the usual fix, but in fiction a splice is often a deliberate rhythm, so this is " +
              "only a hint, and never inside dialogue. Only clear cases are shown: a clause with its own verb before the comma " +
              "and a pronoun subject with its verb after it.",
        FixesAreSafe: false, AppliesInSpeech: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("My hands were shaking, I could not hold the cup.", "My hands were shaking. I could not hold the cup."),
        Example.Flag("The rain stopped, we walked home.", "The rain stopped. We walked home."),
        Example.Keep("When the rain stopped, we walked home.", "a subordinate clause before the comma"),
        Example.Keep("Turning around, she saw him.", "a participle phrase, not a clause"),
        Example.Keep("The plan, I think, was sound."),
        Example.Keep("\"It's late, we should go,\" she said.", "dialogue"),
        Example.Keep("The rain stopped, and we walked home."),
        Example.Flag("The door swung open, she didn't say a word.", "The door swung open. She didn't say a word.", "a negated verb of saying with its object"),
        Example.Keep("It was nothing, I don't think.", "an aside: I don't think"),
    ];

    /// <summary>"he was sure,", "she said to Carla", "I think.", "he could see.": an aside, not a second sentence.</summary>
    private static bool IsAside(CheckContext context, GrammarText text, int verb)
    {
        int second = text.Next(verb);
        if (IsAsideVerb(context, text.Word(verb)) || second >= 0 && IsAsideVerb(context, text.Word(second)) && EndsClause(text, second)) return true;
        if (second < 0 || text.Next(second) >= 0) return false;
        int after = second + 1;
        return after < text.Tokens.Length && text.Manuscript.ParagraphOf(after) == text.Manuscript.ParagraphOf(second) && text.Tokens[after].Kind == TokenKind.Punctuation && context.Text[text.Tokens[after].Start] == ',';
    }

    /// <summary>Nothing but a comma or the sentence's end after the word (I don't think, … / she didn't say.): an
    /// aside; "she didn't say a word" goes on as a sentence of its own.</summary>
    private static bool EndsClause(GrammarText text, int t)
    {
        int after = t + 1;
        var sentence = text.Manuscript.SentenceOf(t);
        return after >= sentence.EndToken || text.Tokens[after].Kind == TokenKind.Punctuation;
    }

    private static bool IsAsideVerb(CheckContext context, string? word) => word is not null
        && (context.Lexicon.Language.IsSpeechVerb(word) || word is "think" or "guess" or "suppose" or "reckon" or "bet" or "mean" or "swear" or "hope" or "see" or "say");

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        var cues = CueWords.Of(context);
        foreach (var sentence in context.Manuscript.Sentences)
        {
            if (sentence.TokenCount < 5 || tokens[sentence.FirstToken].Is(TokenFlags.InSpeech)) continue;
            bool leftHasVerb = false;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                if (token.Kind is TokenKind.Quote or TokenKind.Dash or TokenKind.Bracket) break;   // dialogue with its tag: the dialogue rules read it
                if (token.IsWord && (cues.Has(t, CueWords.Cue.ClauseBreak) || t == sentence.FirstToken && cues.Has(t, CueWords.Cue.OpenerBreak))) break;   // Had I known, …
                if (ClauseWords.IsFiniteVerb(text, t)) leftHasVerb = true;
                if (!(token.Kind == TokenKind.Punctuation && context.Text[token.Start] == ',' && leftHasVerb)) continue;
                int subject = t + 1;
                if (subject >= sentence.EndToken || !tokens[subject].IsWord || text.Word(subject) is not { } s || !ClauseWords.SubjectPronouns.Contains(s)) continue;
                if (tokens[subject].Is(TokenFlags.Capitalized) && s != "i") continue;   // He stopped, He stared: the capitalization rules report it
                int verb = text.Next(subject);
                if (verb >= 0 && FunctionWords.MidAdverbs.Contains(text.Word(verb)!)) verb = text.Next(verb);
                if (verb < 0 || !ClauseWords.IsFiniteVerb(text, verb) || IsAside(context, text, verb)) continue;
                var comma = token.Span;
                var first = context.Manuscript.StringOf(tokens[subject]);
                var capital = char.ToUpperInvariant(first[0]) + first[1..];
                var stop = new Fix("Split into two sentences", [new TextEdit(comma, "."), new TextEdit(tokens[subject].Span, capital)]);
                sink.Report(Info, comma, "A comma joins two complete sentences here; consider a full stop, a semicolon or a conjunction.",
                    stop, Fix.Replace(comma, ";", "Use a semicolon"));
                break;
            }
        }
    }
}
