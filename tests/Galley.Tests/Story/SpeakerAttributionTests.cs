using Galley.Story;

namespace Galley.Tests.Story;

/// <summary>Who speaks each line, on short scenes written for these tests.</summary>
public class SpeakerAttributionTests
{
    private static string[] Speakers(StoryReport report) => report.Dialogue.Select(d => d.Speaker ?? "-").ToArray();

    [Fact]
    public void An_untagged_opening_is_read_back_from_a_later_tag_and_a_vocative()
    {
        var report = StoryAnalysis.Analyze("""
            On the porch steps, Odile and Bram watched the rain come down.

            "Did you lock the shed?"

            "Twice. You always ask me that."

            "Because you always forget, Bram."

            "Not this time," said Bram.
            """);
        Assert.Equal(["Odile", "Bram", "Odile", "Bram"], Speakers(report));
    }

    [Fact]
    public void The_one_addressed_answers_next()
    {
        var report = StoryAnalysis.Analyze("""
            Hester and Pell waited by the gate with Jonas until the bus was long gone.

            "Pell, what time is it?" asked Hester.

            "Nearly six."

            "Then we are late," said Jonas.
            """);
        Assert.Equal(["Hester", "Pell", "Jonas"], Speakers(report));
    }

    [Fact]
    public void He_and_she_in_an_exchange_go_to_the_party_of_that_gender()
    {
        var report = StoryAnalysis.Analyze("""
            Clara came in with the letter. Anton was reading by the fire, and he did not look up.

            "It's from Father," Clara said.

            "Read it to me," he said.

            "Not while you are sulking," she said.
            """);
        Assert.Equal(["Clara", "Anton", "Clara"], Speakers(report));
        Assert.Equal(Gender.Female, report.Characters.Single(c => c.Name == "Clara").Gender);   // a listed given name
    }

    [Fact]
    public void A_speaker_named_by_a_description_is_a_character()
    {
        var report = StoryAnalysis.Analyze("""
            The inn was nearly empty when Corin arrived, wet through.

            "A room for the night?" asked the innkeeper.

            "And a hot meal," said Corin.

            "Soup is all we have," the innkeeper said gravely.
            """);
        Assert.Equal(["the innkeeper", "Corin", "the innkeeper"], Speakers(report));
        Assert.Equal(CharacterKind.Person, report.Characters.Single(c => c.Name == "the innkeeper").Kind);
    }

    [Fact]
    public void A_description_by_a_title_is_the_one_who_holds_it()
    {
        var report = StoryAnalysis.Analyze("""
            Colonel Marsh came down the stairs. Ruth was waiting in the hall.

            "The carriage is late again," said the Colonel.

            "It always is on Sundays," said Ruth.
            """);
        Assert.Equal(["Colonel Marsh", "Ruth"], Speakers(report));
    }

    [Fact]
    public void A_title_that_ends_a_sentence_is_not_part_of_a_name()
    {
        var report = StoryAnalysis.Analyze("""
            Nobody spoke to the General. He sat alone at the head of the table.

            "We march at dawn," said the General.
            """);
        Assert.DoesNotContain(report.Characters, c => c.Name.Contains("He") || c.Aliases.Any(a => a.Contains("He")));
        Assert.Equal(["the General"], Speakers(report));
    }

    [Fact]
    public void A_surname_that_is_a_word_is_a_name_once_a_title_has_used_it()
    {
        var report = StoryAnalysis.Analyze("""
            Dr. Baker kept his surgery above the bakery. Baker was a patient man, but the queue tried him.

            "Next," Baker said.

            "It's my knee again," said Mrs. Lomax.
            """);
        Assert.Equal(["Dr. Baker", "Mrs. Lomax"], Speakers(report));
    }

    [Fact]
    public void A_bare_surname_is_the_man_among_a_family()
    {
        var report = StoryAnalysis.Analyze("""
            Oliver Pryde lived with his mother, Mrs. Pryde, in a narrow house by the canal. Pryde worked at the bank.

            "You will be late," said Mrs. Pryde.

            "I am never late," Pryde said.
            """);
        string oliver = report.Dialogue[1].Speaker!;
        Assert.Contains("Oliver Pryde", report.Characters.Single(c => c.Name == oliver).Aliases.Append(oliver));
        Assert.Equal("Mrs. Pryde", report.Dialogue[0].Speaker);
    }

