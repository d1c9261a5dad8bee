using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class ParticipleAdjective : Rule
{
    /// <summary>Verbs whose participle describes how someone feels or stands (I'm concerned, she was biased): after a
    /// person and "be", the bare verb is a slip for it.</summary>
    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["bias"] = "biased", ["concern"] = "concerned", ["prejudice"] = "prejudiced", ["confuse"] = "confused",
        ["disappoint"] = "disappointed", ["embarrass"] = "embarrassed", ["frighten"] = "frightened", ["scare"] = "scared",
        ["surprise"] = "surprised", ["amaze"] = "amazed", ["excite"] = "excited", ["satisfy"] = "satisfied",
        ["annoy"] = "annoyed", ["relieve"] = "relieved", ["exhaust"] = "exhausted", ["overwhelm"] = "overwhelmed",
        ["worry"] = "worried", ["terrify"] = "terrified", ["depress"] = "depressed", ["disgust"] = "disgusted",
        ["impress"] = "impressed", ["involve"] = "involved", ["prepare"] = "prepared", ["shock"] = "shocked",
        ["stun"] = "stunned", ["horrify"] = "horrified", ["astonish"] = "astonished", ["frustrate"] = "frustrated",
    };

    /// <summary>A person and a form of be, in one token or two: I'm, she was, they're.</summary>
    private static readonly HashSet<string> PersonWithBe = ["i'm", "you're", "he's", "she's", "we're", "they're"];
    private static readonly HashSet<string> Persons = ["i", "you", "he", "she", "we", "they"];
    private static readonly HashSet<string> BeForms = ["am", "is", "are", "was", "were"];
    private static readonly HashSet<string> Intensifiers = ["so", "very", "really", "too", "not", "just", "quite", "extremely", "getting", "becoming", "never"];

    public override RuleInfo Info { get; } = new(
        "GL4023", "participle-as-adjective", Category.Agreement, Severity.Warning,
        "A feeling after be takes the participle: I'm concerned, she was biased, not I'm concern.",
        Help: "Words such as *concerned*, *biased*, *confused* and *worried* are participles; after a person and *be* the " +
              "bare verb is a slip (`I'm concern about him` → `I'm concerned about him`). Only a personal pronoun with " +
              "*be*, perhaps with *so*, *very* or *not* between, is checked, so a noun (`it's my concern`) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I'm concern about the roof.", "I'm concerned about the roof."),
        Example.Flag("She was so confuse by the map.", "She was so confused by the map."),
        Example.Flag("They're bias against strangers.", "They're biased against strangers."),
        Example.Keep("It's my concern, not yours.", "a noun"),
        Example.Keep("The concern is the roof."),
        Example.Keep("I'm concerned about the roof."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } word) continue;
            int v;
            if (PersonWithBe.Contains(word)) v = text.Next(t);
            else if (Persons.Contains(word) && text.Next(t) is int be and >= 0 && BeForms.Contains(text.Word(be) ?? "")) v = text.Next(be);
            else continue;
            if (v >= 0 && Intensifiers.Contains(text.Word(v) ?? "")) v = text.Next(v);
            if (v < 0 || text.Word(v) is not { } bare || !Participles.TryGetValue(bare, out var participle)) continue;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"Use the participle \u201c{participle}\u201d after \u201c{context.Manuscript.StringOf(tokens[t])}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, participle));
        }
    }
}
