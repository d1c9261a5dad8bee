using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Agreement;

public sealed class SubjectVerbAgreement : Rule
{
    /// <summary>Irregular present forms that disagree with their pronoun, and what each pronoun needs instead.</summary>
    private static readonly Dictionary<(string Subject, string Verb), string> Irregular = BuildIrregular();

    /// <summary>How far back the sentence's tense is looked for: keeps the rule linear on a runaway sentence.</summary>
    private const int ScanLimit = 40;

    public override RuleInfo Info { get; } = new(
        "GL4001", "subject-verb-agreement", Category.Agreement, Severity.Warning,
        "A verb that does not agree with its pronoun subject (he disapprove, they was, I is, everyone are), or a name with don't.",
        Help: "Only the clear cases are checked: a personal pronoun right before its verb, and a name before `don't` in narration. Questions (`Does he know?`) and " +
              "subjunctives (`I insisted that he go`) are left alone. Inside dialogue a character may speak this way on purpose, " +
              "so there the rule only gives a hint, and none in speech with other marks of dialect (ain't, y'all, nothin').");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She always disapprove of my friends.", "She always disapproves of my friends."),
        Example.Flag("I knew he disapprove of the plan.", "I knew he disapproved of the plan."),
        Example.Flag("They was waiting by the car.", "They were waiting by the car."),
        Example.Flag("It seem too quiet tonight.", "It seems too quiet tonight.", "it opening a clause, before a word that is only a verb"),
        Example.Keep("We watched it make a nest.", "it after a verb is its object"),
        Example.Flag("He don't look at me anymore.", "He doesn't look at me anymore."),
        Example.Flag("She don\u2019t care.", "She doesn\u2019t care.", "the writer's curly apostrophe is kept"),
        Example.Flag("I is tired of running.", "I am tired of running."),
        Example.Flag("We knows the way home.", "We know the way home."),
        Example.Flag("He like this place more than he says.", "He likes this place more than he says.", "a verb often a preposition, before its object"),
        Example.Keep("He, like a ghost, drifted past.", "a simile"),
        Example.Flag("She study hard every evening.", "She studies hard every evening.", "a noun-like verb before an adverb"),
        Example.Flag("They repairs the nets each spring.", "They repair the nets each spring.", "a plural-like verb before its object"),
        Example.Flag("If they needs money, they ask.", "If they need money, they ask.", "a word often a noun that the tagger reads as a verb here"),
        Example.Flag("He shrug, and walks back to the truck.", "He shrugs, and walks back to the truck.", "a noun-like verb joined to a verb in -s"),
        Example.Keep("She and her sister walk and talks.", "a coordinated subject is left alone"),
        Example.Flag("Everyone are staring at us.", "Everyone is staring at us."),
        Example.Keep("Does he know the way home?"),
        Example.Keep("The doctor insisted that she rest for a week."),
        Example.Keep("If he were here, he would help."),
        Example.Flag("It are too late for that.", "It is too late for that.", "it opening a clause takes is"),
        Example.Flag("She were never late for anything.", "She was never late for anything.", "were after he or she opening a sentence"),
        Example.Keep("I wished she were here.", "a subjunctive after wish"),
        Example.Keep("He talked as though he were the king.", "a subjunctive after as though"),
        Example.Keep("He cut the rope and put it away.", "past forms that look like the base"),
        Example.Keep("He need not worry."),
        Example.Keep("Act I is the longest."),
        Example.Keep("You and I are friends."),
        Example.Keep("I'd rather he stay."),
        Example.Flag("Every morning Tobiah walks the dog, but Tobiah don't feed it.", "Every morning Tobiah walks the dog, but Tobiah doesn't feed it.", "a name takes doesn't in narration"),
        Example.Flag("Tobiah waited at the gate. Tobiah don't see the car until it stopped.", "Tobiah waited at the gate. Tobiah didn't see the car until it stopped.", "in a past-tense story the past is offered first"),
        Example.Keep("\"Tobiah don't feed the dog,\" Gran said.", "in speech a name with don't is a character's dialect"),
        Example.Keep("\"She don't care none, and she ain't coming back,\" said Pa.", "speech with other marks of dialect (ain't) keeps its grammar"),
        Example.Keep("Tobiah and Wren don't feed the dog.", "a coordinated subject is plural"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Is(Document.TokenFlags.Capitalized)) CheckNameDont(context, text, sink, t);
            if (!text.Is(t, WordClass.SubjectPronoun | WordClass.IndefinitePronoun)) continue;
            var subject = text.Word(t)!;
            if (subject == "it" && !text.StartsClause(t)) continue;   // "made it happen": it is often an object
            if (subject == "you" && !StartsYouClause(text, t)) continue;   // "tell you is", "beat you was": you as an object
            if (!SubjectPronoun.IsDeclarativeSubject(text, t) || SubjectPronoun.IsCoordinated(text, t)) continue;
            int v = SubjectPronoun.VerbAfter(text, t);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized)) continue;
            var verb = text.Word(v)!;
            var corrections = Corrections(context, text, subject, t, verb, v);
            if (corrections is null || DialectSpeech.Contains(context, text, v)) continue;
            var fixes = corrections.ConvertAll(text.WithApostrophe);
            var span = tokens[v].Span;
            var written = context.Manuscript.StringOf(tokens[t]);
            sink.Report(Info, span, $"\u201c{written}\u201d takes \u201c{fixes[0]}\u201d, not \u201c{context.Manuscript.StringOf(tokens[v])}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.ReplaceEach(span, fixes));
        }
    }

    /// <summary>"Mara don't know": a name takes "doesn't" like he and she. Narration only: in speech it is dialect.
    /// The cheap tests come first: few capitalized words have "don't" after them.</summary>
    private void CheckNameDont(CheckContext context, GrammarText text, DiagnosticSink sink, int t)
    {
        var tokens = text.Tokens;
        if (tokens[t].Is(Document.TokenFlags.InSpeech)) return;
        int v = SubjectPronoun.VerbAfter(text, t);
        if (v < 0 || text.Word(v) != "don't" || tokens[v].Is(Document.TokenFlags.Capitalized)) return;
        if (SubjectPronoun.IsCoordinated(text, t) || !IsNameSubject(context, text, t)) return;
        // In a past-tense story the writer more likely meant the past (Mara didn't know): offer it first.
        bool past = Galley.Story.TenseAnalysis.Of(context).Dominant == Galley.Story.Tense.Past;
        var fixes = (past ? new[] { "didn't", "doesn't" } : ["doesn't", "didn't"]).Select(text.WithApostrophe).ToArray();
        var span = tokens[v].Span;
        sink.Report(Info, span, $"\u201c{context.Manuscript.StringOf(tokens[t])}\u201d takes \u201c{fixes[0]}\u201d or \u201c{fixes[1]}\u201d, not \u201c{context.Manuscript.StringOf(tokens[v])}\u201d.",
            Info.Severity, Fix.ReplaceEach(span, fixes));
    }

    /// <summary>A single name standing as a clause's subject: capitalized, learned as a name or missing from the
    /// dictionary in lowercase (so not "Birds" at a sentence start), not a family plural (the Kents), and not the
    /// second part of a longer name or an object (told Mara).</summary>
    private static bool IsNameSubject(CheckContext context, GrammarText text, int t)
    {
        var token = text.Tokens[t];
        if (!token.Is(Document.TokenFlags.Capitalized) || token.Is(Document.TokenFlags.AllCaps) || text.Word(t) is not { } lower) return false;
        if (text.Tags(t).Top is Pos.Pron or Pos.Det or Pos.Adv or Pos.Conj or Pos.Sconj or Pos.Adp) return false;   // It, They, This: not names
        var written = context.Manuscript.TextOf(token);
        if (written.Contains('\'') || written.Contains('\u2019') || context.Names.IsNamePlusS(written)) return false;
        if (!context.Names.IsName(written) && context.Lexicon.Words.ContainsExact(lower, context.Dialect)) return false;
        return SubjectPronoun.StartsSubjectClause(text, t);
    }

    /// <summary>The verb forms the subject takes instead of the one written, or null when it agrees.</summary>
    private static List<string>? Corrections(CheckContext context, GrammarText text, string subject, int s, string verb, int v)
    {
        // She were late: opening the sentence, no if, wish or as though can make it a subjunctive.
        if (verb is "were" or "weren't" && subject is "he" or "she" && text.OpensSentence(s)) return [verb == "were" ? "was" : "wasn't"];
        // Every verb in the irregular table is an auxiliary (BuildIrregular checks): the bit test spares a hash for the rest.
        if (text.Is(v, WordClass.Auxiliary) && Irregular.TryGetValue((subject, verb), out var fixedVerb)) return [fixedVerb];
        var tags = text.Tags(v);
        bool singular = subject is "he" or "she";
        // It opening a clause takes -s too, but only before a word that is nothing but a base verb (it make, it seem).
        if (subject == "it" && IsPlainBaseVerb(verb, tags)) singular = true;
        if (singular && (IsPlainBaseVerb(verb, tags) || IsBaseVerbHere(text, verb, tags, v) || IsBaseBesideThirdPerson(context, text, verb, tags, v)
                       || IsBaseBeforeObject(context, text, verb, tags, v)))
        {
            var third = VerbForms.ThirdPerson(verb);
            var past = VerbForms.Past(verb, context);
            var fixes = new List<string> { third };
            if (past is not null) fixes.Insert(InPastNarrative(text, v) ? 0 : 1, past);
            return fixes;
        }
        if (subject is "i" or "we" or "they" or "you" && (tags.Top == Pos.Vbz && tags.Share(Pos.Vbz) >= 0.8 || IsThirdPersonBeforeObject(context, text, verb, v)
                                                          || IsThirdPersonHere(context, text, verb, tags, v))
            && VerbForms.BaseOfThirdPerson(verb, context) is { } plain)
            return [plain];
        return null;
    }

    /// <summary>"You" is a subject at the start of a clause or after a conjunction or adverb, not after a verb or preposition.</summary>
    private static bool StartsYouClause(GrammarText text, int t)
    {
        if (text.StartsClause(t)) return true;
        int previous = text.Previous(t);
        return previous >= 0 && text.Tags(previous).Top is Pos.Conj or Pos.Sconj or Pos.Adv && text.Word(previous) is not ("than" or "as");
    }

    /// <summary>A word that is often a noun too (hate, love) but that the tagger reads as a present verb right here.</summary>
    private static bool IsBaseVerbHere(GrammarText text, string verb, TagProfile tags, int v) =>
        text.Tagged(v).Head is Pos.Vb or Pos.Vbp && !text.Tagged(v).IsCompound && tags.Share(Pos.Vb, Pos.Vbp) >= 0.3
        && tags.Share(Pos.Vbd, Pos.Vbn) < 0.05 && !IsFixedBase(verb);

    /// <summary>Bases that stand after he or she as they are (he need not, she dare not, he beware) or in set phrases
    /// (please, thank), and contractions.</summary>
    private static bool IsFixedBase(string verb) => verb is "be" or "need" or "dare" or "please" or "thank" or "beware" || verb.Contains('\'');

    /// <summary>A base verb Brown almost never tags as past, participle or noun (disapprove, not put, cut or need).</summary>
    private static bool IsPlainBaseVerb(string verb, TagProfile tags) =>
        tags.Top is Pos.Vb or Pos.Vbp && tags.Share(Pos.Vb, Pos.Vbp) >= 0.8 && tags.Share(Pos.Vbd, Pos.Vbn) < 0.05 && !IsFixedBase(verb);

    /// <summary>Share of its tagged uses a word must be a verb in -s to be read as one where the tagger reads it so.</summary>
    private const double ThirdPersonShare = 0.2;

    /// <summary>A word often a noun too (needs, causes) that the tagger reads as a verb in -s right here, after I, we,
    /// they or you (they needs money); not when a verb follows, where the word may be a noun the pronoun's verb follows.</summary>
    private static bool IsThirdPersonHere(CheckContext context, GrammarText text, string verb, TagProfile tags, int v)
    {
        if (text.Tagged(v).Head != Pos.Vbz || text.Tagged(v).IsCompound || tags.Share(Pos.Vbz) < ThirdPersonShare || verb.Contains('\'')) return false;
        int next = text.Next(v);
        if (next >= 0 && (text.Tagged(next).IsVerb || text.Tagged(next).Head == Pos.Md)) return false;
        return VerbForms.BaseOfThirdPerson(verb, context) is { } plain && VerbForms.ThirdPerson(plain) == verb;   // not dos (do's plural)
    }

    /// <summary>A word that is often a noun or preposition too (like, study) right after he or she and before its object
    /// (he like this place, she study the map): only a verb stands there. Not "like a" (he, like a ghost, …).</summary>
    private static bool IsBaseBeforeObject(CheckContext context, GrammarText text, string verb, TagProfile tags, int v)
    {
        if (tags.Share(Pos.Vb, Pos.Vbp) < 0.1 || tags.Share(Pos.Vbd, Pos.Vbn) >= 0.05 || tags.Share(Pos.Adj, Pos.Adv) >= 0.3
            || verb.EndsWith('s') || IsFixedBase(verb))
            return false;
        int next = text.Next(v);
        if (text.Word(next) is not { } obj || verb == "like" && obj is "a" or "an") return false;
        // she study hard: an adverb of manner after it also shows the verb
        bool adverb = text.Tagged(next).Head == Pos.Adv && text.Tags(next).Share(Pos.Adj, Pos.Adv) >= 0.7 && verb != "like";
        return (ObjectStarts.Contains(obj) || adverb) && VerbForms.Past(verb, context) is not null;
    }

    /// <summary>Words that open a verb's object: after a word that may be a noun, they show it is a verb here.</summary>
    private static readonly HashSet<string> ObjectStarts = new(StringComparer.Ordinal)
    {
        "this", "that", "these", "those", "the", "my", "your", "his", "her", "our", "their", "it", "them", "him", "me", "us",
    };

    /// <summary>A plural noun that is also a verb in -s (repairs, fixes) after I, we, they or you and before its object
    /// (they repairs the fence): the verb, with the -s it should not have.</summary>
    private static bool IsThirdPersonBeforeObject(CheckContext context, GrammarText text, string verb, int v) =>
        text.Word(text.Next(v)) is { } obj && ObjectStarts.Contains(obj) && obj is not ("that" or "her")
        && VerbForms.BaseOfThirdPerson(verb, context) is { } plain && WordTags.Of(plain).Share(Pos.Vb, Pos.Vbp) >= 0.2;

    /// <summary>A word that is often a noun (nod, shrug) standing where a verb must be: joined by "and" to a clear
    /// third-person verb (she shrug and walks off), it is that verb's base form, missing its -s.</summary>
    private static bool IsBaseBesideThirdPerson(CheckContext context, GrammarText text, string verb, TagProfile tags, int v)
    {
        if (tags.Share(Pos.Adj, Pos.Adv) >= 0.3 || tags.Share(Pos.Vbd, Pos.Vbn) >= 0.05 || verb.Contains('\'') || verb.EndsWith('s')) return false;
        int and = v + 1;
        if (and < text.Tokens.Length && text.Tokens[and].Kind == Document.TokenKind.Punctuation && context.Text[text.Tokens[and].Start] == ',') and++;
        if (text.Word(and) != "and" || VerbForms.Past(verb, context) is null) return false;
        int next = text.Next(and);
        if (text.Word(next) is not { } other) return false;
        return text.Tagged(next).Head == Pos.Vbz && text.Tags(next).Share(Pos.Vbz) >= 0.3 && VerbForms.BaseOfThirdPerson(other, context) is not null;
    }

    /// <summary>The sentence already told in the past before this verb (I knew he disapprove…): offer the past first.</summary>
    private static bool InPastNarrative(GrammarText text, int v)
    {
        var sentence = text.Manuscript.SentenceOf(v);
        for (int p = v - 1; p >= sentence.FirstToken && p >= v - ScanLimit; p--)
        {
            var tags = text.Tags(p);
            if (tags.Top == Pos.Vbd && tags.Share(Pos.Vbd) >= 0.6) return true;
            if (tags.Top is Pos.Vbz or Pos.Vbp) return false;
        }
        return false;
    }

    private static Dictionary<(string, string), string> BuildIrregular()
    {
        var map = new Dictionary<(string, string), string>();
        foreach (var s in new[] { "he", "she" })
        {
            map[(s, "don't")] = "doesn't";
            map[(s, "are")] = "is";
            map[(s, "aren't")] = "isn't";
            map[(s, "am")] = "is";
            map[(s, "have")] = "has";
            map[(s, "haven't")] = "hasn't";
        }
        map[("it", "don't")] = "doesn't";
        map[("it", "are")] = "is";
        map[("it", "aren't")] = "isn't";
        map[("it", "am")] = "is";
        map[("it", "have")] = "has";
        map[("it", "haven't")] = "hasn't";
        foreach (var s in FunctionWords.IndefinitePronouns)
        {
            map[(s, "are")] = "is";
            map[(s, "aren't")] = "isn't";
            map[(s, "have")] = "has";
            map[(s, "haven't")] = "hasn't";
            map[(s, "don't")] = "doesn't";
        }
        foreach (var s in new[] { "we", "they", "you" })
        {
            map[(s, "was")] = "were";
            map[(s, "wasn't")] = "weren't";
            map[(s, "is")] = "are";
            map[(s, "isn't")] = "aren't";
            map[(s, "has")] = "have";
            map[(s, "hasn't")] = "haven't";
            map[(s, "does")] = "do";
            map[(s, "doesn't")] = "don't";
            map[(s, "am")] = "are";
        }
        map[("i", "is")] = "am";
        map[("i", "are")] = "am";
        map[("i", "has")] = "have";
        map[("i", "hasn't")] = "haven't";
        map[("i", "does")] = "do";
        map[("i", "doesn't")] = "don't";
        System.Diagnostics.Debug.Assert(map.Keys.All(k => FunctionWords.Auxiliaries.Contains(k.Item2)), "Corrections reads the table only after an auxiliary");
        return map;
    }
}
