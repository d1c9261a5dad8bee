using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>A personal pronoun standing as the subject of the verb after it, the one place where agreement and verb
/// form can be judged without a parser.</summary>
internal static class SubjectPronoun
{
    /// <summary>How far back a subjunctive trigger may stand before "that" (insisted, the doctor said, that he rest).</summary>
    private const int TriggerWindow = 5;

    /// <summary>True when the pronoun at t is a plain declarative subject: not inverted after an auxiliary (Did he go?),
    /// not in a subjunctive that-clause (insisted that he go), not a roman numeral (Act I is).</summary>
    public static bool IsDeclarativeSubject(GrammarText text, int t)
    {
        int previous = text.Previous(t);
        if (previous < 0) return true;
        var before = text.Word(previous);
        if (text.Is(previous, WordClass.Auxiliary) || before is "let" or "lest" or "rather") return false;   // I'd rather he stay
        if (text.Word(t) == "i" && text.Tokens[previous].Is(TokenFlags.Capitalized)
            && (text.Tags(previous).Top is Pos.Noun or Pos.Propn or null)) return false;   // Act I, Henry I, World War I
        if (before is "that" or "if" or "though")
        {
            var sentence = text.Manuscript.SentenceOf(t);
            for (int p = previous - 1; p >= sentence.FirstToken && p >= previous - TriggerWindow; p--)
                if (text.Is(p, WordClass.SubjunctiveTrigger)) return false;
        }
        return true;
    }

    /// <summary>"You and I are", "Kate or she has": the verb agrees with the whole coordinated subject.</summary>
    public static bool IsCoordinated(GrammarText text, int t)
    {
        int previous = text.Previous(t);
        if (previous < 0 || text.Word(previous) is not ("and" or "or" or "nor")) return false;
        int partner = text.Previous(previous);
        return partner >= 0 && (text.Tokens[partner].Is(TokenFlags.Capitalized) || text.Tags(partner).Top is Pos.Pron or Pos.Noun or Pos.Propn);
    }

    /// <summary>The verb position after the subject: the next word, or the one after a single adverb (he always goes).</summary>
    public static int VerbAfter(GrammarText text, int t)
    {
        int next = text.Next(t);
        if (text.Is(next, WordClass.MidAdverb)) next = text.Next(next);
        return next;
    }

    /// <summary>Token t opens a clause as its subject: first in its sentence or quotation, after a comma, or after a
    /// conjunction (and the seeds were, because Mara doesn't).</summary>
    public static bool StartsSubjectClause(GrammarText text, int t)
    {
        int previous = text.Previous(t);
        if (previous < 0 || text.Word(previous) is null) return text.StartsClause(t);
        return text.Word(previous) is "and" or "but" or "or" or "so" or "because" or "when" or "while" or "until" or "if" or "though" or "although"
            && !text.Tokens[previous].Is(TokenFlags.Capitalized) || text.StartsClause(t);
    }

    /// <summary>Nonstandard grammar inside dialogue is usually a character's voice: only a hint there.</summary>
    public static Severity SeverityAt(Token token, Severity narration) => token.Is(TokenFlags.InSpeech) ? Severity.Info : narration;
}