    [Fact]
    public void A_first_person_narrator_named_only_by_others_is_one_party()
    {
        var report = StoryAnalysis.Analyze("""
            I waited at the station for an hour. Ilse came at last, with no apology.

            "You're late," I said.

            "And you are cross, Viktor."

            "Only cold."

            "Then walk faster, Viktor," said Ilse.
            """);
        Assert.Equal("Viktor", report.Narrator.Name);
        Assert.Equal(["Viktor", "Ilse", "Viktor", "Ilse"], Speakers(report));
    }

    [Fact]
    public void A_line_broken_off_with_a_dash_does_not_run_on_into_the_next_paragraph()
    {
        var report = StoryAnalysis.Analyze("""
            In the hall, Rollo and Ada argued until the clock struck.

            "Listen to me, Ada. I only meant that the house —

            "I know what you meant," said Ada.
            """);
        Assert.Equal(["Rollo", "Ada"], Speakers(report));
    }

    [Fact]
    public void An_endearment_before_a_name_is_not_a_first_name()
    {
        var report = StoryAnalysis.Analyze("""
            Felix called up the stairs, and his darling came down at once. He had no other darling, he said.

            "Darling Nora, the cab is here," said Felix.

            "Then tell it to wait," said Nora.
            """);
        Assert.Equal(["Felix", "Nora"], Speakers(report));
        Assert.DoesNotContain(report.Characters, c => c.Name.StartsWith("Darling") || c.Aliases.Any(a => a.StartsWith("Darling")));
    }
    [Fact]
    public void A_tag_can_close_the_narration_paragraph_before_its_line()
    {
        var report = StoryAnalysis.Analyze("""
            Rosalind and Tobias stood at the window while the snow settled on the orchard.

            "It will not stop before morning," said Tobias.

            "Then we wait," said Rosalind.

            Rosalind drew the curtain across the glass, crossed the room to the fire, and said quietly:

            "Then nobody will come for us tonight."
            """);
        Assert.Equal(["Tobias", "Rosalind", "Rosalind"], Speakers(report));
    }

    [Fact]
    public void A_tag_subject_is_not_the_object_of_a_preposition_before_the_verb()
    {
        var report = StoryAnalysis.Analyze("""
            Wendell waited by the stove. Ines had not spoken for an hour.

            Wendell walked over to Ines and said, "The kettle is boiling."

            "Then make the tea," said Ines.
            """);
        Assert.Equal(["Wendell", "Ines"], Speakers(report));
    }
    [Fact]
    public void A_first_name_two_full_names_share_is_two_people()
    {
        // The narration calls Peter Quaye by his surname, so the bare first name is Peter Hollis.
        var report = StoryAnalysis.Analyze("""
            Peter Hollis came to stay with Peter Quaye in the spring. Quaye met him at the station, and Peter
            talked the whole way home. Quaye said little.

            "Is the lake still frozen?" asked Peter.

            "Since November," said Quaye.
            """);
        Assert.Equal(["Peter Hollis", "Peter Quaye"], Speakers(report));
    }

    [Fact]
    public void A_bare_surname_joins_the_one_of_the_family_named_far_most_often()
    {
        var report = StoryAnalysis.Analyze("""
            Ralph Tennant came home late. Mrs. Tennant had waited up, and Mr. Tennant, his uncle, had gone to bed.
            Ralph Tennant hung up his coat. Ralph Tennant was tired, and Ralph sat down by the fire.

            "You missed supper," said Mrs. Tennant.

            "I ate in town," Tennant said.
            """);
        Assert.Equal("Ralph", report.Dialogue[1].Speaker);
    }
    [Fact]
    public void A_narration_paragraph_ending_in_its_tag_without_punctuation_introduces_the_line()
    {
        var report = StoryAnalysis.Analyze("""
            Tobias and Rosalind sat over the chessboard until the candle burned low.

            "Your move," said Tobias.

            "I know," said Rosalind.

            Rosalind leaned back in her chair and said in a low voice

            "But I would rather you made it for me."
            """);
        Assert.Equal(["Tobias", "Rosalind", "Rosalind"], Speakers(report));
    }
    [Fact]
    public void He_or_she_continues_the_subject_of_the_narration_not_its_object()
    {
        var report = StoryAnalysis.Analyze("""
            Martha had come to inspect the new governess. Martha looked Agnes up and down without a word.

            "You are very young," she said.
            """);
        Assert.Equal(["Martha"], Speakers(report));
    }

