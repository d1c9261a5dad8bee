using Galley.Document;

namespace Galley.Story;

/// <summary>A description that stands for a character the story also names or describes otherwise is that character.
/// Two kinds are joined: a generic description the narration uses for its topic (*the young man* for Newland, *the old
/// lady* for *the Grandmother*: the character of its gender that the narration has as a sentence subject, or failing
/// that names, just before its mentions), and a description a tag names only once, whose line answers a line
/// addressed by name to someone (*"…, Tom." / "…," said the boy.*). Decided once the pronouns have given the cast its genders and a first reading
/// has said who speaks, so that a description never joins someone of the other gender, nor someone it talks to.</summary>
internal static class DescriptionJoins
{
    /// <summary>Heads that describe whoever is about, not a role (*the doctor* and *the landlady* are people of their own).</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
        { "man", "woman", "lady", "gentleman", "girl", "boy", "fellow", "lad" };

    /// <summary>How many of the description's mentions must follow the character as the topic, and how many times as
    /// often as any other character.</summary>
    private const int MinTopicVotes = 2, TopicMargin = 2;

    /// <summary>How many paragraphs before a mention the topic may be, as a sentence subject or (failing one) merely named.</summary>
    private const int TopicParagraphs = 2, NamedParagraphs = 1;

    /// <summary>A description whose tags name it no more often than this is a passing one, whose answer can say who it is.</summary>
    private const int PassingTags = 1;

    /// <summary>Joins each description to the character it stands for; true when any was joined.</summary>
    public static bool Join(Manuscript manuscript, Cast cast, List<SpeakerAttribution.Line> lines)
    {
        var talking = TalkingPairs(lines);
        bool joined = false;
        foreach (var (description, into) in TopicJoins(manuscript, cast).Concat(AnswerJoins(cast, lines)))
        {
            if (cast.Members[description].MentionOffsets.Count == 0 || cast.Members[into].MentionOffsets.Count == 0
                || talking.Contains((Math.Min(into, description), Math.Max(into, description)))) continue;
            cast.Merge(description, into);
            joined = true;
        }
        return joined;
    }

    /// <summary>Each generic description and the character its mentions follow as the topic.</summary>
    private static List<(int Description, int Into)> TopicJoins(Manuscript manuscript, Cast cast)
    {
        var joins = new List<(int, int)>();
        var votes = new Dictionary<int, Dictionary<int, int>>();
        foreach (var member in cast.Members)
            if (member.Gender != Gender.Unknown && IsDescription(member) && GenericHeads.Contains(member.Key[(member.Key.LastIndexOf(' ') + 1)..]))
                votes[member.Id] = new();
        if (votes.Count == 0) return joins;
        // The character each sentence opens with as its subject, if any.
        var sentences = manuscript.Sentences;
        var subjectOf = new int[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            int t = SpeakerAttribution.SubjectOf(manuscript, cast, sentences[i]);
            subjectOf[i] = t >= 0 ? cast.CharacterAt(t) : -1;
        }
        // Each mention votes for the latest sentence subject of its gender in this or the paragraphs just before;
        // failing one, for the character of its gender the narration last names in this or the previous paragraph.
        for (int t = 0; t < manuscript.Tokens.Length; t++)
        {
            int id = cast.CharacterAt(t);
            if (id < 0 || t > 0 && cast.CharacterAt(t - 1) == id || !votes.TryGetValue(id, out var tally)) continue;
            var gender = cast.Members[id].Gender;
            var sentence = manuscript.SentenceOf(t);
            int topic = -1;
            for (int s = sentence.Index - 1; s >= 0 && sentences[s].Paragraph >= sentence.Paragraph - TopicParagraphs && topic < 0; s--)
                if (subjectOf[s] >= 0 && subjectOf[s] != id && cast.Members[subjectOf[s]].Gender == gender) topic = subjectOf[s];
            for (int u = t - 1; u >= 0 && topic < 0 && manuscript.SentenceOf(u).Paragraph >= sentence.Paragraph - NamedParagraphs; u--)
                if (cast.CharacterAt(u) is var named and >= 0 && named != id && !NarratorFinder.IsQuoted(manuscript.Tokens[u]) && cast.Members[named].Gender == gender)
                    topic = named;
            if (topic >= 0) tally[topic] = tally.GetValueOrDefault(topic) + 1;
        }
        foreach (var (description, tally) in votes)
        {
            var ranked = tally.OrderByDescending(v => v.Value).ThenBy(v => v.Key).ToList();
            if (ranked.Count > 0 && ranked[0].Value >= MinTopicVotes && (ranked.Count == 1 || ranked[0].Value >= TopicMargin * ranked[1].Value))
                joins.Add((description, ranked[0].Key));
        }
        return joins;
    }

    /// <summary>Each passing description whose tagged lines answer lines addressed to one character, of a gender that
    /// does not contradict its own, and that character.</summary>
    private static List<(int Description, int Into)> AnswerJoins(Cast cast, List<SpeakerAttribution.Line> lines)
    {
        var tags = new Dictionary<int, int>();
        var answered = new Dictionary<int, HashSet<int>>();
        int addressedParagraph = -1, addressed = SpeakerAttribution.Nobody;
        foreach (var line in lines)
        {
            bool named = line.How == Attribution.Tag && line.Pronoun == Gender.Unknown && line.Speaker >= 0;
            if (named) tags[line.Speaker] = tags.GetValueOrDefault(line.Speaker) + 1;
            if (named && addressedParagraph + 1 == line.Quote.Paragraph && addressed != line.Speaker && IsDescription(cast.Members[line.Speaker]))
            {
                if (!answered.TryGetValue(line.Speaker, out var set)) answered[line.Speaker] = set = new();
                set.Add(addressed);
            }
            if (line.Addressee >= 0) (addressedParagraph, addressed) = (line.Quote.Paragraph, line.Addressee);
        }
        var joins = new List<(int, int)>();
        foreach (var (description, set) in answered)
        {
            if (set.Count != 1 || tags.GetValueOrDefault(description) > PassingTags) continue;
            int into = set.First();
            Gender a = cast.Members[description].Gender, b = cast.Members[into].Gender;
            if (a == Gender.Unknown || b == Gender.Unknown || a == b) joins.Add((description, into));
        }
        return joins;
    }

    /// <summary>A description by a common noun (*the old lady*, *the porter*), not by a title (*the Colonel*).</summary>
    private static bool IsDescription(CastMember member) =>
        member.Key.StartsWith("the ", StringComparison.Ordinal) && char.IsLower(member.Key[member.Key.LastIndexOf(' ') + 1]);

    /// <summary>Pairs of characters (lower id first) that talk to each other: a line whose tag names one (not by he or
    /// she) is answered in the next paragraph by a line whose tag names the other, or one addresses the other by name.</summary>
    private static HashSet<(int, int)> TalkingPairs(List<SpeakerAttribution.Line> lines)
    {
        var pairs = new HashSet<(int, int)>();
        void Add(int a, int b)
        {
            if (a >= 0 && b >= 0 && a != b) pairs.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        SpeakerAttribution.Line? previous = null;
        foreach (var line in lines)
        {
            if (line.Speaker >= 0) Add(line.Speaker, line.Addressee);
            if (line.How != Attribution.Tag || line.Pronoun != Gender.Unknown || line.Speaker < 0) continue;
            if (previous is not null && previous.Quote.Paragraph + 1 == line.Quote.Paragraph) Add(previous.Speaker, line.Speaker);
            previous = line;
        }
        return pairs;
    }
}
