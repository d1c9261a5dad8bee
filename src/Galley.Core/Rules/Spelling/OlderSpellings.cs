using System.Collections.Frozen;

namespace Galley.Rules.Spelling;

/// <summary>Spellings that were standard in eighteenth- and nineteenth-century English and that edited reprints keep
/// (surprize, shew, connexion, chuse), with the modern spelling of each. In a manuscript that writes such spellings
/// (three uses or more in all) they are not misspellings but a hint, and quiet where one is written consistently
/// (<see cref="Checking.WrittenForms"/>); a lone one in a modern draft is still a typo.</summary>
internal static class OlderSpellings
{
    private static readonly FrozenDictionary<string, string> Modern = new Dictionary<string, string>
    {
        ["surprize"] = "surprise", ["surprized"] = "surprised", ["surprizes"] = "surprises", ["surprizing"] = "surprising",
        ["surprizingly"] = "surprisingly",
        ["shew"] = "show", ["shews"] = "shows", ["shewed"] = "showed", ["shewn"] = "shown", ["shewing"] = "showing",
        ["connexion"] = "connection", ["connexions"] = "connections",
        ["chuse"] = "choose", ["chuses"] = "chooses", ["chusing"] = "choosing",
        ["teaze"] = "tease", ["teazed"] = "teased", ["teazes"] = "teases", ["teazing"] = "teasing",
        ["secresy"] = "secrecy",
        ["intreat"] = "entreat", ["intreated"] = "entreated", ["intreats"] = "entreats", ["intreating"] = "entreating",
        ["intreaty"] = "entreaty", ["intreaties"] = "entreaties",
        ["doat"] = "dote", ["doated"] = "doted", ["doats"] = "dotes", ["doating"] = "doting", ["doatingly"] = "dotingly",
        ["stept"] = "stepped", ["dropt"] = "dropped", ["stopt"] = "stopped", ["whipt"] = "whipped", ["kist"] = "kissed",
        ["vext"] = "vexed", ["forbad"] = "forbade",
        ["visiter"] = "visitor", ["visiters"] = "visitors",
        ["compleat"] = "complete", ["cloaths"] = "clothes", ["controul"] = "control", ["controuled"] = "controlled",
        ["croud"] = "crowd", ["crouded"] = "crowded", ["recal"] = "recall", ["befal"] = "befall",
        ["phrenzy"] = "frenzy", ["extatic"] = "ecstatic", ["encrease"] = "increase", ["encreased"] = "increased",
        ["mediaeval"] = "medieval", ["loth"] = "loath", ["hazle"] = "hazel",
        ["staid"] = "stayed", ["burthen"] = "burden", ["burthens"] = "burdens", ["ancle"] = "ankle", ["ancles"] = "ankles",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every older spelling listed, lowercase.</summary>
    public static IEnumerable<string> All => Modern.Keys;

    /// <summary>The modern spelling of an older one (lowercase), or null.</summary>
    public static string? ModernOf(string lowercase) => Modern.GetValueOrDefault(lowercase);
}
