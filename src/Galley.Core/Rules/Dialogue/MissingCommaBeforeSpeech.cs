using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Capitalization;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Dialogue;

public sealed class MissingCommaBeforeSpeech : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2005", "missing-comma-before-speech", Category.Dialogue, Severity.Warning,
        "A speech tag before the speech takes a comma: He said, \"Come in.\"",
        Help: "When the tag comes first, a comma separates it from the opening quote: `She whispered, \"Go now.\"` Flagged only " +
              "when the verb is a finite verb of speaking (said, whispered, told her, I tell her) and the speech is a sentence of its own, " +
              "starting with a capital, of two words or more; a quoted word used inside the sentence (`he didn't say \"yes\"`) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He said \"Come in.\"", "He said, \"Come in.\""),
        Example.Flag("She leaned over and whispered \"Go now, before they see you.\"", "She leaned over and whispered, \"Go now, before they see you.\""),
        Example.Flag("Mara told him \"Nobody leaves tonight.\"", "Mara told him, \"Nobody leaves tonight.\""),
        Example.Keep("He said, \"Come in.\"", "the comma is there"),
        Example.Keep("He didn't say \"yes\" and he didn't say \"no.\"", "quoted words inside the sentence"),
        Example.Keep("She said \"Roots of the Blues\" was her favourite.", "a quoted title"),
        Example.Keep("He wanted to say \"Sorry\" but couldn't.", "not a finite verb"),
        Example.Keep("The boys called her \"Little Miss Sunshine.\"", "a name, not speech"),
        Example.Keep("She only said \"No.\"", "a single word"),
        Example.Flag("Every night we whisper \"Sleep well, little house.\"", "Every night we whisper, \"Sleep well, little house.\"", "a present-tense tag after a plural or first-person subject"),
        Example.Keep("Why did you say \"Keep the change\" to him?", "a base form after an auxiliary is not a tag"),
        Example.Keep("They say \"no\" to every offer.", "a quoted word inside the sentence"),
        Example.Flag("\"I don't know,\" she said \"maybe after the harvest.\"", "\"I don't know,\" she said, \"maybe after the harvest.\"", "speech split by its tag"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var capitals = Capitals.Of(context);
        Quotation? previous = null;
        foreach (var q in m.Quotations)
        {
            var earlier = previous;
            previous = q;
            if (!q.IsSpeech || !q.IsClosed || capitals.InTitledQuote(q.OpenToken)) continue;
            int open = q.OpenToken, before = open - 1;
            if (before < m.Paragraphs[q.Paragraph].FirstToken || !m.Tokens[open].Is(TokenFlags.SpaceBefore) || !m.Tokens[before].IsWord) continue;
            int first = open + 1;
            if (!m.Tokens[first].IsWord || !IsSentence(m, q)) continue;
            int verb = SpeechTags.VerbBefore(m, before);
            if (!IsFiniteSpeechVerb(context, verb) || m.SentenceOf(verb) != m.SentenceOf(open)) continue;
            // Lowercase speech is a sentence of its own only where the tag resumes speech it split ("I know," she said "maybe").
            if (!m.Tokens[first].Is(TokenFlags.Capitalized) && !ResumesSplitSpeech(context, earlier, q, verb)) continue;
            var word = m.Tokens[before];
            sink.Report(Info, word.Span, "Add a comma between the speech tag and the speech.",
                new Fix("Add a comma", [new TextEdit(new TextSpan(word.End, 0), ",")]));
        }
    }

    /// <summary>Said, whispers, told: a speech verb in a past or present form, not a base form after to, did or would.</summary>
    private static bool IsFiniteSpeechVerb(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var word = m.TextOf(m.Tokens[t]);
        var verbBase = context.Lexicon.Language.SpeechVerbBase(word);
        if (verbBase is null || verbBase is "call") return false;   // he called her "Fatso": a name, not speech
        if (word.Equals(verbBase, StringComparison.OrdinalIgnoreCase)) return IsPresentAfterSubject(context, t);
        return !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"I tell her", "they shout": the base form is finite after a plural or first-person subject pronoun,
    /// unless an auxiliary comes before the subject (did you say, would they shout).</summary>
    private static bool IsPresentAfterSubject(CheckContext context, int t)
    {
        var m = context.Manuscript;
        int subject = t - 1;
        if (subject < 0 || !m.Tokens[subject].IsWord || !PluralSubjects.Contains(m.StringOf(m.Tokens[subject]))) return false;
        if (m.SentenceOf(subject) != m.SentenceOf(t)) return false;
        int before = subject - 1;
        return before < 0 || !m.Tokens[before].IsWord || m.SentenceOf(before) != m.SentenceOf(t)
            || !FunctionWords.IsAuxiliary(m.Lower(before));
    }

    /// <summary>The tag sits between two parts of one sentence of speech: the speech before it, in the same sentence
    /// and paragraph, ended with a comma, and only the tag's subject stands between.</summary>
    private static bool ResumesSplitSpeech(CheckContext context, Quotation? earlier, Quotation q, int verb)
    {
        var m = context.Manuscript;
        if (earlier is not { IsClosed: true, IsSpeech: true } || earlier.Paragraph != q.Paragraph || m.SentenceOf(earlier.CloseToken) != m.SentenceOf(verb)) return false;
        return SpeechTags.Classify(m, earlier.CloseToken - 1) == SpeechEnd.Comma && SpeechTags.OnlyWordsBetween(m, earlier.CloseToken + 1, verb);
    }

    private static readonly HashSet<string> PluralSubjects = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "they", "you" };

    /// <summary>Speech that is a sentence: two words or more, ending with sentence punctuation inside the quotes.</summary>
    private static bool IsSentence(Manuscript m, Quotation q)
    {
        int words = 0;
        for (int t = q.OpenToken + 1; t < q.CloseToken && words < 2; t++) if (m.Tokens[t].IsWord) words++;
        if (words < 2) return false;
        var last = m.Tokens[q.CloseToken - 1];
        return last.Kind is TokenKind.Ellipsis or TokenKind.Dash || (last.Kind == TokenKind.Punctuation && CharClass.IsTerminal(m.Text[last.Start]));
    }
}
