using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Capitalization;

namespace Galley.Rules.Dialogue;

/// <summary>She said, "no way.": speech introduced by a tag starts its sentence with a capital, unless it goes on
/// from speech the tag interrupted ("Well," she said, "maybe").</summary>
public sealed class LowercaseSpeechStart : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2011", "lowercase-speech-start", Category.Dialogue, Severity.Warning,
        "Speech after a tag and a comma starts with a capital: She said, \"No way.\"",
        Help: "Speech opens a sentence of its own, so its first word takes a capital after `she said,`. When a tag interrupts " +
              "one sentence of speech (`\"Well,\" she said, \"maybe tomorrow.\"`), the speech goes on in lowercase and is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She said, \"no way.\"", "She said, \"No way.\""),
        Example.Flag("Mara turned to him and whispered, \"we have to leave.\"", "Mara turned to him and whispered, \"We have to leave.\""),
        Example.Keep("\"Well,\" she said, \"maybe tomorrow.\"", "speech resumed after its tag"),
        Example.Keep("She said, \"No way.\""),
        Example.Keep("They called it, \"a disaster of a day\" and laughed.", "not a speech verb"),
        Example.Keep("The twins were, as people said, \"true Hallorans\" in every way.", "a quoted phrase inside the sentence"),
        Example.Keep("His mother added, \"that he should be home by nine.\"", "reported speech"),
        Example.Keep("Her text said, \"r u coming or not\" with three question marks.", "texting shorthand"),
        Example.Keep("\"Which one?\" I asked, \"the red or the blue?\"", "one speaker's speech running on past its tag"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        Quotation? previous = null;
        foreach (var q in m.Quotations)
        {
            var before = previous;
            previous = q;
            if (!q.IsSpeech || q.OpenToken < 2 || q.OpenToken + 1 >= m.Tokens.Length) continue;
            var first = m.Tokens[q.OpenToken + 1];
            if (!first.IsWord || !char.IsLower(m.Text[first.Start]) || m.SentenceOf(q.OpenToken + 1).Paragraph != q.Paragraph) continue;
            if (!m.IsMark(q.OpenToken - 1, ',')) continue;
            int verb = SpeechTags.VerbBefore(m, q.OpenToken - 2);   // said, / told him,
            if (!m.Tokens[verb].IsWord || !SpeechTags.IsSpeechVerb(context, verb) || !OpensWithTag(m, verb)) continue;
            if (m.Lower(q.OpenToken + 1) is "and" or "or" or "but" or "nor" or "that") continue;   // speech going on, or reported
            // "r u there??": texting shorthand is lowercase on purpose; only a dictionary word is given a capital
            if (m.TextOf(first).Length < 2 || !context.IsKnownWord(m.TextOf(first).ToString())) continue;
            // "Well," she said, "maybe": the tag interrupts one sentence of speech, which goes on in lowercase.
            if (before is { IsClosed: true } && before.Paragraph == q.Paragraph && m.SentenceOf(before.CloseToken) == m.SentenceOf(verb)) continue;
            var span = first.Span;
            var word = m.TextOf(first);
            string capital = char.ToUpperInvariant(word[0]) + word[1..].ToString();
            sink.Report(Info, span, "Speech after its tag starts with a capital.", Fix.Replace(span, capital));
        }
    }

    /// <summary>The sentence opens with the tag's clause: only words before the verb, none a quote (speech the tag
    /// resumes), not right after a closing quote, and neither "as" (as people said, "true Newlands") nor "to" right
    /// before it (it was the habit to say).</summary>
    private static bool OpensWithTag(Manuscript m, int verb)
    {
        var sentence = m.SentenceOf(verb);
        if (verb - 1 >= sentence.FirstToken && m.Lower(verb - 1) is "to") return false;
        // "Which is it?" I asked, "this or that?": the tag splits one speaker's speech that ran on past a question
        if (sentence.FirstToken > 0 && m.Tokens[sentence.FirstToken - 1].Kind == TokenKind.Quote && !m.Tokens[sentence.FirstToken - 1].Is(TokenFlags.Opening)) return false;
        for (int t = sentence.FirstToken; t < verb; t++)
            if (!m.Tokens[t].IsWord || m.Lower(t) is "as") return false;
        return true;
    }
}
