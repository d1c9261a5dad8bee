using Galley.Diagnostics;

namespace Galley.Rules.RealWord;

public sealed class ConfusedWord : ConfusionRule
{
    public override RuleInfo Info { get; } = new(
        "GL5001", "confused-word", Category.RealWord, Severity.Warning,
        "A real word that is probably a slip for a similar one (loose/lose, then/than, aloud/a loud).",
        Help: "Each word of a confusion set (data/context/confusion-sets.tsv) is compared with the other members of its set. "
              + "A word trigram model and a part-of-speech tagger, both trained on the Brown corpus, score the sentence with the word "
              + "as written and with each alternative; the word is flagged only when an alternative reads far better on both and is "
              + "itself attested next to both neighbours, and the set's classifier (logistic regression over the words and tags "
              + "around it) must agree. See docs/context-model.md.");

    protected override bool Apostrophes => false;

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He dose not know what he wants.", "He does not know what he wants."),
        Example.Flag("She was taller then her brother.", "She was taller than her brother."),
        Example.Flag("She sat one the edge of the bed.", "She sat on the edge of the bed."),
        Example.Flag("He couldn't catch his breathe after the race.", "He couldn't catch his breath after the race."),
        Example.Flag("They were quiet sure of it.", "They were quite sure of it."),
        Example.Keep("He does not know what he wants."),
        Example.Keep("He had spoken too softly to be heard.", "\"too\" before an adverb or adjective is the adverb of degree."),
        Example.Keep("The knife, an ammunition pouch and a bottle lay in the sand.", "\"an\" before a vowel sound is the article."),
        Example.Keep("We ate, and then we walked down to the river."),
        Example.Keep("I would rather wait an hour or two for the post, than run the risk of a chill.", "a comparative earlier in the sentence takes the \"than\""),
        Example.Keep("No, he would sooner leave the house at once, than stay in it on such terms."),
        Example.Keep("Take a deep breath and hold it."),
        Example.Keep("The room was quiet after they left."),
        Example.Keep("She read the letter aloud to the others."),
        Example.Keep("The knot had worked loose during the night."),
        Example.Flag("It was one off the oldest houses in town.", "It was one of the oldest houses in town."),
        Example.Keep("He pushed the blanket off his legs.", "\"off\" after a verb and its object is the particle of separation, not a slip for \"of\"."),
        Example.Keep("She slid the ring off her finger."),
        Example.Keep("I peeled the label off the bottle."),
        Example.Keep("She took her eyes off the road."),
        Example.Keep("The study was a small room off the kitchen.", "The of/off classifier knows a room off a kitchen: it vetoes the n-gram model's \"of\"."),
        Example.Keep("He had written two short books about the war.", "The to/too/two classifier reads a number before an adjective and a plural noun."),
        Example.Keep("It takes two to start a fight.", "The classifier knows \"takes two\"."),
        Example.Keep("The bell had been bought to call the children in.", "The bought/brought classifier finds nothing for \"brought\" after \"had been\" here."),
        Example.Keep("He took such a coarse view of the matter.", "The coarse/course classifier reads the adjective between \"a\" and a noun."),
        Example.Flag("I was rally tired after the long walk.", "I was really tired after the long walk."),
        Example.Flag("I can hardly way for the summer.", "I can hardly wait for the summer."),
        Example.Flag("I have never heart of him.", "I have never heard of him."),
        Example.Flag("The house was all ready empty when we got there.", "The house was already empty when we got there."),
        Example.Keep("There was a long wait at the station.", "After a determiner or an adjective \"wait\" is the noun, not a slip for \"way\"."),
        Example.Keep("We were all ready when the bus came.", "After \"be\" and before a clause's end, \"all ready\" is the predicate: all of them were ready."),
        Example.Keep("The children were all ready and waiting at the door."),
    ];
}
