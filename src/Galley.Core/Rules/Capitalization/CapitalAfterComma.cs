using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Capitalization;

public sealed class CapitalAfterComma : Rule
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "But", "And", "Or", "Nor", "Yet", "So", "Then", "Because" };

    public override RuleInfo Info { get; } = new(
        "GL1002", "capital-after-comma", Category.Capitalization, Severity.Warning,
        "A capital after a comma: either the comma should be a full stop, or the word should be lowercase.",
        Help: "`He stopped, He stared` is two sentences (`He stopped. He stared`) or one (`He stopped, he stared`). When a subject " +
              "and its verb follow, the full stop comes first among the fixes; after a name someone is addressed by (`Mara, Please`) " +
              "or before a conjunction (`, But`) the lowercase word does. Names, \"I\", titles and the dictionary's proper nouns keep their capitals.",
        FixesAreSafe: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He stopped, He stared straight at me.", "He stopped. He stared straight at me."),
        Example.Flag("\"Mara, Please.\"", "\"Mara, please.\""),
        Example.Flag("I wanted to stay, But the time had passed.", "I wanted to stay, but the time had passed."),
        Example.Flag("I felt heavy, All I could do was nod.", "I felt heavy, all I could do was nod."),
        Example.Flag("\"Mara, We made our choice.\"", "\"Mara, we made our choice.\""),
        Example.Keep("I called Mara, Tom and Aunt Bee, and I waited.", "names, titles and \"I\""),
        Example.Keep("We flew to Paris, France, on a Monday.", "proper nouns"),
        Example.Keep("He said, \"Come here.\"", "speech starts with a capital"),
        Example.Keep("Mara looked up, Sir, and said nothing.", "a title"),
        Example.Keep("\"You're late, Sunshine.\"", "a name for the person spoken to"),
        Example.Keep("I thought, Well, why not?", "unquoted thought"),
        Example.Keep("She asked herself, Was it worth it?", "unquoted thought after a verb and its object"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var capitals = Capitals.Of(context);
        for (int t = 2; t < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            if (!Capitals.IsCapitalizedWord(token) || token.Is(TokenFlags.SentenceStart) || token.Is(TokenFlags.SpeechStart)) continue;
            var comma = m.Tokens[t - 1];
            if (comma.Kind != TokenKind.Punctuation || m.Text[comma.Start] != ',' || !m.Tokens[t - 2].IsWord) continue;
            if (m.ParagraphOf(t - 2) != m.ParagraphOf(t) || Capitals.LineBreakBetween(m, t - 1, t)) continue;
            var word = m.TextOf(token);
            bool clause = ClauseStart.Begins(m, t);
            if (!clause && capitals.IsLegitimate(context, t)) continue;   // the cheapest test that is usually enough: names
            if (IntroducesWords(context, t - 2)) continue;
            bool address = AfterAddress(context, t - 2);
            if (!address && EndsPhrase(m, t)) continue;   // "in a hurry, Handsome": a name for the person spoken to
            if (clause && capitals.IsCapitalizedOnPurpose(word)) continue;
            var span = TextSpan.FromBounds(comma.Start, token.End);
            string gap = m.Text[comma.End..token.Start];
            var stop = Fix.Replace(span, "." + gap + word.ToString());
            var lower = Fix.Replace(span, "," + gap + Capitals.Lower(word));
            bool stopFirst = clause && !address && !Conjunctions.Contains(word.ToString());
            sink.Report(Info, span, $"\u201c{word}\u201d after a comma: end the sentence, or write it in lowercase.",
                stopFirst ? [stop, lower] : [lower, stop]);
        }
    }

    private static readonly HashSet<string> Interjections = new(StringComparer.OrdinalIgnoreCase)
    {
        "oh", "ah", "well", "yes", "no", "hey", "okay", "ok", "please", "look", "listen", "sorry",
    };

    private static readonly HashSet<string> ThoughtWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "think", "thinks", "thought", "thinking", "like", "wondering", "realized", "realised", "decided", "figured",
    };

    /// <summary>A verb of speech or thought just before the comma, perhaps with its object (I thought, she asked
    /// herself, he said to no one): unquoted words follow (I thought, Well, why not).</summary>
    private static bool IntroducesWords(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var sentence = m.SentenceOf(t);
        for (int i = t; i >= Math.Max(sentence.FirstToken, t - 3); i--)
        {
            var token = m.Tokens[i];
            if (!token.IsWord) return false;
            var word = m.TextOf(token);
            if (ThoughtWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || context.Lexicon.Language.IsSpeechVerb(word)) return true;
        }
        return false;
    }

    /// <summary>The word is the last of its phrase: punctuation, a closing quote or the paragraph's end follows.</summary>
    private static bool EndsPhrase(Manuscript m, int t)
    {
        int next = t + 1;
        if (next >= m.Tokens.Length || m.ParagraphOf(next) != m.ParagraphOf(t)) return true;
        return m.Tokens[next].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Ellipsis or TokenKind.Dash;
    }

    /// <summary>The words before the comma are only a name or a word of address at the start of a sentence or speech
    /// ("Mara, we…", "Oh, Tom, we…"): the comma sets off the person spoken to.</summary>
    private static bool AfterAddress(CheckContext context, int t)
    {
        var m = context.Manuscript;
        int first = m.ParagraphOf(t).FirstToken;
        for (int i = t, words = 0; i >= first && words < 3; i--)
        {
            var token = m.Tokens[i];
            if (token.IsWord)
            {
                words++;
                var word = m.TextOf(token);
                bool named = context.Names.IsName(word) || !context.Lexicon.Words.ContainsExact(Capitals.Lower(word), context.Dialect);
                if (!(token.Is(TokenFlags.Capitalized) && named) && !Interjections.Contains(m.StringOf(token))
                    && !context.Lexicon.Sounds.Contains(m.StringOf(token))) return false;
                if (Capitals.StartsUnit(m, i)) return true;
            }
            else if (!(token.Kind == TokenKind.Punctuation && m.Text[token.Start] == ',')) return false;
        }
        return false;
    }
}
