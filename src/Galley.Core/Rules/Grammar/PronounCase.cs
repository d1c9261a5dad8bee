namespace Galley.Rules.Grammar;

/// <summary>The subject and object forms of the personal pronouns that have both (he/him, they/them).</summary>
public static class PronounCase
{
    private static readonly Dictionary<string, string> ObjectForms = new(StringComparer.Ordinal)
    {
        ["he"] = "him", ["she"] = "her", ["we"] = "us", ["they"] = "them",
    };

    private static readonly Dictionary<string, string> SubjectForms = new(StringComparer.Ordinal)
    {
        ["him"] = "he", ["her"] = "she", ["them"] = "they", ["us"] = "we", ["you"] = "you",
    };

    /// <summary>The object form of a lowercase subject pronoun (they: them), or null.</summary>
    public static string? ObjectOf(string subject) => ObjectForms.GetValueOrDefault(subject);

    /// <summary>The subject form of a lowercase object pronoun (them: they; you: you), or null.</summary>
    public static string? SubjectOf(string objectForm) => SubjectForms.GetValueOrDefault(objectForm);
}