    [Fact]
    public void The_he_or_she_of_an_aside_is_the_named_subject_of_the_tag()
    {
        var report = StoryAnalysis.Analyze("""
            Agnes stood by the door. Martha, sighing as she turned to Agnes, said:

            "We shall manage somehow."
            """);
        Assert.Equal(["Martha"], Speakers(report));
    }
    [Fact]
    public void A_title_holder_named_once_in_passing_is_not_the_described_speaker()
    {
        var report = StoryAnalysis.Analyze("""
            At dinner the talk turned to the memoirs of General Ashdown, which nobody had read. Tobias changed the subject.

            "The horses are lame again," said the General.

            "Then we walk," said Tobias.
            """);
        Assert.Equal(["the General", "Tobias"], Speakers(report));
    }
    [Fact]
    public void A_beat_before_the_line_outweighs_the_reaction_after_it()
    {
        var report = StoryAnalysis.Analyze("""
            Martha and Tobias sat on either side of the stove.

            Martha set down her cup. "You never listen to me." Tobias stared at the floor.
            """);
        Assert.Equal(["Martha"], Speakers(report));
    }
    [Fact]
    public void Lowercase_particles_after_a_title_belong_to_the_surname()
    {
        var report = StoryAnalysis.Analyze("""
            Mr. van der Berg and Mrs. van der Berg received their guests in the long drawing-room.

            "We dine at eight," said Mrs. van der Berg.

            "At eight precisely," said Mr. van der Berg.
            """);
        Assert.Equal(["Mrs. van der Berg", "Mr. van der Berg"], Speakers(report));
    }
    [Fact]
    public void Someone_only_ever_mentioned_is_a_less_likely_speaker_than_someone_heard_before()
    {
        var report = StoryAnalysis.Analyze("""
            "Good morning," said Tobias, and went out to the yard.

            The morning passed slowly at the farm. The cows were milked, the eggs were gathered, and the long table
            in the kitchen was scrubbed clean before anyone thought about the midday meal at all.

            The portrait of old Ambrose hung crooked above the fire, and Tobias stood under it warming his hands.

            "It is colder than yesterday."

            "Then shut the window," said Rosalind.
            """);
        Assert.Equal(["Tobias", "Tobias", "Rosalind"], Speakers(report));
    }
    [Fact]
    public void A_household_word_used_as_a_name_in_a_tag_is_a_character()
    {
        var report = StoryAnalysis.Analyze("""
            Felix came down to breakfast late, and nanny was already clearing the plates.

            "Where is my egg?" asked Felix.

            "Eaten by the cat," said nanny.

            Nanny folded the cloth. "And serve you right."
            """);
        Assert.Equal(["Felix", "nanny", "nanny"], Speakers(report));
        Assert.Equal(Gender.Female, report.Characters.Single(c => c.Name == "nanny").Gender);
    }
    [Fact]
    public void A_capitalized_particle_belongs_to_the_name_and_keeps_its_final_s()
    {
        var report = StoryAnalysis.Analyze("""
            De Villiers sat at the card table beside Tobias. De Villiers had been losing all evening.

            "Another hand," said De Villiers.

            "Not for me," said Tobias.
            """);
        Assert.Equal(["De Villiers", "Tobias"], Speakers(report));
    }
    [Fact]
    public void An_inverted_tag_may_use_a_verb_of_manner_or_a_particle()
    {
        var report = StoryAnalysis.Analyze("""
            Tobias and Rosalind and old Ambrose sat late over the fire.

            "It will snow," said Tobias.

            "Not before Christmas," nodded Ambrose.

            "Then we had better fetch the wood now," called out Rosalind.
            """);
        Assert.Equal(["Tobias", "Ambrose", "Rosalind"], Speakers(report));
    }
    [Fact]
    public void A_tag_that_introduces_the_next_line_is_not_the_previous_lines()
    {
        var report = StoryAnalysis.Analyze("""
            Rosalind and Martha met Tobias at the gate. Rosalind said, "You are late." Martha said, "We waited an hour."
            """);
        Assert.Equal(["Rosalind", "Martha"], Speakers(report));
    }
    [Fact]
    public void A_description_set_beside_a_name_as_an_apposition_is_that_character()
    {
        var report = StoryAnalysis.Analyze("""
            Dr. Penrose, the old physician, came in from the rain. Martha took his coat.

            "A wet night for it," said the old physician.

            "Wetter for the horse," said Martha.
            """);
        Assert.Equal(["Dr. Penrose", "Martha"], Speakers(report));
    }
    [Fact]
    public void A_shared_first_name_alone_is_the_one_the_story_seldom_names_in_full()
    {
        // The story adds the surname to tell the other Henry apart; "the Bennetts" is the family, not a use of
        // Bennett alone; Mrs Henry Bennett is Henry Bennett's wife.
        var report = StoryAnalysis.Analyze("""
            Henry Bennett and Henry Walsh rode out together, and the Bennetts watched them go. Henry Walsh was the
            elder. Henry Walsh had the better horse, and Henry Walsh knew it. Mrs Henry Bennett waved from the door,
            and the rest of the Bennetts went in to breakfast with old Mr Bennett. Mr Bennett was pleased with the
            day, and so were all the Bennetts.

            "We shall be back by dark," said Henry.

            "If the bridge holds," said Henry Walsh.

            Henry Bennett laughed.
            """);
        Assert.Equal(["Henry Bennett", "Henry Walsh"], Speakers(report));
        Assert.Equal(Gender.Male, report.Characters.Single(c => c.Name == "Henry Bennett").Gender);
        Assert.Contains(report.Characters, c => c.Name == "Mrs Henry Bennett");
    }
    [Fact]
    public void Saint_before_a_surname_is_part_of_the_name()
    {
        var report = StoryAnalysis.Analyze("""
            Lady St. Clair poured the tea while Edmund St Clair read the paper and Martha waited by the door.

            "Milk?" asked Lady St. Clair.

            "Not today," said Martha.

            Edmund St Clair turned a page.
            """);
        Assert.Equal(["Lady St Clair", "Martha"], Speakers(report));
        Assert.Contains(report.Characters, c => c.Aliases.Contains("Edmund St Clair") || c.Name == "Edmund St Clair");
    }
    [Fact]
    public void Modifiers_before_a_title_in_a_tag_do_not_make_someone_new()
    {
        var report = StoryAnalysis.Analyze("""
            "The horses are lame," said the Major.

            "Then we walk," said Martha.

            "Walk, then," grumbled the still dripping Major.
            """);
        Assert.Equal(["the Major", "Martha", "the Major"], Speakers(report));
    }
    [Fact]
    public void An_inverted_tag_may_put_an_adjective_before_the_name_or_a_description_after_a_verb_of_manner()
    {
        var report = StoryAnalysis.Analyze("""
            Tobias and Rosalind waited while the doctor washed his hands.

            "It is a clean break," said the doctor.

            "Will he mend?" stammered poor Tobias.

            "In a week or two," nodded the doctor.

            "He means you are to keep him in bed," interpreted Rosalind.
            """);
        Assert.Equal(["the doctor", "Tobias", "the doctor", "Rosalind"], Speakers(report));
    }
    [Fact]
    public void A_name_set_off_before_an_aside_is_the_subject_of_the_tag()
    {
        var report = StoryAnalysis.Analyze("""
            Rosalind and Martha had been up since dawn. Rosalind, crossing to the window where Martha sat mending, said softly:

            "Shall I take the first watch tonight?"
            """);
        Assert.Equal(["Rosalind"], Speakers(report));
    }
    [Fact]
    public void The_one_a_tag_says_a_line_is_spoken_to_answers_next()
    {
        var report = StoryAnalysis.Analyze("""
            Ada, Bruno and Cole sat over the cold supper.

            "Pass the bread," said Bruno.

            "It is stale," said Cole.

            "Then toast it," said Bruno.

            "You look tired," Ada said to Cole.

            "I slept badly."
            """);
        Assert.Equal(["Bruno", "Cole", "Bruno", "Ada", "Cole"], Speakers(report));
        Assert.Equal("Cole", report.Dialogue[3].Addressee);
    }

