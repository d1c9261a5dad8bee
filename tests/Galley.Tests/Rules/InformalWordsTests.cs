using Galley.Checking;

namespace Galley.Tests.Rules;

/// <summary>Texting abbreviations (data/informal.tsv) are a character's voice: accepted in speech and in quoted
/// messages, at most a hint in narration, like gonna and kinda.</summary>
public class InformalWordsTests
{
    private static List<Diagnostics.Diagnostic> Spelling(string text) =>
        Checker.Check(text, CheckOptions.Default).Diagnostics.Where(d => d.RuleId.StartsWith("GL000", StringComparison.Ordinal)).ToList();

    [Theory]
    [InlineData("\"Tbh I thought you'd left,\" Dev said.")]
    [InlineData("\"Omg. Brb, the oven's on fire,\" she said.")]
    [InlineData("Her reply lit the screen: \"ikr, smh, ttyl.\"")]
    [InlineData("\"Nvm, jk, imo it's fine,\" he typed.")]
    public void Texting_abbreviations_in_speech_are_accepted(string text) => Assert.Empty(Spelling(text));

    [Fact]
    public void A_texting_abbreviation_in_narration_is_only_a_hint()
    {
        var found = Spelling("The bus was late again, and honestly, idk why I still take it.");
        var hint = Assert.Single(found);
        Assert.Equal("GL0003", hint.RuleId);
        Assert.Equal(Diagnostics.Severity.Info, hint.Severity);
    }
}
