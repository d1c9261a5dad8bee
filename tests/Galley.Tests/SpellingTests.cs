using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;

namespace Galley.Tests;

/// <summary>How spelling reads a word's company: a character's voice, a foreign phrase, a name, a derived word.</summary>
public class SpellingTests
{
    private static readonly Lexicon.Lexicon Lexicon = Galley.Lexicon.Lexicon.Default;

    private static List<(string Rule, string Text, string[] Suggestions)> SpellingFlags(string text, CheckOptions? options = null)
    {
        var result = Checker.Check(text, options);
        return result.Diagnostics.Where(d => d.Category == Category.Spelling)
            .Select(d => (d.RuleId, text.Substring(d.Span.Start, d.Span.Length), d.Suggestions(text).ToArray())).ToList();
    }

    private static string[] Flagged(string text, CheckOptions? options = null) => SpellingFlags(text, options).Select(f => f.Text).ToArray();

    [Fact]
    public void Dotted_abbreviations_and_initials_are_not_misspellings()
    {
        Assert.Empty(Flagged("We left at 9 a.m., drove 60 m.p.h. until 5 P.M. and crossed the U.S.A. with J. R. Hale."));
    }

    [Fact]
    public void Dropped_gs_are_voice_in_speech_and_a_hint_in_narration()
    {
        Assert.Empty(Flagged("\"Where are we goin?\" he asked. \"Somethin' tells me we're leavin.\""));
        var narration = SpellingFlags("I was thinkin about the farm.");
        var hint = Assert.Single(narration);
        Assert.Equal(("GL0003", "thinkin"), (hint.Rule, hint.Text));
        Assert.Equal("thinking", hint.Suggestions[0]);
    }

    [Fact]
    public void Eye_dialect_needs_a_voice_around_it()
    {
        // A lone sound-alike in plain speech may be a slip; in speech full of a character's dialect it is the voice.
        Assert.Equal(["wuz"], Flagged("\"I wuz there,\" he said."));
        Assert.Empty(Flagged("\"Mah daddy wuz there, an' he seen it,\" she said."));
        Assert.Empty(Flagged("\"Anything wrong, cap'n? Trouble ain't easy to dodge, rev'rend.\""));
        // Speech written phonetically throughout: its odd spellings are one voice.
        Assert.Empty(Flagged("\"Ahm goin nawth t'jawn mah husbun, an' y'all maht prefuh thet rewt,\" she said."));
        Assert.Empty(Flagged("\"Uhhu,\" she said. \"Ahah, there you are.\""));   // cries of breath and vowels
        Assert.Empty(Flagged("She smiled. \"'ello,\" she said, \"an' 'ow are you?\""));   // a dropped h right after the opening quote
        Assert.Equal(["rev'rend"], Flagged("He nodded to the rev'rend."));   // in narration an elision is the writer's, not a voice
        // Eye dialect that is also a listed misspelling (jist) is a voice only in speech written by ear throughout;
        // informal words (gonna, wanna) are not such marks.
        Assert.Empty(Flagged("\"Ah jist cain't reckon it,\" he said. \"Thet ol' mule's goin' nowhere, an' we're fixin' t' leave come mornin', so yuh best be packin'.\""));
        Assert.Equal(["jist"], Flagged("\"I jist want to go home,\" she said."));
        Assert.Equal(["jist"], Flagged("\"I'm gonna go, I wanna go, we gotta go, so jist let me,\" she said."));
    }

    [Fact]
    public void A_sound_alike_in_speech_is_a_hint_where_the_manuscript_writes_speech_by_ear()
    {
        const string line = "\"I jist want my supper,\" he said.";
        // Every other paragraph's speech drops its g's and elides: a dozen spellings by ear in the manuscript.
        var byEar = string.Join("\n\n", Enumerable.Repeat("\"We're goin' down to the river an' fishin' till mornin',\" said Pa.", 6)) + "\n\n" + line;
        Severity SeverityOfJist(string text) =>
            Checker.Check(text).Diagnostics.Single(d => d.RuleId == "GL0001" && text.Substring(d.Span.Start, d.Span.Length) == "jist").Severity;
        Assert.Equal(Severity.Error, SeverityOfJist(line));
        Assert.Equal(Severity.Info, SeverityOfJist(byEar));
        // Checked paragraph by paragraph, the manuscript-wide count still decides.
        var incremental = new IncrementalChecker(new CheckOptions());
        var diagnostic = incremental.Check(byEar).Single(d => d.RuleId == "GL0001" && byEar.Substring(d.Span.Start, d.Span.Length) == "jist");
        Assert.Equal(Severity.Info, diagnostic.Severity);
    }