    [Fact]
    public void A_speaker_the_narration_between_lines_is_about_may_carry_on()
    {
        var report = StoryAnalysis.Analyze("""
            Nell and Joel stood at the end of the pier.

            "The tide is turning," said Joel.

            "Then we should go back," Nell said.

            Nell knelt and worked at the wet knot of the rope.

            "Come on, help me with this."

            "I am coming," said Joel.
            """);
        Assert.Equal(["Joel", "Nell", "Nell", "Joel"], Speakers(report));
    }

    [Fact]
    public void Talk_opening_a_scene_that_names_no_one_is_guessed_from_the_scene_before()
    {
        var report = StoryAnalysis.Analyze("""
            Tomas and Ilse walked home through the snow.

            "Are you cold?" asked Tomas.

            "A little," said Ilse.

            * * *

            "Did you sleep at all?"

            "Not much. The wind kept on."
            """);
        Assert.Equal(["Tomas", "Ilse"], Speakers(report)[..2]);
        Assert.All(report.Dialogue.Skip(2), line =>
        {
            Assert.Contains(line.Speaker, new[] { "Tomas", "Ilse" });
            Assert.Equal(Attribution.Guess, line.How);
        });
        Assert.NotEqual(report.Dialogue[2].Speaker, report.Dialogue[3].Speaker);
    }

