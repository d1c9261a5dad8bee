using Galley.Text;

namespace Galley.Document;

public enum ParagraphKind : byte
{
    Prose,
    /// <summary>"Chapter 3", "Lana POV:", "# Part One": shown to the writer, not checked as prose.</summary>
    Heading,
    /// <summary>"* * *", "~~~", "-x-x-": a break between scenes.</summary>
    SceneBreak,
    /// <summary>Verse quoted in prose: its lines' capitals and missing stops are the poem's, so only its spelling is checked.</summary>
    Verse,
}

/// <summary>A paragraph and the ranges of its sentences and tokens in the manuscript's lists.</summary>
public sealed record Paragraph(int Index, TextSpan Span, ParagraphKind Kind)
{
    public int FirstSentence { get; internal set; }
    public int SentenceCount { get; internal set; }
    public int FirstToken { get; internal set; }
    public int TokenCount { get; internal set; }
    public bool IsProse => Kind == ParagraphKind.Prose;
    /// <summary>Prose, verse and headings are checked for spelling (a capitalized word in a heading is judged as one
    /// opening a sentence); scene breaks are not.</summary>
    public bool IsSpellChecked => Kind is ParagraphKind.Prose or ParagraphKind.Verse or ParagraphKind.Heading;
}
