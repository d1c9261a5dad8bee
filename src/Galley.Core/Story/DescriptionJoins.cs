using Galley.Document;

namespace Galley.Story;

/// <summary>A description the narration uses for someone it also names or describes otherwise (*the young man* for
/// Newland, *the old lady* for *the Grandmother*) is that character: the one the narration is about, as a sentence's
/// subject, just before the description's mentions. Decided once the pronouns have given the cast its genders and a
/// first reading has said who speaks, so that a description never joins someone of the other gender, nor someone
/// it talks to.</summary>
internal static class DescriptionJoins
{
    /// <summary>Heads that describe whoever is about, not a role (*the doctor* and *the landlady* are people of their own).</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
        { "man", "woman", "lady", "gentleman", "girl", "boy", "fellow", "lad" };

    /// <summary>How many of the description's mentions must follow the character as the topic, and how many times as
    /// often as any other character.</summary>
    private const int MinTopicVotes = 2, TopicMargin = 2;

    /// <summary>How many paragraphs before a mention the topic may be.</summary>
    private const int TopicParagraphs = 2;

    /// <summary>Joins each generic description to the character it stands for; true when any was joined.</summary>
    public static bool Join(Manuscript manuscript, Cast cast, List<SpeakerAttribution.Line> lines)
    {
        var votes = new Dictionary<int, Dictionary<int, int>>();
        foreach (var member in cast.Members)
            if (member.Gender != Gender.Unknown && IsGenericDescription(member)) votes[member.Id] = new();
        if (votes.Count == 0) return false;
        // The character each sentence opens with as its subject, if any.
        var sentences = manuscript.Sentences;
        var subjectOf = new int[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            int t = SpeakerAttribution.SubjectOf(manuscript, cast, sentences[i]);
            subjectOf[i] = t >= 0 ? cast.CharacterAt(t) : -1;
        }
        // Each mention votes for the latest sentence subject of its gender in this or the paragraphs just before.
        for (int t = 0; t < manuscript.Tokens.Length; t++)
        {
            int id = cast.CharacterAt(t);
            if (id < 0 || t > 0 && cast.CharacterAt(t - 1) == id || !votes.TryGetValue(id, out var tally)) continue;
            var gender = cast.Members[id].Gender;
            var sentence = manuscript.SentenceOf(t);
            for (int s = sentence.Index - 1; s >= 0 && sentences[s].Paragraph >= sentence.Paragraph - TopicParagraphs; s--)
            {
                int topic = subjectOf[s];
                if (topic < 0 || topic == id || cast.Members[topic].Gender != gender) continue;
                tally[topic] = tally.GetValueOrDefault(topic) + 1;
                break;
            }
        }
        var talking = TalkingPairs(lines);
        bool joined = false;
        foreach (var (description, tally) in votes)
        {
            var ranked = tally.OrderByDescending(v => v.Value).ThenBy(v => v.Key).ToList();
            if (ranked.Count == 0 || ranked[0].Value < MinTopicVotes || ranked.Count > 1 && ranked[0].Value < TopicMargin * ranked[1].Value) continue;
            int into = ranked[0].Key;
            if (talking.Contains((Math.Min(into, description), Math.Max(into, description)))) continue;
            cast.Merge(description, into);
            joined = true;
        }
        return joined;
    }

    private static bool IsGenericDescription(CastMember member) =>
        member.Key.StartsWith("the ", StringComparison.Ordinal) && member.MentionOffsets.Count > 0
        && GenericHeads.Contains(member.Key[(member.Key.LastIndexOf(' ') + 1)..]);

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
