using Galley.Story;

namespace Galley.Tests.Story;

public class StoryAnalysisTests
{
    private static string ThirdPersonSample => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "third-person.txt"));

    /// <summary>Who speaks each line of samples/third-person.txt (written for these tests), in order.</summary>
    private static readonly string[] ThirdPersonGold =
    [
        "Tobias", "Mara", "Mara", "Tobias", "Mara", "Tobias", "Mara", "Tobias", "Mara", "Mara", "Tobias", "Mara", "Tobias", "Tobias",
        "Mara", "Mara", "Mr. Fenn", "Mara", "Mara", "Mr. Fenn", "Tobias", "Mr. Fenn", "Mr. Fenn", "Mara", "Tobias", "Mara", "Tobias",
        "Mr. Fenn", "Tobias", "Mara", "Tobias",
    ];

    [Fact]
    public void Third_person_story_speakers_come_from_tags_beats_and_alternation()
    {
        var report = StoryAnalysis.Analyze(ThirdPersonSample);
        Assert.Equal(Person.Third, report.Narrator.Person);
        Assert.Null(report.Narrator.Name);
        Assert.Equal(Tense.Past, report.Tense.Dominant);
        Assert.Equal(ThirdPersonGold.Length, report.Dialogue.Count);
        int correct = report.Dialogue.Zip(ThirdPersonGold).Count(p => p.First.Speaker == p.Second);
        Assert.True(correct >= ThirdPersonGold.Length - 1, $"{correct} of {ThirdPersonGold.Length} speakers right: " +
            string.Join(", ", report.Dialogue.Select(d => d.Speaker)));
        Assert.Contains(report.Dialogue, d => d.How == Attribution.Alternation);
        var people = report.Characters.Where(c => c.Kind == CharacterKind.Person).Select(c => c.Name).ToList();
        Assert.Contains("Mara", people);
        Assert.Contains("Tobias", people);
        Assert.Contains("Mr. Fenn", people);
        Assert.Equal(CharacterKind.Place, report.Characters.Single(c => c.Name == "Harrowgate").Kind);
        Assert.Equal(Gender.Female, report.Characters.Single(c => c.Name == "Mara").Gender);
        Assert.Equal(2, report.Scenes.Count);
    }

    [Fact]
    public void Lana_sample_narrator_speakers_characters_and_tense()
    {
        var path = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "samples", "lana-pov.txt") : null;
        if (path is null || !File.Exists(path)) { Assert.Skip("../shared/samples/lana-pov.txt is not present."); return; }
        string text = File.ReadAllText(path);
        var report = StoryAnalysis.Analyze(text);
        Assert.Equal(Person.First, report.Narrator.Person);
        Assert.Equal("Lana", report.Narrator.Name);
        Assert.Equal(Tense.Past, report.Tense.Dominant);
        var clark = report.Characters.Single(c => c.Name == "Clark");
        Assert.Contains("Clark Kent", clark.Aliases);
        foreach (var name in new[] { "Lana", "Lex", "Dr. Groll" }) Assert.Contains(report.Characters, c => c.Name == name);
        Assert.Equal(42, report.Dialogue.Count);
        Assert.True(report.Dialogue.Count(d => d.Speaker is not null) >= 40);
        // Every line whose tag names its speaker ("I said", "Clark asked") is given to that speaker.
        foreach (var line in report.Dialogue)
        {
            var after = text.AsSpan(line.Span.End + 1).TrimStart();
            if (after.StartsWith("I ")) Assert.Equal("Lana", line.Speaker);
            if (after.StartsWith("Clark ") && !after.StartsWith("Clark's")) Assert.Equal("Clark", line.Speaker);
            Assert.NotEqual(line.Addressee, line.Speaker);
        }
        Assert.True(report.Tense.Drifts.Count(d => d.Kind == DriftKind.Slip) >= 5);
        Assert.All(report.Tense.Drifts, d => Assert.DoesNotContain(report.Dialogue, l => l.Span.Overlaps(d.Span)));
    }

    [Fact]
    public void I_said_is_the_narrator_and_a_vocative_is_the_listener()
    {
        var report = StoryAnalysis.Analyze("""
            Nell POV:

            Oskar waited by the stove. He had not slept, and I poured him some tea.

            "You should go home, Oskar." I said.

            "Not until you eat something, Nell."

            "I ate this morning."
            """);
        Assert.Equal("Nell", report.Narrator.Name);
        Assert.Equal(["Nell", "Oskar", "Nell"], report.Dialogue.Select(d => d.Speaker));
        Assert.Equal("Oskar", report.Dialogue[0].Addressee);
    }

    [Fact]
    public void A_title_keeps_a_family_apart_and_a_bare_surname_joins_its_only_titled_form()
    {
        var report = StoryAnalysis.Analyze("""
            Mr. Quillane came in from the garden. Mrs. Quillane was already at the table, and Dr. Ostrova sat by the window.

            "The roses are finished," said Mr. Quillane.

            "They were finished in May," said Mrs. Quillane.

            Ostrova laughed. "Both of you are wrong."
            """);
        Assert.Equal(["Mr. Quillane", "Mrs. Quillane", "Dr. Ostrova"], report.Dialogue.Select(d => d.Speaker));
        Assert.Contains(report.Characters, c => c.Name == "Mr. Quillane");
        Assert.Contains(report.Characters, c => c.Name == "Mrs. Quillane");
        Assert.Contains("Ostrova", report.Characters.Single(c => c.Name == "Dr. Ostrova").Aliases);
    }

    [Fact]
    public void A_word_after_a_title_is_a_name_even_when_it_is_in_the_dictionary()
    {
        var report = StoryAnalysis.Analyze("\"The tide is turning,\" said Mr. Baker.\n\n\"Then we sail at once,\" said Mrs. Baker.\n");
        Assert.Equal(["Mr. Baker", "Mrs. Baker"], report.Dialogue.Select(d => d.Speaker));
    }

    [Fact]
    public void He_and_she_resolve_by_gender_and_an_action_beat_names_the_speaker()
    {
        var report = StoryAnalysis.Analyze("""
            Ivo carried the lamp. He set it down on the table while Petra watched. She frowned at the smoke.

            "It needs a new wick," she said.

            Ivo shrugged. "Then buy one."

            "With whose money?" Petra asked.
            """);
        Assert.Equal(["Petra", "Ivo", "Petra"], report.Dialogue.Select(d => d.Speaker));
        Assert.Equal(Attribution.Beat, report.Dialogue[1].How);
    }

    [Fact]
    public void Curly_quotes_inverted_tags_tags_before_the_line_and_speech_running_over_a_paragraph()
    {
        var report = StoryAnalysis.Analyze("""
            The inspector arrived at nine. Harriet Vane met him in the hall, where the clock had stopped.

            “You found the body?” asked Inspector Parker.

            “My maid did. I only screamed.”

            Parker made a note. Then he looked up at the stairs and said, “Show me.”

            She led him up. At the landing she stopped and turned.

            “It was here. He was lying with his head toward the window, and the lamp was still lit.

            “I thought at first he was asleep.”

            “Did you touch anything, Miss Vane?”

            “Nothing.”

            “Good,” said Parker.
            """);
        string parker = report.Characters.Single(c => c.Aliases.Contains("Parker") || c.Name == "Parker").Name;
        Assert.Equal([parker, "Harriet Vane", parker, "Harriet Vane", "Harriet Vane", parker, "Harriet Vane", parker], report.Dialogue.Select(d => d.Speaker));
        Assert.Equal(Attribution.Continuation, report.Dialogue[4].How);
        Assert.Equal(Attribution.Tag, report.Dialogue[2].How);
    }

    [Fact]
    public void A_word_after_a_possessive_is_not_read_as_a_verb()
    {
        var report = StoryAnalysis.Analyze("""
            The detective knelt by the grave. He lifted a fragment of the victim's remains into the light.

            Nobody spoke. The sergeant's notes lay open on the grass, and the rain kept falling.
            """);
        Assert.Equal(Tense.Past, report.Tense.Dominant);
        Assert.Empty(report.Tense.Drifts);
    }

    [Fact]
    public void Present_tense_in_speech_is_never_a_drift_but_in_narration_it_is()
    {
        var report = StoryAnalysis.Analyze("""
            The rain came in the night. Jonah woke and listened to it on the roof.

            "It is late," he said. "Nobody is coming."

            He lit a candle. The house has always frightened him. He went back to bed.
            """);
        Assert.Equal(Tense.Past, report.Tense.Dominant);
        var drift = Assert.Single(report.Tense.Drifts);
        Assert.Equal("The house has always frightened him", drift.Text);
        Assert.Equal(DriftKind.Slip, drift.Kind);
    }

    [Fact]
    public void Repeated_phrases_keep_I_and_the_names_capitalized()
    {
        var report = StoryAnalysis.Analyze("""
            That night I felt like Mara had gone. Later I felt like Mara had won. At dawn I felt like Mara had lied.

            Mara came back at noon, and Mara said nothing.
            """);
        Assert.Contains(report.Style.RepeatedPhrases, p => p.Phrase == "I felt like Mara had" && p.Count == 3);
    }

        [Fact]
    public void Style_finds_repeated_phrases_filter_words_tag_adverbs_and_cliches()
    {
        var report = StoryAnalysis.Analyze("""
            She felt the cold wind on her face. She felt the cold wind again at the gate. She felt the cold wind at the door.

            "Come in," he said softly. In the nick of time, she stepped inside.
            """);
        Assert.Contains(report.Style.RepeatedPhrases, p => p.Phrase == "she felt the cold wind" && p.Count == 3);
        Assert.Contains(report.Style.FilterWords, f => f.Phrase == "felt" && f.Count == 3);
        Assert.Contains(report.Style.TagAdverbs, a => a.Adverb == "softly" && a.Verb == "said");
        Assert.Contains(report.Style.Cliches, c => c.Phrase == "in the nick of time");
        Assert.InRange(report.Style.DialogueShare, 0.01, 0.2);
        Assert.True(report.Style.FleschKincaidGrade > -3 && report.Style.FleschKincaidGrade < 12);
    }

    [Fact]
    public void Arc_follows_the_mood_of_the_paragraphs()
    {
        var report = StoryAnalysis.Analyze("""
            It was a happy day, full of joy and laughter and love.

            Then the terrible news came. Everyone was sad and afraid, and the grief was awful.
            """);
        Assert.Equal(2, report.Arc.Count);
        Assert.True(report.Arc[0].Score > 0);
        Assert.True(report.Arc[1].Score < 0);
    }

    /// <summary>Speed is guarded by bench/Galley.Benchmarks (WholeCheckBenchmarks.StoryReport), not by a clock here:
    /// this only guards against a hang on a novel-length text.</summary>
    [Fact(Timeout = 120_000)]
    public async Task A_long_novel_is_analysed()
    {
        string story = ThirdPersonSample;
        var novel = new System.Text.StringBuilder();
        while (novel.Length < 600_000) novel.Append(story).Append("\n\n* * *\n\n");
        var report = await Task.Run(() => StoryAnalysis.Analyze(novel.ToString()), TestContext.Current.CancellationToken);
        Assert.True(report.Words > 100_000);
    }
}
