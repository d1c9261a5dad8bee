using Galley.Checking;
using Galley.Document;
using Galley.Rules.Capitalization;
using Galley.Rules.Dialogue;

namespace Galley.Tests.Rules;

/// <summary>The shared analyses behind the dialogue and capitalization rules: which words after speech form a tag,
/// and where two sentences run together.</summary>
public class SpeechTagsTests
{
    private static CheckContext Context(string text) =>
        new(Manuscript.Parse(text, Lexicon.Lexicon.Default.Language), Lexicon.Lexicon.Default, CheckOptions.Default);

    /// <summary>The tag after the first speech as "subject verb" text, or null when what follows is not a tag.</summary>
    private static (string Subject, string Verb, SpeechEnd End)? FirstTag(string text)
    {
        var context = Context(text);
        var tag = SpeechTags.Of(context).Tags.FirstOrDefault();
        if (tag is null) return null;
        var m = context.Manuscript;
        return (m.StringOf(m.Tokens[tag.SubjectToken]), m.StringOf(m.Tokens[tag.VerbToken]), tag.End);
    }

    [Theory]
    [InlineData("\"Stay,\" he said.", "he", "said", SpeechEnd.Comma)]
    [InlineData("\"Stay.\" He finally said, looking away.", "He", "said", SpeechEnd.Period)]
    [InlineData("\"Stay\" Mara whispered softly.", "Mara", "whispered", SpeechEnd.None)]
    [InlineData("\"Stay?\" said the old man.", "the", "said", SpeechEnd.QuestionOrExclamation)]
    [InlineData("\"Stay,\" said he.", "he", "said", SpeechEnd.Comma)]
    [InlineData("\"Stay.\" I told him with a sigh.", "I", "told", SpeechEnd.Period)]
    [InlineData("\"Stay.\" She whimperd, turning away.", "She", "whimperd", SpeechEnd.Period)]
    public void Finds_a_tag_with_its_speaker_and_verb(string text, string subject, string verb, SpeechEnd end)
    {
        var tag = FirstTag(text);
        Assert.NotNull(tag);
        Assert.Equal((subject, verb, end), tag.Value);
    }

    [Theory]
    [InlineData("\"Stay.\" He turned away.")]
    [InlineData("\"Stay.\" He said it without looking up.")]
    [InlineData("\"Stay.\" She said that she would.")]
    [InlineData("\"Stay.\" He asked her to leave.")]
    [InlineData("\"Stay.\" He said, \"Please.\"")]
    [InlineData("\"Tom?\" No answer.")]
    [InlineData("\"It's not fair.\" Her voice cracked.")]
    [InlineData("\"Run!\" The crowd roared.")]
    [InlineData("\"Stay.\" My words had an effect on him.")]
    public void Leaves_action_beats_and_narration_alone(string text) => Assert.Null(FirstTag(text));

    [Theory]
    [InlineData("I held it out to him It almost felt warm.", "It", true)]
    [InlineData("We waited They never came.", "They", true)]
    [InlineData("I Forced a smile.", "Forced", false)]
    [InlineData("\"Maybe It was fate.\"", "It", false)]
    [InlineData("I read It twice last summer.", "It", false)]
    public void Tells_a_new_clause_from_a_stray_capital(string text, string word, bool runsTogether)
    {
        var context = Context(text);
        var m = context.Manuscript;
        int t = Array.FindIndex(m.Tokens, token => token.IsWord && m.StringOf(token) == word);
        Assert.Equal(runsTogether, ClauseStart.RunsTogether(context, t));
    }
}