    [Fact]
    public void A_narrator_talks_informally_only_where_informal_narration_keeps_coming_back()
    {
        string[] informal = ["I was gonna tell him the truth.", "I kinda liked the old barn anyway.", "We were gonna miss the bus again."];
        const string plain = "The rain kept on falling over the orchard.";
        const string eyeDialect = "I was gonna stay purty still.";
        string Manuscript(int plainBetween) => string.Join("\n\n",
            informal.SelectMany(p => Enumerable.Repeat(plain, plainBetween).Prepend(p)).Append(eyeDialect));
        // Three paragraphs close together: the narrator's voice, so the narration's eye dialect is accepted.
        var close = Manuscript(plainBetween: 2);
        Assert.DoesNotContain("purty", Flagged(close));
        // The same three scattered over a long manuscript are slips, not a voice.
        var scattered = Manuscript(plainBetween: 30);
        Assert.Contains("purty", Flagged(scattered));
        // Checked paragraph by paragraph, the manuscript decides the same way.
        bool FlagsPurty(string text) => new IncrementalChecker(new CheckOptions()).Check(text)
            .Any(d => d.RuleId == "GL0001" && text.Substring(d.Span.Start, d.Span.Length) == "purty");
        Assert.False(FlagsPurty(close));
        Assert.True(FlagsPurty(scattered));
    }

    [Fact]
    public void A_regularized_irregular_past_is_offered_the_irregular_forms_first()
    {
        var flags = SpellingFlags("She eated the pie, and then we runned home and he buyed a kite.");
        Assert.Equal(["ate", "eaten"], flags.Single(f => f.Text == "eated").Suggestions[..2]);
        Assert.Equal(["ran", "run"], flags.Single(f => f.Text == "runned").Suggestions[..2]);
        Assert.Equal("bought", flags.Single(f => f.Text == "buyed").Suggestions[0]);
    }

    [Fact]
    public void A_misspellings_close_corrections_are_weighed_in_its_sentence()
    {
        // Spelling alone ranks "other" first for ther and "thought" for throught; the words around them decide.
        Assert.Equal("there", SpellingFlags("We left because ther was no bread.").Single().Suggestions[0]);
        Assert.Equal("through", SpellingFlags("She ran throught the woods.").Single().Suggestions[0]);
        Assert.Equal("other", SpellingFlags("We thought the oher boat was faster.").Single().Suggestions[0]);
        // A missing apostrophe keeps its fix (every letter typed is there), and a rare word the model never saw is
        // not pushed out by a common one that merely reads better to it.
        Assert.Equal("else's", SpellingFlags("Was that anybody elses idea?").Single().Suggestions[0]);
        Assert.Equal("limpets", SpellingFlags("She carried a basket of limpits up from the rocks.").Single().Suggestions[0]);
    }

    [Fact]
    public void A_slip_with_an_english_ending_beside_another_slip_is_no_foreign_phrase()
    {
        Assert.Equal(["presidant", "pompisness"], Flagged("They mocked the presidant pompisness."));
        Assert.Equal(["docter's", "arrangments"], Flagged("We kept the docter's arrangments."));   // a possessive slip counts by its word
        Assert.Empty(Flagged("We collected our letters from the poste restante."));
    }

    [Fact]
    public void Foreign_phrases_and_name_particles_are_not_misspellings()
    {
        Assert.Empty(Flagged("She was une femme d'un certain age, and he loved le rouge et le noir."));
        Assert.Empty(Flagged("The chevaux de frise stood along the shore."));
        Assert.Empty(Flagged("She ordered a café au lait."));   // an accented word is foreign company too
        Assert.Empty(Flagged("He bowed to Madame De Pompadour and to Louis du Tillet."));
        Assert.NotEmpty(Flagged("She sang a beautful song."));   // one unknown word among English ones is still checked
        Assert.Equal(["beleivers"], Flagged("There were ten beleivers."));   // ten is English here, not a foreign word
        Assert.Equal(["remineced", "tighted"], Flagged("He remineced. He tighted his grip."));   // slips in neighbouring sentences are not a phrase
        // Words that look like English slips (fille, chambre) on both sides of "de" are French, and so is the same word alone later.
        Assert.Empty(Flagged("The fille de chambre knocked twice. Later the fille came back with towels."));
        Assert.Equal(["fille"], Flagged("He found a fille of old letters."));   // alone, with no phrase to vouch for it, it is a slip
    }

