using Galley.Checking;
using Galley.Diagnostics;
using Galley.Text;

namespace Galley.Rules.Dialogue;

public sealed class FullStopBeforeTag : Rule
{
    /// <summary>Sounds rather than words: after these a full stop is a legitimate choice ("Fine." She sighed.).</summary>
    private static readonly HashSet<string> SoundVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "laugh", "chuckle", "giggle", "snicker", "snigger", "titter", "sigh", "sob", "snort", "breathe", "groan", "moan", "grunt",
        "huff", "gasp", "pant", "wheeze", "weep", "cry", "hum", "scoff", "sneer", "purr", "sing", "pray", "smile", "nod", "shrug", "wail", "howl",
    };

    public override RuleInfo Info { get; } = new(
        "GL2001", "full-stop-before-speech-tag", Category.Dialogue, Severity.Warning,
        "Speech followed by a speech tag ends with a comma, not a full stop, and the tag goes on in lowercase.",
        Help: "A speech tag (he said, Mara whispered, said the old man) belongs to the sentence of the speech: `\"Stay,\" he said.` " +
              "An action beat is a sentence of its own and keeps its full stop: `\"Stay.\" He turned away.` A tag is a speaker and a " +
              "verb of speaking, with nothing after it but an adverb, a phrase such as \"with a smile\", an -ing clause or the end of " +
              "the sentence; \"He said it with a smile\" or \"She said that he had gone\" are narration. Sounds (she sighed, he laughed) " +
              "are left alone: a full stop before them is a choice. Question and exclamation marks stay as they are.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Stay.\" He said.", "\"Stay,\" he said."),
        Example.Flag("\"Don't go without me.\" Mara replied quietly.", "\"Don't go without me,\" Mara replied quietly."),
        Example.Flag("\"We should leave.\" I finally said, looking at the door.", "\"We should leave,\" I finally said, looking at the door."),
        Example.Flag("\"I know.\" She told him with a shrug.", "\"I know,\" she told him with a shrug."),
        Example.Flag("\"It's late.\" Said the old man.", "\"It's late,\" said the old man."),
        Example.Keep("\"I love you.\" My words hung in the air.", "an action beat"),
        Example.Keep("\"Fine.\" She turned away.", "an action beat"),
        Example.Keep("\"Come in.\" He said it without looking up.", "narration: the verb has an object"),
        Example.Keep("\"Fine.\" She sighed.", "a sound, not a tag"),
        Example.Keep("\"Why?\" he asked.", "a question mark stays"),
        Example.Keep("\"It's cold.\" He said, \"Shut the door.\"", "the tag introduces the next speech"),
        Example.Keep("\"I'll go.\" She said that she would be back by noon.", "reported speech"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var tag in SpeechTags.Of(context).Tags)
        {
            if (tag.End != SpeechEnd.Period) continue;
            var verb = context.Lexicon.Language.SpeechVerbBase(m.TextOf(m.Tokens[tag.VerbToken]));
            if (verb is not null && SoundVerbs.Contains(verb)) continue;
            var period = m.Tokens[tag.EndToken];
            var span = TextSpan.FromBounds(period.Start, m.Tokens[tag.FirstToken].End);
            sink.Report(Info, span, "Speech followed by a speech tag takes a comma, not a full stop.",
                Fix.Replace(span, TagFix.Rewrite(context, tag, period.Start, period.End, ",")));
        }
    }
}
