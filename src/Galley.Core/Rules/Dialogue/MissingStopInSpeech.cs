using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Capitalization;
using Galley.Text;

namespace Galley.Rules.Dialogue;

public sealed class MissingStopInSpeech : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2006", "missing-stop-in-speech", Category.Dialogue, Severity.Warning,
        "Speech followed by a new sentence (an action beat) ends with a full stop inside the quotes.",
        Help: "`\"I will\" He grabbed his coat.` reads `\"I will.\" He grabbed his coat.`: when what follows the speech is a " +
              "sentence of its own and not a speech tag, the speech ends with its own full stop (or ? or !). Speech followed by a " +
              "tag wants a comma instead (GL2002).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"I will\" He grabbed his coat and left.", "\"I will.\" He grabbed his coat and left."),
        Example.Flag("\"Not again\" Mara covered her face.", "\"Not again.\" Mara covered her face."),
        Example.Keep("\"I will.\" He grabbed his coat.", "the full stop is there"),
        Example.Keep("\"No\" I said.", "a tag follows: GL2002 asks for a comma"),
        Example.Keep("We sang \"Alone Together\" Tuesday night.", "a quoted title"),
        Example.Keep("\"Mara\" was the name on the door.", "the quote goes on in lowercase"),
        Example.Keep("Then \"Flip\" Phillips took the stage.", "a nickname"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var capitals = Capitals.Of(context);
        var tagged = new HashSet<Quotation>();
        foreach (var tag in SpeechTags.Of(context).Tags) tagged.Add(tag.Speech);
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed || tagged.Contains(q) || capitals.InTitledQuote(q.OpenToken)) continue;
            int last = q.CloseToken - 1, next = q.CloseToken + 1;
            if (last <= q.OpenToken + 1 || !m.Tokens[last].IsWord || next >= m.Tokens.Length) continue;   // two words or more: "Flip" Phillips is a nickname
            var following = m.Tokens[next];
            if (!Capitals.IsCapitalizedWord(following) || !following.Is(TokenFlags.SpaceBefore) || m.ParagraphOf(next).Index != q.Paragraph) continue;
            if (!m.Tokens[q.OpenToken + 1].IsWord || !m.Tokens[q.OpenToken + 1].Is(TokenFlags.Capitalized)) continue;
            var word = m.Tokens[last];
            sink.Report(Info, word.Span, "End the speech with a full stop: a new sentence follows it.",
                new Fix("Add a full stop", [new TextEdit(new TextSpan(word.End, 0), ".")]));
        }
    }
}
