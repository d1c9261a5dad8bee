using Galley.Document;
using Galley.Text;

namespace Galley.Story;

/// <summary>Scenes and the person of their narration. A scene runs between scene breaks and headings; its narration
/// is every word outside speech, and the pronouns there (I, me, my; he, she, they; you) give its person.</summary>
internal static class NarratorFinder
{
    public sealed record SceneInfo(int Index, int FirstParagraph, int EndParagraph, TextSpan Span, Person Person, string? Heading, string? HeadingNarrator);

    public static List<SceneInfo> Scenes(Manuscript manuscript)
    {
        var scenes = new List<SceneInfo>();
        var paragraphs = manuscript.Paragraphs;
        string? heading = null;
        int first = -1;
        for (int p = 0; p <= paragraphs.Count; p++)
        {
            bool boundary = p == paragraphs.Count || paragraphs[p].Kind is ParagraphKind.Heading or ParagraphKind.SceneBreak;
            if (!boundary) { if (first < 0) first = p; continue; }
            if (first >= 0)
            {
                var span = TextSpan.FromBounds(paragraphs[first].Span.Start, paragraphs[p - 1].Span.End);
                var (firstToken, endToken) = (paragraphs[first].FirstToken, paragraphs[p - 1].FirstToken + paragraphs[p - 1].TokenCount);
                scenes.Add(new SceneInfo(scenes.Count, first, p, span, PersonOf(manuscript, firstToken, endToken), heading, HeadingNarrator(heading)));
                first = -1;
                heading = null;
            }
            if (p < paragraphs.Count && paragraphs[p].Kind == ParagraphKind.Heading) heading = manuscript.Text.Substring(paragraphs[p].Span.Start, paragraphs[p].Span.Length);
        }
        return scenes;
    }

    /// <summary>First person when the narration says I, me or my often enough beside he and she (a first-person
    /// narrator talks about others too); second when it says you more than anything else; otherwise third.</summary>
    public static Person PersonOf(Manuscript manuscript, int firstToken, int endToken)
    {
        var counts = CountPronouns(manuscript, firstToken, endToken);
        if (counts.Second >= 3 && counts.Second > counts.First && counts.Second * 2 > counts.Third) return Person.Second;
        if (counts.First >= 2 && counts.First * 4 >= counts.Third) return Person.First;
        if (counts.First >= 1 && counts.Third == 0) return Person.First;
        return Person.Third;
    }

    public static (int First, int Second, int Third) CountPronouns(Manuscript manuscript, int firstToken, int endToken)
    {
        int first = 0, second = 0, third = 0;
        var tokens = manuscript.Tokens;
        for (int t = firstToken; t < endToken; t++)
        {
            if (!tokens[t].IsWord || IsQuoted(tokens[t])) continue;
            string w = Lower(manuscript, t);
            if (Words.FirstPerson.Contains(w)) first++;
            else if (Words.FirstPersonPlural.Contains(w)) first += 0;
            else if (Words.SecondPerson.Contains(w)) second++;
            else if (Words.Masculine.Contains(w) || Words.Feminine.Contains(w)) third++;
        }
        return (first, second, third);
    }

    /// <summary>"Lana POV:", "Lana's POV", "POV: Lana" → Lana.</summary>
    public static string? HeadingNarrator(string? heading)
    {
        if (heading is null) return null;
        int pov = heading.IndexOf("POV", StringComparison.Ordinal);
        if (pov < 0) pov = heading.IndexOf("P.O.V", StringComparison.Ordinal);
        if (pov < 0) return null;
        var before = heading[..pov].Trim().TrimEnd('-', ':', '\u2013', '\u2014').Trim();
        if (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal)) before = before[..^2];
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[^1].Length > 1 && char.IsUpper(words[^1][0])) return words[^1];
        var after = heading[(pov + 3)..].Trim().TrimStart('.', ':', '-', ' ').Trim();
        var rest = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length > 0 && rest[0].Length > 1 && char.IsUpper(rest[0][0]) ? rest[0].TrimEnd(':', '.', ')') : null;
    }

    public static bool IsQuoted(Token token) => token.Is(TokenFlags.InSpeech) || token.Is(TokenFlags.InMention);

    /// <summary>A token's text in lowercase with typographic apostrophes made straight (I’ve → i've).</summary>
    public static string Lower(Manuscript manuscript, int t) => manuscript.Lower(t);
}
