using System.Text;

namespace Galley.Benchmarks;

/// <summary>A deterministic stand-in for a novel: paragraphs of narration and dialogue built from varied sentence
/// patterns, with recurring names, an invented word and some misspellings, so every analysis has work to do.</summary>
internal static class SyntheticNovel
{
    private static readonly string[] Names = ["Maribeth", "Tobiah", "Orlo", "Senna", "Captain Hale", "Dr. Quill"];
    private static readonly string[] Nouns = ["harbor", "lantern", "boat", "window", "letter", "storm", "road", "kitchen", "bridge", "garden", "coat", "knife", "river", "tower", "market"];
    private static readonly string[] Verbs = ["watched", "crossed", "opened", "found", "carried", "followed", "left", "painted", "counted", "dropped"];
    private static readonly string[] Adjectives = ["cold", "narrow", "quiet", "broken", "bright", "old", "heavy", "distant", "wet", "strange"];
    private static readonly string[] Slips = ["wimpered", "devestate", "athority", "recieved", "untill", "beleived"];

    public static string Build(int words, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder(words * 7);
        int count = 0;
        while (count < words)
        {
            int sentences = random.Next(2, 7);
            for (int s = 0; s < sentences; s++)
            {
                var sentence = Sentence(random);
                text.Append(sentence).Append(' ');
                count += sentence.Count(c => c == ' ') + 1;
            }
            text.Length--;
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Sentence(Random r)
    {
        string name = Names[r.Next(Names.Length)], noun = Nouns[r.Next(Nouns.Length)], verb = Verbs[r.Next(Verbs.Length)], adjective = Adjectives[r.Next(Adjectives.Length)];
        return r.Next(8) switch
        {
            0 => $"{name} {verb} the {adjective} {noun} before the grommetkin came.",
            1 => $"\"I {verb} the {noun},\" {name} said, \"and it was {adjective}.\"",
            2 => $"The {noun} was {adjective}, and {name} {verb} it anyway.",
            3 => $"We {verb} the {adjective} {noun} near the {Nouns[r.Next(Nouns.Length)]} at {r.Next(1, 12)} o'clock.",
            4 => $"\"Why the {noun}?\" asked {name}.",
            5 => $"She {Slips[r.Next(Slips.Length)]} by the {adjective} {noun}.",
            6 => $"Nobody {verb} {name}'s {noun} that night.",
            _ => $"It was {adjective}; the {noun} stayed {Adjectives[r.Next(Adjectives.Length)]} for {r.Next(2, 40)} days.",
        };
    }
}
