using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class MisspelledWord : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0001", "misspelled-word", Category.Spelling, Severity.Error,
        "A word that is not in the dictionary, not a name from the story and not one of the writer's words.",
        Help: "Suggestions are ranked by how close the spelling is, how the word sounds, keyboard slips and how common " +
              "each candidate is; among corrections about equally close, the one that reads best with the words around it " +
              "comes first (ther was: there; ran throught the woods: through). Names are learned from the manuscript (a capitalized word that recurs, stands mid-sentence, " +
              "takes a possessive or follows a title), so they are not flagged. Add a deliberate spelling with `galley words add WORD`. " +
              "In a manuscript that writes older spellings, as reprints of period fiction keep them (surprize, shew, connexion, chuse; " +
              "three uses or more in all), each is a hint with the modern spelling, and one written at least three times, with the modern " +
              "spelling rarely beside it, is left alone; a lone one in a modern draft is still flagged. In a manuscript that writes its " +
              "characters' speech by ear (a dozen or more spellings such as goin', an', 'em), a short unknown word in speech that sounds " +
              "like a common word (jist, onct, thar) is only a hint: it is more likely the character's voice than a slip.");

    protected override UnknownKind Kind => UnknownKind.Misspelling;

    protected override string Message(UnknownWord word) => $"\u201c{word.Text}\u201d is not in the dictionary.";

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        bool? speechByEar = null;   // a fact of the whole manuscript: worked out once, when a word asks
        foreach (var word in SpellingScan.Of(context).Words)
        {
            if (word.Kind != Kind) continue;
            var lower = word.Text.ToLowerInvariant();
            if (OlderSpellings.ModernOf(lower) is { } modern && WrittenForms.UsesOften(context, OlderSpellings.All))
            {
                // surprize, shew in a text that writes older spellings: a hint, quiet where it is kept throughout
                if (!WrittenForms.IsHabit(context, lower, modern))
                    sink.Report(Info, word.Span, $"\u201c{word.Text}\u201d is an older spelling of \u201c{modern}\u201d.", Severity.Info,
                        Fix.Replace(word.Span, MatchCase(modern, word.Text)));
                continue;
            }
            // A sound-alike in the speech of a manuscript that writes speech by ear (jist, onct): likely voice, so a hint.
            var token = context.Manuscript.Tokens[word.Token];
            if (token.Is(Document.TokenFlags.InSpeech) && Voice.IsEyeDialectShape(context, lower) && (speechByEar ??= Voice.SpeechByEar(context)))
                Report(sink, word, Severity.Info);
            else
                Report(sink, word);
        }
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The news was going to devestate him.", "The news was going to devastate him."),
        Example.Flag("He said it with such athority that I believed him.", "He said it with such authority that I believed him."),
        Example.Flag("She wimpered in the dark.", "She whimpered in the dark."),
        Example.Flag("The smoke was sufffocating us.", "The smoke was suffocating us."),
        Example.Flag("I was mortifyed to tell him.", "I was mortified to tell him."),
        Example.Flag("Tavisha jumpd over the fence.", "Tavisha jumped over the fence."),   // a slip beside a name is no foreign phrase
        Example.Flag("\"We leave in Septemeber,\" Mum said.", "\"We leave in September,\" Mum said."),
        Example.Flag("Chapter Two: The Long Begining\n\nRain fell all night.", "Chapter Two: The Long Beginning\n\nRain fell all night.", "a heading is checked too"),
        Example.Keep("Chapter Two: Tavenor Rising\n\nRain fell all night.", "a capitalized word in a heading may be a name, as at a sentence's start"),
        Example.Keep("THE LAST OF KELLOWAY\n\nRain fell all night.", "a heading in capitals: a name or a title"),
        Example.Flag("We left because ther was no bread.", "We left because there was no bread.", "the sentence chooses among close corrections"),
        Example.Flag("She ran throught the woods.", "She ran through the woods."),
        Example.Flag("The new docter arived late.", "The new doctor arrived late.", "two slips side by side are no foreign phrase"),
        Example.Flag("It caused seriouse troble for us.", "It caused serious trouble for us.", "a letter too many is a slip too, beside another slip"),
        Example.Flag("They mocked the presidant pompisness.", "They mocked the president pompousness.", "an ending only English words take (-ness, -ies, -ments) marks an English slip beside another"),
        Example.Keep("He wrote only: ich liebe dich.", "a foreign phrase with a foreign function word"),
        Example.Flag("I dont think she saw us.", "I don't think she saw us.", "a contraction without its apostrophe, however often it is heard"),
        Example.Keep("His reasonings were long and his broodings longer.", "a plural noun, not a possessive without its apostrophe"),
        Example.Keep("Dr. Groll took the samples back to Smallville."),
        Example.Keep("I walked home with Augustin and Marcha.", "names made from a month's name are names"),
        Example.Keep("The deed was witnessed by Thos. Carew and Wm. Hale.", "an abbreviated given name, listed with its period"),
        Example.Keep("Matsuo bowed to Helva. Helva watched Matsuo leave.", "names learned from the manuscript"),
        Example.Keep("\"I don't wanna go,\" she said.", "informal speech inside dialogue"),
        Example.Keep("The box hit the floor with a loud thunk.", "a sound word"),
        Example.Keep("The reel spun, zoooop, and the line went slack.", "a sound stretched for effect"),
        Example.Keep("\"Ah jist cain't reckon it,\" he said. \"Thet ol' mule's goin' nowhere, an' we're fixin' t' leave come mornin', so yuh best be packin'.\"",
            "eye dialect in speech written by ear throughout"),
        Example.Flag("\"I figgered he was gone,\" he said.", "\"I figured he was gone,\" he said.", "a sound-alike in ordinary speech is an error"),
        Example.Keep("\"Nooo,\" he groaned. \"W-what are you doing?\"", "drawn-out and stammered speech"),
        Example.Keep("They met at the well-known cafe at 10:30 on the 3rd of May; see https://example.com/a-page."),
        Example.Keep("\"Touché,\" she said over her café au lait.", "a borrowed word written with its accents"),
        Example.Keep("The teen-agers would be back to-day.", "a compound hyphenated where the dictionary closes it up"),
        Example.Keep("Dust lay on the veranda; the long drouth had come again.", "a rare or older spelling no common word is one slip from"),
        Example.Keep("The lawn was shorn close, and she leant on the gate.", "a past form the irregular-verb table lists"),
        Example.Keep("Her heart was lov'd, and all that he had destin'd for her was gone.", "a past with its e elided, as older verse writes it"),
        Example.Keep("The new r?gime at the ch?teau was strict.", "letters lost to question marks inside words"),
        Example.Keep("I couldn't believe they'd gone. Clark's coat was still there, and the boys' bikes."),
    ];
}
