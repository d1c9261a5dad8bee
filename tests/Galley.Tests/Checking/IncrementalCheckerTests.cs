using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Tests.Checking;

/// <summary>The incremental checker must agree with a full check after any edit: random edits of a generated draft
/// (typos, names coming and going, speech styles, quotes opened and closed across paragraphs, the writer's capitals,
/// spacing and apostrophes, paragraphs split and joined) are compared diagnostic by diagnostic.</summary>
public sealed class IncrementalCheckerTests
{
    private static readonly string[] Sentences =
    [
        "Maribeth walked to the harbor before dawn.",
        "\"I don't wanna go,\" Tobiah said, \"'cause the tide is turning.\"",
        "The grommetkin hid under the pier.",
        "She wimpered in the dark and nobody came.",
        "Captain Orlo watched the boats leave.",
        "'We should wait,' she said. 'The storm is close and the boats are small.'",
        "I was gonna tell him everything.",
        "Maribeth's coat was still there.",
        "He said it with such athority that I believed him.",
        "The colour of the sky changed.",
        "Tobiah laughed. Maribeth didn't.",
        "Orlo hid. Orlo waited. Orlo ran. Then Orol came back.",
        "Nobody knew where the grommetkin slept.",
        "It was a devestating loss for the village.",
        "Its a long way to there house, and your late.",
        "They’re car was parked over their, by the dog’s bowl.",
        "I could of told you that the weather effected us all.",
        "He is late again, and the boats are gone.",
        "Maribeth walks to the door. She opens it. The hall is dark.",
        "He carried the Army rifle home, and the Army never asked for it back.",
        "She joined the Army in the spring.",
        "Really ? I thought so ! We leave at dawn ; nobody knows.",
        "\"We crossed the river at night and the water was cold",
        "\"Then we walked until the lights of the town came up over the hill,\" Tobiah said.",
        "I waited by the door for the",
        "boats came back after dark.",
        "It’s late, and your sister’s coat is wet.",
        "Its the last boat , and the dock is empty.",
        "The Harbor Master waved at us from the Harbor Master's hut.",
        "Orlo mended the nets while Orlo's brother slept.",
        "I realised my favourite neighbour had apologised for the colour of the harbour.",   // British spellings, and American ones: edits flip the dialect
        "Her favorite color was the gray of the harbor at the center of town.",
    ];

    private static readonly string[] Insertions =
    [
        "x", " ", "\n\n", "\n", "Maribeth", " Orlo ", "teh ", "\"", "'", "grommetkin ", "Chapter Two\n\n", "* * *\n\n",
        "Dr. ", "Quillon ", " quillon", ".", "Tobiahs ", "’", "'", "it's ",
        "\n\n\"", "\"\n\n", " ?", " !", " ;", "’s ", "Army ", " the Army ", "Orol ", "Orlo ", "\n\nand ", ", ", "colour ", "color ",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_edits_give_the_same_diagnostics_as_a_full_check(int seed)
    {
        var random = new Random(seed);
        var text = Draft(random, paragraphs: 12);
        var checker = new IncrementalChecker();
        for (int step = 0; step < 40; step++)
        {
            Assert.Equal(Describe(FullCheck(text)), Describe(checker.Check(text)));
            text = Edit(random, text);
        }
    }

    /// <summary>The same on a real draft (the shared sample, when present: it is not in the repository).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_edits_of_a_real_draft_give_the_same_diagnostics_as_a_full_check(int seed)
    {
        var path = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "samples", "lana-pov.txt") : null;
        if (path is null || !File.Exists(path)) return;
        var random = new Random(seed);
        var text = File.ReadAllText(path);
        var checker = new IncrementalChecker();
        for (int step = 0; step < 40; step++)
        {
            Assert.Equal(Describe(FullCheck(text)), Describe(checker.Check(text)));
            text = Edit(random, text);
        }
    }

    /// <summary>The check of the whole manuscript at once, on one thread: the reference every other way must equal.</summary>
    internal static IReadOnlyList<Diagnostic> FullCheck(string text, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        return Checker.CheckWhole(text, options, Galley.Rules.RuleCatalog.Enabled(options).ToList()).Diagnostics;
    }