    [Fact]
    public void A_month_that_opens_a_full_name_is_a_given_name_and_names_her_on_its_own()
    {
        // June Calloway is named in full three times; the bare June is her too, but not the month ("in June") nor
        // the modal opening a question ("May I").
        var report = StoryAnalysis.Analyze("""
            June Calloway had come back to the farm in June, as she did every summer. Everyone at the farm was glad to
            see June Calloway again, and Tobias most of all. He carried the bags up for June Calloway himself.

            "May I open the windows?" asked June.

            "Open them all," said Tobias. "The house has been shut since last June."

            June laughed and went to the window.

            "It smells of hay," she said.
            """);
        Assert.Equal(["June", "Tobias", "Tobias", "June"], Speakers(report));
        Assert.Equal(5, report.Characters.Single(c => c.Name == "June").Mentions);   // not "in June", "last June"
        var june = report.Characters.Single(c => c.Name == "June");
        Assert.Contains("June Calloway", june.Aliases);
        Assert.DoesNotContain(report.Characters, c => c.Name == "May");
    }

    [Fact]
    public void April_May_and_June_are_womens_given_names()
    {
        // No pronoun tells her gender here: the given name does, as Clara's would.
        var report = StoryAnalysis.Analyze("""
            April Moreau and Tobias Hale stood at the gate. April Moreau held the lamp, and Tobias Hale held the dog.

            "Is it far?" asked April Moreau.

            "Not far," said Tobias Hale.
            """);
        Assert.Equal(Gender.Female, report.Characters.Single(c => c.Name.StartsWith("April", StringComparison.Ordinal)).Gender);
    }

    [Fact]
    public void A_bare_surname_does_not_join_a_woman_known_by_her_full_name()
    {
        // Two Ruths keep their full names apart; the bare Garland is Mr. Garland, not Ruth Garland.
        var report = StoryAnalysis.Analyze("""
            Ruth Garland and Ruth Oakes had been friends since school. Mr. Garland kept the shop below their rooms, and
            Ruth Garland helped him on Saturdays. Ruth Oakes never did. Ruth Garland swept while Ruth Oakes read.

            "Close up early," Garland said.

            "We will," said Ruth Oakes.
            """);
        Assert.Equal("Mr. Garland", report.Dialogue[0].Speaker);
    }

    [Fact]
    public void The_surname_of_an_often_used_full_name_is_a_name_even_when_it_is_a_word()
    {
        var report = StoryAnalysis.Analyze("""
            Walter Wood carried the wood in from the yard while Hester lit the stove and Martha laid the table. Walter
            Wood never complained about the wood, and Hester liked that about Walter Wood. The wood was damp.

            "It will not catch," said Hester.

            "It will if you wait," said Martha.

            "Give it time," said Wood.
            """);
        Assert.Equal(["Hester", "Martha", "Walter Wood"], Speakers(report));
    }

