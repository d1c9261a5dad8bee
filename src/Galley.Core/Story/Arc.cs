using Galley.Document;

namespace Galley.Story;

/// <summary>The emotional arc: each prose paragraph's AFINN-165 valence (a word's score, negated after "not",
/// "never"…; two-word entries matched first), divided by the square root of its length so long paragraphs do not
/// dominate, then smoothed with a centred moving average about a twentieth of the story wide.</summary>
internal static class ArcAnalysis
{
    public static List<ArcPoint> Analyze(Manuscript manuscript)
    {
        var tokens = manuscript.Tokens;
        var raw = new List<(Paragraph Paragraph, double Score)>();
        foreach (var p in manuscript.Paragraphs)
        {
            if (!p.IsProse) continue;
            int sum = 0, words = 0;
            string previous = "", beforePrevious = "";
            for (int t = p.FirstToken; t < p.FirstToken + p.TokenCount; t++)
            {
                if (!tokens[t].IsWord) continue;
                words++;
                string w = NarratorFinder.Lower(manuscript, t);
                int v = StoryData.Valence(previous + " " + w);
                if (v != 0) v -= StoryData.Valence(previous);   // the pair replaces its first word's own score
                else v = StoryData.Valence(w);
                if (v != 0 && (Words.Negators.Contains(previous) || Words.Negators.Contains(beforePrevious))) v = -v;
                sum += v;
                beforePrevious = previous;
                previous = w;
            }
            if (words > 0) raw.Add((p, sum / Math.Sqrt(words)));
        }
        int half = Math.Max(1, raw.Count / 40);
        var arc = new List<ArcPoint>(raw.Count);
        double window = 0;
        int lo = 0, hi = -1;
        for (int i = 0; i < raw.Count; i++)
        {
            while (hi < Math.Min(raw.Count - 1, i + half)) window += raw[++hi].Score;
            while (lo < i - half) window -= raw[lo++].Score;
            arc.Add(new ArcPoint(raw[i].Paragraph.Index, raw[i].Paragraph.Span, Math.Round(raw[i].Score, 3), Math.Round(window / (hi - lo + 1), 3)));
        }
        return arc;
    }
}