    [Fact]
    public void An_edit_rechecks_the_paragraph_and_those_that_read_what_it_changed()
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i => $"Maribeth crossed bridge number {i} and looked at the cold water.").ToList();
        paragraphs[20] = "She wimpered at the cold water.";
        paragraphs[21] = "He wimpered too.";
        var checker = new IncrementalChecker();
        checker.Check(string.Join("\n\n", paragraphs));
        Assert.Equal(30, checker.ParagraphsChecked);

        paragraphs[12] = "Maribeth crossed the last bridge and the river was devestating.";
        var diagnostics = checker.Check(string.Join("\n\n", paragraphs));
        Assert.Equal(1, checker.ParagraphsChecked);
        Assert.Contains(diagnostics, d => d.Message.Contains("devestating"));

        // The other paragraph with the same unknown word read how often it occurs, which the edit changed.
        paragraphs[20] = "She whimpered at the cold water.";
        checker.Check(string.Join("\n\n", paragraphs));
        Assert.Equal(2, checker.ParagraphsChecked);

        // A name learned from one paragraph (used twice, so it is a name) changes what the paragraphs that hold it know,
        // and the suggestions for a word a slip away from it; the other paragraphs keep their results.
        paragraphs[25] = "Maribeth crossed bridge number 25 and saw the zorvin.";
        checker.Check(string.Join("\n\n", paragraphs));
        paragraphs[3] = "Zorvan crossed bridge number 3 and Zorvan looked at the cold water.";
        var text = string.Join("\n\n", paragraphs);
        Assert.Equal(Describe(FullCheck(text)), Describe(checker.Check(text)));
        Assert.Contains("Zorvan", checker.Names.All);
        Assert.Equal(2, checker.ParagraphsChecked);
    }

    [Fact]
    public void The_narrators_voice_and_invented_words_are_judged_by_the_whole_text()
    {
        var paragraphs = new List<string>
        {
            "I was gonna tell him the truth.", "He was kinda tired of the boats.", "The boats were small and grey.",
            "The zindrel hid under the pier. A zindrel never sleeps.", "Every zindrel knows the tide. The zindrel waits. A zindrel runs. Old zindrel.",
        };
        var checker = new IncrementalChecker();
        List<Diagnostic> CheckBoth()
        {
            var text = string.Join("\n\n", paragraphs);
            var full = FullCheck(text);
            Assert.Equal(Describe(full), Describe(checker.Check(text)));
            return full.ToList();
        }

        var diagnostics = CheckBoth();
        Assert.Equal(2, diagnostics.Count(d => d.RuleId == "GL0003"));   // two paragraphs of informal narration: hints
        Assert.Single(diagnostics, d => d.RuleId == "GL0004");            // asked once, in the paragraph of its first use
        Assert.Contains("zindrel", diagnostics.Single(d => d.RuleId == "GL0004").Message);

        // A third paragraph of informal narration makes the narrator informal: every paragraph's hints go.
        paragraphs[2] = "The boats were kinda small and grey.";
        diagnostics = CheckBoth();
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "GL0003");
        Assert.Equal(paragraphs.Count, checker.ParagraphsChecked);

        // The first use of the invented word goes: the question moves to the next paragraph.
        paragraphs[3] = "The boats were still there.";
        diagnostics = CheckBoth();
        Assert.Single(diagnostics, d => d.RuleId == "GL0004");
        paragraphs[2] = "The boats were small and grey.";
        Assert.Equal(2, CheckBoth().Count(d => d.RuleId == "GL0003"));
    }

    [Fact]
    public void British_style_speech_decided_by_the_whole_text_is_respected_per_paragraph()
    {
        var checker = new IncrementalChecker();
        var text = "'I was gonna say it,' she said. 'We should go now, before the rain.'\n\nHe was gonna leave.";
        Assert.Equal(Describe(FullCheck(text)), Describe(checker.Check(text)));
        text = text.Replace("'", "\"");
        Assert.Equal(Describe(FullCheck(text)), Describe(checker.Check(text)));
    }

    [Fact]
    public void Options_are_honoured()
    {
        var options = new CheckOptions { MinimumSeverity = Severity.Warning, DisabledRules = new HashSet<string> { "GL0001" } };
        var text = "It was a devestating loss. Orlo hid. Orlo waited. Orlo ran. Then Orol came back. I was gonna go.";
        var incremental = new IncrementalChecker(options).Check(text);
        Assert.Equal(Describe(FullCheck(text, options)), Describe(incremental));
        Assert.DoesNotContain(incremental, d => d.RuleId == "GL0001" || d.Severity < Severity.Warning);
        Assert.Contains(incremental, d => d.RuleId == "GL0005");
    }

    internal static string Draft(Random random, int paragraphs) => string.Join("\n\n",
        Enumerable.Range(0, paragraphs).Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentences[random.Next(Sentences.Length)]))));

    private static string Edit(Random random, string text)
    {
        int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        switch (random.Next(5))
        {
            case 0:
            case 1:
                return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
            case 2:
                return text.Length == 0 ? text : text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 12), text.Length - Math.Min(at, text.Length - 1)));
            case 3:
                return text.Insert(at, "\n\n" + Sentences[random.Next(Sentences.Length)] + "\n\n");
            default:
                // Undo-like: swap two paragraphs, so known paragraphs reappear elsewhere.
                var parts = text.Split("\n\n");
                if (parts.Length < 2) return text;
                int a = random.Next(parts.Length), b = random.Next(parts.Length);
                (parts[a], parts[b]) = (parts[b], parts[a]);
                return string.Join("\n\n", parts);
        }
    }

    internal static List<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.RuleId} {d.Span} {d.Severity} {d.Message} | " +
                     string.Join(" / ", d.Fixes.Select(f => f.Title + ":" + string.Join(",", f.Edits.Select(e => $"{e.Span}={e.NewText}")))))
        .ToList();
}
