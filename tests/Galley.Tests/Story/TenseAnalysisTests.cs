using Galley.Checking;
using Galley.Document;
using Galley.Story;

namespace Galley.Tests.Story;

public class TenseAnalysisTests
{
    /// <summary>Enough past-tense narration to make a story's tense the past.</summary>
    private const string PastOpening = "Ada locked the shop and walked home. The street was empty and the lamps were lit. "
        + "A cart went by. She had forgotten her gloves. The cold bit her fingers.\n\nAt the bridge she stopped. The river was high. "
        + "Somebody had left a lantern on the rail. She picked it up and carried it with her.\n\n";

    private static TenseReport Analyze(string text)
    {
        var lexicon = Lexicon.Lexicon.Default;
        var manuscript = Manuscript.Parse(text, lexicon.Language);
        return TenseAnalysis.Analyze(manuscript, NameBook.Learn(manuscript, lexicon, CheckOptions.Default));
    }

    [Fact]
    public void A_drift_is_the_clause_its_verb_is_in()
    {
        var report = Analyze(PastOpening + "She stopped at the corner, and the landlord comes out with a lamp. The wind was cold.");
        Assert.Equal(Tense.Past, report.Dominant);
        var drift = Assert.Single(report.Drifts);
        Assert.Equal("and the landlord comes out with a lamp", drift.Text);
        Assert.Equal(DriftKind.Slip, drift.Kind);
        Assert.Equal(Tense.Present, drift.Found);
        var verb = Assert.Single(drift.Verbs);
        Assert.Equal(drift.Span.Start + "and the landlord ".Length, verb.Start);
        Assert.Equal("comes".Length, verb.Length);
    }

    [Fact]
    public void Questions_thoughts_and_truths_are_told_apart_from_slips()
    {
        var report = Analyze(PastOpening + "Where is he now? She sat by the fire.\n\n"
            + "Her brother is late again, she thought. The kettle had boiled dry.\n\n"
            + "She waited. There's no cure for waiting. The clock struck nine.");
        Assert.Equal(Tense.Past, report.Dominant);
        Assert.Equal(
            [("Where is he now", DriftKind.InteriorThought), ("Her brother is late again", DriftKind.InteriorThought), ("There's no cure for waiting", DriftKind.GeneralTruth)],
            report.Drifts.Select(d => (d.Text, d.Kind)));
    }

    [Fact]
    public void A_paragraph_told_mostly_in_the_present_is_deliberate()
    {
        var report = Analyze(PastOpening + "She closed the door.\n\n"
            + "The sea is grey here. The gulls are loud. Nothing is ever still.\n\n"
            + "She slept badly that night.");
        Assert.Equal(Tense.Past, report.Dominant);
        Assert.Empty(report.Drifts);
        Assert.Equal(3, report.PresentSentences);
    }

    [Fact]
    public void In_a_present_tense_story_a_past_sentence_between_present_ones_is_a_slip()
    {
        var report = Analyze("I walk to the door. I open it. The hall is dark, and I went inside. The floor is wet. The lamp is out.");
        Assert.Equal(Tense.Present, report.Dominant);
        Assert.Empty(report.Drifts);   // the sentence has a present verb too

        report = Analyze("I walk to the door. I open it. The hall is dark. I went inside and could not see. The floor is wet.");
        Assert.Equal(Tense.Present, report.Dominant);
        var drift = Assert.Single(report.Drifts);
        Assert.Equal("I went inside and could not see", drift.Text);
        Assert.Equal(Tense.Past, drift.Found);
        Assert.Equal(DriftKind.Slip, drift.Kind);
        Assert.Equal(["went"], drift.Verbs.Select(v => "I walk to the door. I open it. The hall is dark. I went inside and could not see. The floor is wet."
            .Substring(v.Start, v.Length)));
    }

    [Fact]
    public void An_authors_note_is_not_counted_in_any_case()
    {
        var story = PastOpening + "She went to bed.";
        var withNote = Analyze(story + "\n\na/n: this chapter is short and the next one is long. I am sorry it is late.");
        Assert.Equal(Analyze(story).PresentSentences, withNote.PresentSentences);
        Assert.Equal(0, withNote.PresentSentences);
    }

    [Fact]
    public void The_checks_tags_and_the_analysis_own_tagging_agree()
    {
        var text = PastOpening + PastOpening + "She stopped at the corner, and the landlord comes out with a lamp. \"Is it late?\" he asks her.\n\n"
            + "Her sister says the will was read. Does it matter? The doses were wrong, and the can is empty. Mara walks home.\n\n"
            + "He always takes the long road. They never know. I think it rained. The rector comes at noon.";
        var lexicon = Lexicon.Lexicon.Default;
        var manuscript = Manuscript.Parse(text, lexicon.Language);
        var context = new CheckContext(manuscript, lexicon, CheckOptions.Default);
        var tagged = TenseAnalysis.Of(context);
        var own = TenseAnalysis.Analyze(manuscript, context.Names);
        Assert.NotEmpty(tagged.Drifts);
        Assert.Equal((tagged.Dominant, tagged.PastSentences, tagged.PresentSentences), (own.Dominant, own.PastSentences, own.PresentSentences));
        Assert.Equal(tagged.Drifts.Select(Describe), own.Drifts.Select(Describe));
        Assert.Equal((tagged.PastSentences, tagged.PresentSentences), TenseAnalysis.Count(manuscript, context.Names));

        static string Describe(TenseDrift d) => $"{d.Text} {d.Kind} {d.Found} {string.Join(",", d.Verbs)}";
    }
}
