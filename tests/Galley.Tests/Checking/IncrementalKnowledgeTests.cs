using Galley.Checking;
using Galley.Diagnostics;
using static Galley.Tests.Checking.IncrementalCheckerTests;

namespace Galley.Tests.Checking;

/// <summary>What a paragraph checked on its own reads of the whole manuscript and of its neighbours: an edit that
/// changes it re-checks exactly the paragraphs that read it, and the result still equals a full check.</summary>
public sealed class IncrementalKnowledgeTests
{
    private readonly IncrementalChecker _checker = new();

    /// <summary>Checks the paragraphs both ways, asserts they agree, and returns the diagnostics.</summary>
    private List<Diagnostic> Check(List<string> paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var full = FullCheck(text);
        Assert.Equal(Describe(full), Describe(_checker.Check(text)));
        return full.ToList();
    }

    private static List<string> Filler(int count) =>
        Enumerable.Range(0, count).Select(i => $"We walked past boat {i} and looked at the cold water.").ToList();

    [Fact]
    public void A_name_seen_once_more_rechecks_only_the_edited_paragraph()
    {
        var paragraphs = Filler(12);
        paragraphs[2] = "Orlo mended the nets. Orlo sang. Orlo slept.";
        paragraphs[7] = "Then Orol came back from the market.";
        Assert.Contains(Check(paragraphs), d => d.RuleId == "GL0005" && d.Message.Contains("Orol"));

        paragraphs[4] = "The boat rocked while Orlo watched the gulls.";   // Orlo's count goes from 3 to 4: the same names
        Check(paragraphs);
        Assert.Equal(1, _checker.ParagraphsChecked);

        // Two Orlos fewer: Orol is no longer a slip of a frequent name, and the names themselves change.
        paragraphs[2] = "Orlo mended the nets.";
        paragraphs[4] = "The boat rocked at the pier.";
        Assert.DoesNotContain(Check(paragraphs), d => d.RuleId == "GL0005");
    }

    [Fact]
    public void Speech_left_open_is_judged_by_whether_the_next_paragraph_opens_with_a_quote()
    {
        var paragraphs = Filler(10);
        paragraphs[4] = "\"We crossed the river at night and the water was cold.";
        paragraphs[5] = "\"Then we walked until the lights of the town came up,\" Tobiah said.";
        Assert.DoesNotContain(Check(paragraphs), d => d.RuleId == "GL2004");

        paragraphs[5] = "Then we walked until the lights of the town came up.";   // the quote that carried the speech on goes
        Assert.Single(Check(paragraphs), d => d.RuleId == "GL2004");
        Assert.Equal(2, _checker.ParagraphsChecked);   // the edited paragraph and the one whose speech it closed

        paragraphs[4] = "\"We crossed the river at night and the water was cold,\" she said.";   // closed in its own paragraph
        Assert.DoesNotContain(Check(paragraphs), d => d.RuleId == "GL2004");
        Assert.Equal(1, _checker.ParagraphsChecked);
    }

    [Fact]
    public void A_paragraph_that_trails_off_lets_the_next_start_in_lowercase()
    {
        var paragraphs = Filler(10);
        paragraphs[3] = "I waited by the door for the";
        paragraphs[4] = "boats came back after dark.";
        Assert.DoesNotContain(Check(paragraphs), d => d.RuleId == "GL1004");

        paragraphs[3] = "I waited by the door.";
        Assert.Single(Check(paragraphs), d => d.RuleId == "GL1004");
        Assert.Equal(2, _checker.ParagraphsChecked);

        paragraphs[8] = "The gulls were quiet.";   // an edit beside a paragraph that starts with a capital touches nothing else
        Check(paragraphs);
        Assert.Equal(1, _checker.ParagraphsChecked);
    }

    [Fact]
    public void A_capital_the_writer_repeats_mid_sentence_is_counted_over_the_whole_text()
    {
        var paragraphs = Filler(10);
        paragraphs[1] = "Every night we prayed to Him for rain.";
        paragraphs[6] = "Nobody in the village doubted Him after that.";   // twice: capitalized on purpose
        Assert.DoesNotContain(Check(paragraphs), d => d.RuleId == "GL1001");

        paragraphs[6] = "Nobody in the village doubted him after that.";
        Assert.Single(Check(paragraphs), d => d.RuleId == "GL1001");
        Assert.Equal(2, _checker.ParagraphsChecked);   // the edit, and the paragraph that read the count
    }

    [Fact]
    public void A_word_at_the_end_of_a_paragraph_reads_nothing_of_the_next()
    {
        var paragraphs = Filler(4);
        paragraphs[1] = "The grommetkin hid und";   // a foreign word before a capital is a name particle (du Maurier) only in its paragraph
        paragraphs[2] = "Maribeth came back.";
        Assert.Contains(Check(paragraphs), d => d.RuleId == "GL0001" && d.Message.Contains("und"));
    }

    [Fact]
    public void A_paragraph_or_text_that_ends_on_a_verbs_object_is_checked()
    {
        var paragraphs = Filler(3);
        paragraphs[1] = "Nothing could stop him";   // the object ends the paragraph: nothing after it to read
        Check(paragraphs);
        Check(["Nothing could stop him"]);
    }

    [Fact]
    public void A_style_that_flips_rechecks_every_paragraph()
    {
        var paragraphs = Filler(6);
        paragraphs[0] = "Really ? I thought so ! We leave at dawn .";
        paragraphs[1] = "Where is it ? Nobody knows !";
        var diagnostics = Check(paragraphs);
        Assert.Single(diagnostics, d => d.RuleId == "GL6103");   // spaced ? ! throughout is a style; the full stop is a slip

        paragraphs[2] = "Why? Because. Who? Nobody! When? Never!";   // most high marks are now unspaced
        Assert.Equal(5, Check(paragraphs).Count(d => d.RuleId == "GL6103"));
        Assert.Equal(paragraphs.Count, _checker.ParagraphsChecked);
    }