    [Fact]
    public void Closed_compounds_and_derivations_of_known_words_are_words()
    {
        Assert.Empty(Flagged("He set the teacart by the chartroom door and rubbed his unshaved chin amusedly."));
        Assert.Empty(Flagged("The witch burnings left a tomblike silence; the loose-jowled man was two-fisted."));
        // A run-together with a function word is still two words, and a derived-looking slip is still a slip.
        Assert.Equal(["fellfrom", "tighted"], Flagged("The cup fellfrom the shelf. He tighted his grip."));
        Assert.Equal(["centraly", "academicly"], Flagged("It stood centraly in the square. She spoke academicly of it."));
    }

    [Fact]
    public void Spellings_american_dictionaries_share_are_accepted_in_us_text()
    {
        Assert.Empty(Flagged("He poured whisky at the theatre, travelled home and swung the axe."));
        Assert.Equal(["colour"], Flagged("The colour drained from her face."));
    }

    [Fact]
    public void A_capitalized_unknown_word_opening_a_sentence_is_a_name_unless_it_is_a_slip()
    {
        Assert.Empty(Flagged("Eromonga was an island far to the south."));
        Assert.Equal(["Finaly"], Flagged("Finaly he left the house."));
        Assert.Empty(Flagged("\"Lovie, you make me blush,\" she said. \"Come here, Lovie.\""));   // someone spoken to
        Assert.Empty(Flagged("Then Philibert Berthelier rode in."));   // beside another capitalized word
        Assert.Equal(["Sudenly"], Flagged("Sudenly I saw him."));   // "I" is no name beside it
    }

    [Fact]
    public void Name_typos_are_slips_not_family_plurals_or_other_people()
    {
        const string story = "Andrus came home. Andrus sat down. Andrus slept. Francesca sang. Francesca laughed. Francesca left. ";
        Assert.DoesNotContain(SpellingFlags(story + "The Andruses waved. Then San Francesco rang its bells."), f => f.Rule == "GL0005");
        Assert.Contains(SpellingFlags(story + "Then Andurs woke."), f => f.Rule == "GL0005" && f.Suggestions[0] == "Andrus");
    }

    [Theory]
    [InlineData("remineced", "reminisced")]   // sounds the same, though rarer than reminded
    [InlineData("wheather", "whether")]       // a known misspelling's corrections ranked by sound and frequency
    [InlineData("tighted", "tightened")]      // a dropped -en, and the -ed kept
    [InlineData("athority", "authority")]
    [InlineData("alot", "a lot")]
    [InlineData("infact", "in fact")]         // a phrase edited text uses outranks a rarer word one slip away (infect)
    [InlineData("atleast", "at least")]
    [InlineData("befor", "before")]           // … but not a phrase rarer than the word (be for)
    [InlineData("policemens", "policemen's")]   // a possessive of a plural without s that lost its apostrophe
    [InlineData("craddeled", "cradled")]
    public void Suggestions_put_the_word_meant_first(string typed, string meant)
    {
        var suggester = new Galley.Lexicon.Suggester(Lexicon, Galley.Lexicon.Dialect.EnUS, []);
        Assert.Equal(meant, suggester.Suggest(typed).FirstOrDefault());
    }

    [Fact]
    public void An_invented_word_is_asked_about_once()
    {
        var flags = SpellingFlags("The vorpalith hid. A vorpalith never sleeps. Every vorpalith knows it.");
        Assert.Equal(["GL0004"], flags.Select(f => f.Rule));
    }

    [Fact]
    public void A_spelling_used_twice_is_asked_about_once_unless_a_common_word_is_one_slip_away()
    {
        Assert.Equal(["GL0004"], SpellingFlags("The grimbals sang at dusk. By dawn the grimbals slept.").Select(f => f.Rule));
        // The same slip twice is a habit, not a coinage: each one is still a misspelling.
        Assert.Equal(["GL0001", "GL0001"], SpellingFlags("The gardan was green. We sat in the gardan.").Select(f => f.Rule));
    }

    [Fact]
    public void Borrowed_words_with_accents_and_hyphenated_closed_compounds_are_words()
    {
        Assert.Empty(Flagged("We met at the café. \"Touché,\" said the naïve señora, and the Mädchen laughed."));
        Assert.Empty(Flagged("The teen-agers would come to-day, or to-morrow."));
        Assert.Equal(["televison"], Flagged("They sold the televison-record player."));   // a slip inside a compound is still a slip
    }

    [Fact]
    public void Stretched_sounds_are_words_but_a_stretched_slip_of_a_word_is_not()
    {
        Assert.Empty(Flagged("The line went zoooop across the deck. Brrrr, it was cold. Zzzzz came from the bunk."));
        Assert.Equal(["sufffocating"], Flagged("The smoke was sufffocating us."));
        Assert.Equal(["cherrrys"], Flagged("She picked the cherrrys."));   // a key held too long in a longer word
    }

