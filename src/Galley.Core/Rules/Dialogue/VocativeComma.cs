using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Dialogue;

/// <summary>"You look tired Lana." / "Lana you look tired.": a character addressed by name in speech is set off by a
/// comma. Only names the manuscript has learned, and only where the name cannot be part of the sentence: at the end
/// after a word that takes no object (an adjective, an adverb, an object pronoun), or at the start before I, you or we.</summary>
public sealed class VocativeComma : Rule
{
    /// <summary>Adverbs that end a clause and never lead into a noun phrase (come here Lana; not "not Katharine").</summary>
    private static readonly HashSet<string> ClosingAdverbs = new(StringComparer.Ordinal)
    {
        "here", "too", "please", "already", "anyway", "tonight", "today", "tomorrow", "yet", "instead",
    };
    private static readonly HashSet<string> SubjectsAfterName = new(StringComparer.Ordinal) { "you", "i", "we", "you're", "i'm", "we're", "please" };

    public override RuleInfo Info { get; } = new(
        "GL2012", "vocative-comma", Category.Dialogue, Severity.Warning,
        "A name used to address someone in speech is set off by a comma: \"You look tired, Lana.\"",
        Help: "When a character speaks to someone by name, a comma separates the name from the rest: `\"You look tired, Lana.\"`, " +
              "`\"Lana, you look tired.\"`. Without it the name can read as part of the sentence (`\"I love you Lana\"`). " +
              "Only names the story uses as names are checked, and only where they cannot be an object: after an " +
              "adjective, an adverb or an object pronoun at the end of the speech, or before I, you or we at its start.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Lana came in late. \"You look tired Lana.\"", "Lana came in late. \"You look tired, Lana.\""),
        Example.Flag("Lana came in late. \"Lana you look tired.\"", "Lana came in late. \"Lana, you look tired.\""),
        Example.Flag("Lex waited at the door. \"I missed you Lex,\" she said.", "Lex waited at the door. \"I missed you, Lex,\" she said."),
        Example.Flag("Lana came in late. \"You're soaked Lana.\"", "Lana came in late. \"You're soaked, Lana.\""),
        Example.Keep("Lana came in late. \"You look tired, Lana.\""),
        Example.Keep("Lana came in late. \"I've missed Lana.\"", "a participle after have takes an object"),
        Example.Keep("Lana came in late. \"I saw Lana at the diner.\"", "the name is an object"),
        Example.Keep("Lex waited at the door. \"Give it to Lex.\"", "after a preposition"),
        Example.Keep("Lana came in late. \"Lana and I are going.\"", "the name is the subject"),
        Example.Keep("Lana came in late. \"You must call me Lana.\"", "a naming verb"),
        Example.Keep("Lana came in late. \"There's always poor Lana.\"", "an adjective before the name"),
        Example.Keep("Lana came in late. \"Not Lana,\" he said.", "not before the name"),
        Example.Flag("Lana came in late. \"Come here Lana.\"", "Lana came in late. \"Come here, Lana.\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var text = GrammarText.Of(context);
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed || q.CloseToken - q.OpenToken < 4) continue;
            int first = q.OpenToken + 1;
            if (first + 1 < q.CloseToken && m.Tokens[first + 1].IsWord && SubjectsAfterName.Contains(m.Lower(first + 1))
                && IsAddressedName(context, first))
            {
                var name = m.Tokens[first];
                sink.Report(Info, name.Span, $"Set the name off with a comma: \u201c{m.StringOf(name)},\u201d.",
                    new Fix("Add a comma", [new TextEdit(new TextSpan(name.End, 0), ",")]));
            }
            int last = q.CloseToken - 1;
            while (last > q.OpenToken && m.Tokens[last].Kind == TokenKind.Punctuation) last--;
            if (last == q.CloseToken - 1 || last - 1 <= q.OpenToken || !IsAddressedName(context, last) || !m.Tokens[last - 1].IsWord) continue;
            if (!TakesNoObject(text, last - 1)) continue;
            var before = m.Tokens[last - 1];
            sink.Report(Info, m.Tokens[last].Span, $"Set the name off with a comma: \u201c, {m.StringOf(m.Tokens[last])}\u201d.",
                new Fix("Add a comma", [new TextEdit(new TextSpan(before.End, 0), ",")]));
        }
    }

    /// <summary>A single capitalized word the manuscript has learned as a name, not one part of a longer name.</summary>
    private static bool IsAddressedName(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var token = m.Tokens[t];
        if (!token.IsWord || !token.Is(TokenFlags.Capitalized) || token.Is(TokenFlags.AllCaps)) return false;
        var word = m.TextOf(token);
        if (!context.Names.IsName(word) || word.Length != NameBook.StripPossessive(word).Length) return false;
        // Will, May, Hope: a name that is also a word (Will you…?, May I…?) is left alone, and so are days and months
        // (come back Thursday) and hyphened epithets (you Anne-girl)
        if (context.Lexicon.Words.ContainsExact(m.Lower(t).ToString(), context.Dialect) || word.Contains('-')
            || Lexicon.CalendarWords.Contains(word.ToString())) return false;
        bool NamePart(int i) => i >= 0 && i < m.Tokens.Length && m.Tokens[i].IsWord && m.Tokens[i].Is(TokenFlags.Capitalized) && m.Lower(i) is not ("i" or "i'm")
                                && m.SentenceOf(i) == m.SentenceOf(t) && !m.Tokens[i].Is(TokenFlags.SentenceStart | TokenFlags.SpeechStart);
        return !NamePart(t + 1) && !(NamePart(t - 1) || t > 0 && m.IsMark(t - 1, '.'));
    }

    /// <summary>The word before a name at the end of speech cannot make it part of the sentence: an object pronoun
    /// (I missed you Lex; not after a naming verb: call me Jenny), an adverb that closes a clause (come here Lana), or an adjective or
    /// participle after a linking verb (you look tired Lana; not my poor Brenda, old Sybil).</summary>
    private static bool TakesNoObject(GrammarText text, int t)
    {
        if (text.Word(t) is not { } word) return false;
        var previous = text.Word(text.Previous(t));
        if (SpeechTags.IsObjectPronoun(word)) return previous is null || !NamingVerbs.Contains(previous);
        var tags = text.Tags(t);
        if (ClosingAdverbs.Contains(word)) return true;
        bool adjective = text.Tagged(t).Head == Pos.Adj && tags.Share(Pos.Adj, Pos.Adv) >= 0.8 || tags.Top == Pos.Vbn;
        return adjective && previous is not null
            && (LinkingVerbs.Contains(previous) || previous.EndsWith("'re", StringComparison.Ordinal) || previous.EndsWith("'m", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "calling", "name", "names", "named", "christened", "dubbed",
    };

    private static readonly HashSet<string> LinkingVerbs = new(StringComparer.Ordinal)
    {
        "look", "looks", "looked", "seem", "seems", "seemed", "feel", "feels", "felt", "are", "is", "was", "were", "am",
        "be", "been", "get", "got", "sound", "sounds", "sounded",
    };
}