    [Fact]
    public void An_edit_that_flips_the_manuscripts_dialect_rechecks_the_paragraphs_that_read_it()
    {
        var paragraphs = Filler(12);
        paragraphs[1] = "The colour had gone from the harbour by the time we came.";
        paragraphs[5] = "She wore her favourite coat to the theatre in the centre of town.";
        paragraphs[9] = "Her cheeks were the color of the sky.";
        var flag = Assert.Single(Check(paragraphs), d => d.RuleId == "GL0006");   // British throughout but one: the slip is "color"
        Assert.Contains("British way", flag.Message);

        // Taking the second British paragraph away leaves too little evidence: the manuscript is checked as American,
        // so the British spellings are flagged and "color" is not; only the edit and the paragraphs that read the
        // dialect are checked again.
        paragraphs[5] = "She wore her coat to the pier at the end of town.";
        var american = Check(paragraphs).Where(d => d.RuleId == "GL0006").ToList();
        Assert.Equal(2, american.Count);
        Assert.DoesNotContain(american, d => d.Message.Contains("British way"));
        Assert.Equal(3, _checker.ParagraphsChecked);

        paragraphs[7] = "The honour of the street was mine to defend, and the neighbourhood knew it.";   // British again
        Assert.Single(Check(paragraphs), d => d.RuleId == "GL0006");
        Assert.Equal(3, _checker.ParagraphsChecked);

        paragraphs[3] = "Nobody cared about the gulls.";   // an edit that reads no dialect spelling touches nothing else
        Check(paragraphs);
        Assert.Equal(1, _checker.ParagraphsChecked);
    }

    /// <summary>Paragraphs of British, American and no distinctive spellings, replaced, typed into and moved at
    /// random: the manuscript's dialect flips back and forth, and each check still equals a full one.</summary>
    [Fact]
    public void Random_edits_that_flip_the_dialect_give_the_same_diagnostics_as_a_full_check()
    {
        string[] pool =
        [
            "I realised my favourite neighbour had lost the colour from her cheeks.",
            "The harbour was grey, and the centre of town smelled of rain.",
            "He apologised for the honour of the family, and for the colour of his tie.",
            "The harbor was gray, and the center of town smelled of rain.",
            "We walked past the boats and looked at the cold water.",
            "\"Where are you going?\" she asked.",
        ];
        string[] typed = ["colour ", "color ", "x", " ", "\n\n", "harbour ", "-", "Colour "];
        var lexicon = Galley.Lexicon.Lexicon.Default;
        int flips = 0;
        for (int seed = 1; seed <= 4; seed++)
        {
            var random = new Random(seed);
            var checker = new IncrementalChecker();
            var paragraphs = Enumerable.Range(0, 10).Select(i => pool[i < 4 ? i % 3 : random.Next(4, pool.Length)]).ToList();   // British to begin with
            Galley.Lexicon.Dialect? was = null;
            for (int step = 0; step < 30; step++)
            {
                var text = string.Join("\n\n", paragraphs);
                Assert.Equal(Describe(FullCheck(text)), Describe(checker.Check(text)));
                var written = DialectEvidence.Of(Galley.Document.Manuscript.Parse(text, lexicon.Language), lexicon).WrittenDialect(CheckOptions.Default);
                if (was is { } before && before != written) flips++;
                was = written;
                int at = random.Next(paragraphs.Count);
                switch (random.Next(3))
                {
                    case 0: paragraphs[at] = pool[random.Next(pool.Length)]; break;
                    case 1: paragraphs[at] = paragraphs[at].Insert(random.Next(paragraphs[at].Length + 1), typed[random.Next(typed.Length)]); break;
                    default: (paragraphs[at], paragraphs[0]) = (paragraphs[0], paragraphs[at]); break;
                }
            }
        }
        Assert.True(flips >= 2, $"the edits flipped the dialect {flips} times");
    }

    [Fact]
    public void One_curly_apostrophe_anywhere_makes_suggested_possessives_curly()
    {
        var paragraphs = Filler(6);
        paragraphs[2] = "We stared into each others eyes at the pier.";
        string Fixed() => Check(paragraphs).Single(d => d.RuleId == "GL3003").Fixes[0].Edits[0].NewText;
        Assert.Contains("'", Fixed());
        paragraphs[5] = "The gulls’ cries carried over the water.";
        Assert.Contains("\u2019", Fixed());
        Assert.Equal(paragraphs.Count, _checker.ParagraphsChecked);
    }

    [Fact]
    public void A_form_becoming_a_habit_rechecks_the_paragraphs_that_hold_it()
    {
        var paragraphs = Filler(10);
        paragraphs[1] = "The letter was a surprize to everyone.";
        paragraphs[6] = "Her surprize did not last.";
        Assert.Equal(2, Check(paragraphs).Count(d => d.RuleId == "GL0001" && d.Severity == Severity.Error));   // a modern draft's typos

        paragraphs[8] = "A second surprize followed the first.";   // three uses, no modern spelling: the manuscript's style
        Assert.DoesNotContain(Check(paragraphs), d => d.RuleId == "GL0001");

        paragraphs[3] = "The surprise was a surprise, and the surprise was complete.";   // the modern spelling beside it: hints
        Assert.Equal(3, Check(paragraphs).Count(d => d.RuleId == "GL0001" && d.Severity == Severity.Info));
    }
}