    [Fact]
    public void Urls_and_emails_are_not_checked_for_spelling()
    {
        Assert.Empty(Flagged("Write to zxqwerty@examplezz.org or see https://zzqx.example/abcdefgh-ijk."));
    }

    /// <summary>The real draft in ../shared/samples: its names, its POV heading and its characters' informal speech
    /// are never flagged, and its common misspellings are, with the intended word first for nine in ten.</summary>
    [Fact]
    public void Real_draft_keeps_names_and_voice_and_catches_misspellings()
    {
        var path = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "samples", "lana-pov.txt") : null;
        if (path is null || !File.Exists(path)) Assert.Skip("../shared/samples/lana-pov.txt is not present");
        string text = File.ReadAllText(path);
        var result = Checker.Check(text);
        var manuscript = result.Manuscript;
        var spelling = result.Diagnostics.Where(d => d.Category == Category.Spelling).ToList();
        var flagged = spelling.Select(d => text.Substring(d.Span.Start, d.Span.Length)).ToList();

        // Names: every capitalized word used three or more times mid-sentence is never flagged, possessive or not.
        var names = manuscript.Tokens.Where(t => t.IsWord && t.Is(TokenFlags.Capitalized) && !t.Is(TokenFlags.SentenceStart) && !t.Is(TokenFlags.SpeechStart))
            .Select(t => NameBook.StripPossessive(manuscript.TextOf(t)).ToString())
            .GroupBy(w => w).Where(g => g.Count() >= 3 && !Lexicon.Words.Contains(g.Key.ToLowerInvariant(), Galley.Lexicon.Dialect.EnUS)).Select(g => g.Key).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names) Assert.DoesNotContain(flagged, f => NameBook.StripPossessive(f).ToString() == name);
        Assert.DoesNotContain("POV", flagged);

        // Voice: no informal word inside dialogue is flagged.
        foreach (var d in spelling)
        {
            var token = manuscript.Tokens.First(t => t.Span.Contains(d.Span.Start));
            bool informal = Lexicon.Informal.ContainsKey(text.Substring(d.Span.Start, d.Span.Length));
            Assert.False(informal && token.Is(TokenFlags.InSpeech), $"informal speech flagged: {text.Substring(d.Span.Start, d.Span.Length)}");
        }

        // Misspellings: every common misspelling in the draft is flagged, with one of its usual corrections first.
        var known = manuscript.Tokens.Where(t => t.IsWord)
            .Select(t => (Token: t, Corrections: Lexicon.KnownCorrections(manuscript.TextOf(t).ToString().ToLowerInvariant())))
            .Where(k => k.Corrections is not null && !Lexicon.Words.Contains(manuscript.TextOf(k.Token), Galley.Lexicon.Dialect.EnUS)).ToList();
        Assert.True(known.Count >= 5, "the draft should hold several common misspellings");
        int rightFirst = 0;
        foreach (var (token, corrections) in known)
        {
            var d = spelling.FirstOrDefault(x => x.Span.Start == token.Start);
            Assert.True(d is not null, $"not flagged: {manuscript.TextOf(token)}");
            var first = d.Suggestions(text).FirstOrDefault() ?? "";
            if (corrections!.Any(c => string.Equals(c, first, StringComparison.OrdinalIgnoreCase))) rightFirst++;
        }
        Assert.True(rightFirst * 10 >= known.Count * 9, $"right word first for {rightFirst} of {known.Count}");
        // Headings ("Lana POV:") are not prose and get no spelling flags.
        var headings = manuscript.Paragraphs.Where(p => !p.IsProse).ToList();
        Assert.NotEmpty(headings);
        Assert.DoesNotContain(spelling, d => headings.Any(p => p.Span.Contains(d.Span.Start)));
    }
}

public class LexicalDataTests
{
    /// <summary>Hand-written lists must be spelled right: every inflection of a speech verb the dictionary knows is a
    /// dictionary word too (admitted, not admited; agreeing, not agreing).</summary>
    [Fact]
    public void Speech_verb_forms_are_dictionary_words()
    {
        var words = Lexicon.Lexicon.Default.Words;
        var wrong = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "data", "speech-verbs.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var forms = line.Split('\t');
            if (!words.Contains(forms[0], Lexicon.Dialect.EnUS)) continue;
            wrong.AddRange(forms.Where(f => !words.Contains(f, Lexicon.Dialect.EnUS)));
        }
        Assert.Empty(wrong);
    }
}
