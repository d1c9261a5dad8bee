using Galley.Rules;

namespace Galley.Tests.Checking;

public class RuleNamesTests
{
    [Theory]
    [InlineData("GL0001"), InlineData("gl0001"), InlineData("misspelled-word"), InlineData("spelling"), InlineData("real-word"), InlineData("RealWord")]
    public void Ids_names_and_categories_are_known(string name) => Assert.Null(RuleNames.Unknown(name));

    [Theory]
    [InlineData("GL00001", "GL0001"), InlineData("speling", "spelling"), InlineData("punctuaton", "punctuation")]
    public void A_slip_gets_the_nearest_real_name(string name, string nearest) => Assert.Equal(nearest, RuleNames.Nearest(name));

    [Fact]
    public void A_name_close_to_nothing_gets_no_guess()
    {
        Assert.Null(RuleNames.Nearest("xylophone-quartet"));
        Assert.Contains("galley rules", RuleNames.Unknown("xylophone-quartet"));
    }

    [Fact]
    public void A_later_layer_overrides_an_earlier_one_rule_by_rule()
    {
        var (enabled, disabled) = RuleSwitches.Resolve([new([], ["spelling"]), new(["GL0001"], [])]);
        Assert.Contains("GL0001", enabled);
        Assert.DoesNotContain("GL0001", disabled);
        Assert.Contains(RuleCatalog.All.First(r => r.Info.Category == Galley.Diagnostics.Category.Spelling && r.Info.Id != "GL0001").Info.Id, disabled);
    }
}
