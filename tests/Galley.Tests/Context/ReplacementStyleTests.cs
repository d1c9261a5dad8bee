using Galley.Rules.RealWord;

namespace Galley.Tests.Context;

public sealed class ReplacementStyleTests
{
    [Theory]
    [InlineData("its", "it's", false, "it's")]
    [InlineData("Its", "it's", false, "It's")]
    [InlineData("its", "it's", true, "it\u2019s")]
    [InlineData("it\u2019s", "its", false, "its")]
    [InlineData("THEN", "than", false, "THAN")]
    [InlineData("Everyday", "every day", false, "Every day")]
    public void MatchesCaseAndApostrophesOfTheWrittenWord(string written, string alternative, bool curly, string expected) =>
        Assert.Equal(expected, ConfusionRule.MatchStyle(written, alternative, curly));
}
