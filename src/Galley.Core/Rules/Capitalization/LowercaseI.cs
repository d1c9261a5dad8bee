using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.RealWord;

namespace Galley.Rules.Capitalization;

/// <summary>The pronoun I written in lowercase mid-sentence (and i thought, i'm fine): a slip of fast typing. A
/// sentence's first word is lowercase-sentence-start's; a list marker (i) or i.e. is not the pronoun; a quotation typed
/// all in lowercase (a text message) keeps its style.</summary>
public sealed class LowercaseI : Rule
{
    internal static readonly HashSet<string> Forms = new(StringComparer.Ordinal) { "i", "i'm", "i'll", "i've", "i'd" };

    public override RuleInfo Info { get; } = new(
        "GL1005", "lowercase-i", Category.Capitalization, Severity.Warning,
        "The pronoun I written in lowercase (and i thought, i'm late).",
        Help: "The pronoun *I* and its contractions (I'm, I'll, I've, I'd) always take a capital. At the start of a sentence "
              + "lowercase-sentence-start (GL1004) reports it. A list marker such as `(i)`, the abbreviation `i.e.`, and "
              + "a quotation written all in lowercase, as text messages often are, are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("We waited by the door, and i thought about leaving.", "We waited by the door, and I thought about leaving."),
        Example.Flag("She asked if i'm coming to the party.", "She asked if I'm coming to the party."),
        Example.Flag("\"Honestly, i never liked him,\" she said.", "\"Honestly, I never liked him,\" she said."),
        Example.Keep("The rules are (i) be kind and (ii) be quiet.", "a list marker"),
        Example.Keep("Bring something warm, i.e. a coat.", "the abbreviation i.e."),
        Example.Keep("Her phone buzzed: \"omg i cant find my keys\"", "a text message typed in lowercase"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var tokens = m.Tokens;
        var lowercaseQuotations = new Dictionary<int, bool>();   // each quotation read once, however many i's it holds
        foreach (int t in CueWords.Of(context).TokensWith(CueWords.Cue.PronounI))
        {
            var token = tokens[t];
            if (!token.IsWord || token.Length > 4 || m.Text[token.Start] != 'i' || token.Is(TokenFlags.SentenceStart)) continue;
            // the cue is the word in any case: the form as written must be one (i'M is no pronoun)
            if (!Forms.Contains(m.TextOf(token).ToString().Replace('\u2019', '\'')) || !m.ParagraphOf(t).IsProse) continue;
            if (t + 1 < tokens.Length && tokens[t + 1].Kind is TokenKind.Punctuation or TokenKind.Bracket && !tokens[t + 1].Is(TokenFlags.SpaceBefore)
                && m.Text[tokens[t + 1].Start] is '.' or ')') continue;   // i.e., (i)
            if (t > 0 && tokens[t - 1].Kind == TokenKind.Bracket && !token.Is(TokenFlags.SpaceBefore)) continue;
            if (token.Is(TokenFlags.InSpeech) && InLowercaseQuotation(m, token, lowercaseQuotations)) continue;
            var written = m.StringOf(token);
            var fixedWord = "I" + written[1..];
            sink.Report(Info, token.Span, $"\u201c{written}\u201d is the pronoun: \u201c{fixedWord}\u201d.", Fix.Replace(token.Span, fixedWord));
        }
    }

    /// <summary>The quotation holding the token has no capital letter at all: typed in lowercase on purpose.</summary>
    private static bool InLowercaseQuotation(Manuscript m, Token token, Dictionary<int, bool> known)
    {
        // The quotations are in text order: the last one opening before the token is the one that may hold it.
        var quotations = m.Quotations;
        int lo = 0, hi = quotations.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (quotations[mid].Span.Start <= token.Start) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0 || quotations[found].Span.End < token.End) return false;
        if (!known.TryGetValue(found, out bool lowercase))
        {
            lowercase = true;
            foreach (char c in m.Text.AsSpan(quotations[found].Span.Start, quotations[found].Span.Length))
                if (char.IsUpper(c)) { lowercase = false; break; }
            known[found] = lowercase;
        }
        return lowercase;
    }
}