    [Fact]
    public void A_description_the_narration_uses_for_its_topic_is_that_character_unless_they_talk_to_each_other()
    {
        // The old woman is Agatha, the subject of the narration just before each mention; the man answers Samuel, so
        // he is someone else.
        var report = StoryAnalysis.Analyze("""
            Agatha Pruitt sat by the window with her knitting. Agatha had lived in the cottage for sixty years. Tobias
            came in with the post.

            "Anything for me?" asked the old woman.

            "Only the paper," said Tobias.

            Agatha frowned at the paper. She had hoped for a letter from her son.

            "Nothing from Leeds, then," said the old woman.

            * * *

            Samuel Reed waited at the station. Samuel had come early, and a man in a grey coat sat down beside him.

            "Is the train late?" asked the man.

            "Ten minutes," said Samuel.

            Samuel folded his newspaper.

            "Always the same," said the man.
            """);
        Assert.Equal(["Agatha", "Tobias", "Agatha", "the man", "Samuel", "the man"], Speakers(report));
    }

    [Fact]
    public void A_passing_description_that_answers_a_line_addressed_by_name_is_the_one_addressed()
    {
        // The prisoner answers a line addressed to Harlow, so he is Harlow; the story he then tells over several
        // paragraphs weighs its evidence once, not once per paragraph (which would hand it to the narrator).
        var report = StoryAnalysis.Analyze("""
            I sat across the table from Ned Harlow, and Crane stood by the door.

            "Where is the money, Harlow?" said Crane.

            "Gone," growled the prisoner. "Every penny of it, and good riddance."

            "You will have to do better than that," said Crane.

            "Then I will tell you the whole of it, from the start. I was born in the north, in a mill town, and my father kept the lock on the canal there.

            "He was a hard man, and when he died I came south with nothing but my boots and a knife.

            "I worked the barges for a year, and then the railways, and I never saved a penny.

            "That is how I met the others, and that is where the money went."
            """);
        Assert.Equal(["Crane", "Harlow", "Harlow", "Crane", "Harlow", "Harlow", "Harlow", "Harlow"], Speakers(report));
        Assert.DoesNotContain(report.Characters, c => c.Name == "the prisoner");
    }

    [Fact]
    public void A_description_is_the_character_the_narration_names_just_before_when_no_subject_says_who()
    {
        var report = StoryAnalysis.Analyze("""
            Tobias carried the tea tray up to Mrs. Pruitt's room. The curtains were drawn, and the old woman lay propped on her pillows.

            "Put it by the window," said the old woman.

            "It will go cold there," said Tobias.

            He set it down beside Mrs. Pruitt anyway, and the old woman sighed.

            "You never listen," said the old woman.
            """);
        Assert.Equal(["Mrs. Pruitt", "Tobias", "Mrs. Pruitt"], Speakers(report));
    }

    [Fact]
    public void A_description_heard_more_than_once_is_not_joined_to_the_one_addressed_before_it()
    {
        // The clerk answers a line addressed to Tom, but speaks again later: someone of the story's own, not Tom.
        var report = StoryAnalysis.Analyze("""
            Tom and Mary waited at the counter of the post office.

            "Is the parcel here yet, Tom?" asked Mary.

            "Not yet," said the clerk.

            "Then we will wait," said Mary.

            "It may be an hour," said the clerk.
            """);
        Assert.Equal(["Mary", "the clerk", "Mary", "the clerk"], Speakers(report));
    }

    [Theory]
    [InlineData("went on")]
    [InlineData("continued")]
    [InlineData("added")]
    public void She_who_goes_on_is_the_last_speaker_not_the_woman_the_narration_just_named(string verb)
    {
        // Ada is the subject of the narration between, but "she went on" takes up Nell's own line again.
        var report = StoryAnalysis.Analyze($$"""
            Nell and Tom sat by the stove while the snow came down.

            "Tom, you should take the job," said Nell.

            "I don't want it," said Tom.

            "It pays well. And the mill is close to home."

            Ada came in with the kettle and set it on the hob.

            "You would be back by six every evening," she {{verb}}.

            "I said no," said Tom.
            """);
        Assert.Equal(["Nell", "Tom", "Nell", "Nell", "Tom"], Speakers(report));
    }

    [Fact]
    public void Two_joined_subjects_are_not_the_she_of_the_next_tag()
    {
        // "Nell and Ada" are they: the she who speaks is Edith, the last one subject on her own.
        var report = StoryAnalysis.Analyze("""
            Edith came in from the yard with her boots full of snow.

            Edith set the kettle on the stove. Nell and Ada sat by the window and watched the rain. "It will not stop before morning," she said.

            "Then we stay," said Nell.
            """);
        Assert.Equal(["Edith", "Nell"], Speakers(report));
    }
}
