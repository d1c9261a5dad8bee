using Galley.Checking;
using Galley.Document;
using Galley.Lexicon;

namespace Galley.Story;

/// <summary>The library's front door for the story report: a manuscript in, a <see cref="StoryReport"/> out. Every
/// step is one or a few linear passes over the tokens.</summary>
public static class StoryAnalysis
{
    /// <summary>What a first-person narrator is called when the story never names them.</summary>
    public const string UnnamedNarrator = "Narrator";

    public static StoryReport Analyze(string text, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        var lexicon = Lexicon.Lexicon.Default;
        var manuscript = Manuscript.Parse(text, lexicon.Language);
        return Analyze(manuscript, lexicon, NameBook.Learn(manuscript, lexicon, options), options.Dialect);
    }

    public static StoryReport Analyze(Manuscript manuscript, Lexicon.Lexicon lexicon, NameBook names, Dialect dialect = Dialect.EnUS)
    {
        var cast = Cast.Find(manuscript, lexicon, names, dialect);
        var scenes = NarratorFinder.Scenes(manuscript);
        var person = NarratorFinder.PersonOf(manuscript, 0, manuscript.Tokens.Length);
        string? narratorName = scenes.Where(s => s.Person == Person.First && s.HeadingNarrator is not null)
            .GroupBy(s => s.HeadingNarrator!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        string? nameSource = narratorName is null ? null : "heading";
        int narrator = SpeakerAttribution.Nobody;
        if (narratorName is not null)
        {
            var member = cast.Find(narratorName) ?? cast.Add(narratorName);
            member.PersonEvidence++;
            narrator = member.Id;
        }
        var lines = SpeakerAttribution.Attribute(manuscript, cast, lexicon.Language, scenes, narrator);
        if (DescriptionJoins.Join(manuscript, cast, lines)) lines = SpeakerAttribution.Attribute(manuscript, cast, lexicon.Language, scenes, narrator);
        if (narrator < 0 && person == Person.First)
        {
            // Others call the narrator by name: the character most often addressed in lines the narrator does not speak.
            // A tag may not name them, though turn-taking may have given them lines; once named, the lines are
            // attributed again with the narrator known, so the narrator and that character are one party.
            var addressed = lines.Where(l => l.Speaker >= 0 && l.Addressee >= 0)
                .GroupBy(l => l.Addressee).OrderByDescending(g => g.Count()).FirstOrDefault();
            if (addressed is not null && !lines.Any(l => l.Speaker == addressed.Key && l.How == Attribution.Tag))
            {
                narrator = addressed.Key;
                narratorName = cast.Members[narrator].Name;
                nameSource = "addressed in dialogue";
                lines = SpeakerAttribution.Attribute(manuscript, cast, lexicon.Language, scenes, narrator);
            }
        }

        string? SpeakerName(int id) => id >= 0 ? cast.Members[id].Name
            : id == SpeakerAttribution.NarratorId ? (narrator >= 0 ? cast.Members[narrator].Name : UnnamedNarrator) : null;

        var dialogue = new List<DialogueLine>(lines.Count);
        var tokens = manuscript.Tokens;
        foreach (var line in lines)
        {
            int speaker = line.Speaker == SpeakerAttribution.NarratorId && narrator >= 0 ? narrator : line.Speaker;
            if (speaker >= 0)
            {
                cast.Members[speaker].Lines++;
                var inner = line.Quote.Inner(tokens);
                for (int t = line.Quote.OpenToken + 1; t < tokens.Length && tokens[t].Start < inner.End; t++) if (tokens[t].IsWord) cast.Members[speaker].SpokenWords++;
            }
            var span = line.Quote.Inner(tokens);
            dialogue.Add(new DialogueLine(span, manuscript.Text.Substring(span.Start, span.Length), SpeakerName(speaker), SpeakerName(line.Addressee), line.How, line.Quote.Paragraph));
        }

        var characters = cast.Members
            .Where(m => m.Lines > 0 || m.MentionOffsets.Count > 1 || m.Kind != CharacterKind.Unknown && m.MentionOffsets.Count > 0)   // a one-off capitalized word is not a character
            .Select(m => ToCharacter(m, manuscript.Text.Length))
            .ToList();
        int unnamedLines = lines.Count(l => l.Speaker == SpeakerAttribution.NarratorId);
        if (narrator < 0 && unnamedLines > 0)
            characters.Add(new Character(UnnamedNarrator, [], CharacterKind.Person, Gender.Unknown, 0, unnamedLines, -1, new int[10]));
        characters = characters.OrderByDescending(c => c.Mentions + c.Lines).ThenBy(c => c.FirstMention).ToList();

        return new StoryReport(
            new Narrator(person, person == Person.First ? narratorName : null, person == Person.First ? nameSource : null),
            scenes.Select(s => new Scene(s.Index, s.Span, s.Person, s.Person == Person.First ? s.HeadingNarrator ?? narratorName : null, s.Heading)).ToList(),
            TenseAnalysis.Analyze(manuscript, names),
            characters,
            dialogue,
            StyleAnalysis.Analyze(manuscript, lexicon, names),
            ArcAnalysis.Analyze(manuscript),
            tokens.Count(t => t.IsWord)) { Spelling = SpellingReport.Of(DialectEvidence.Of(manuscript, lexicon)) };
    }

    private static Character ToCharacter(CastMember m, int textLength)
    {
        var spread = new int[10];
        foreach (int offset in m.MentionOffsets) spread[Math.Min(9, (int)((long)offset * 10 / Math.Max(1, textLength)))]++;
        string name = m.Name;
        var aliases = m.Forms.Keys.Where(f => f != name).OrderByDescending(f => m.Forms[f]).ThenBy(f => f, StringComparer.Ordinal).ToList();
        return new Character(name, aliases, m.Kind, m.Gender, m.MentionOffsets.Count, m.Lines, m.MentionOffsets.Count > 0 ? m.MentionOffsets.Min() : -1, spread)
            { SpokenWords = m.SpokenWords };
    }
}
