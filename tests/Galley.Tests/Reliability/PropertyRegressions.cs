using Galley.Checking;

namespace Galley.Tests.Reliability;

/// <summary>Cases the property tests found, kept so they stay fixed.</summary>
public class PropertyRegressions
{
    [Theory]
    [InlineData("myeye Lanakeptseenpush\u2019kept'him fell")]   // the suggester offered the unknown word itself as its fix
    public void No_fix_leaves_the_text_as_it_was(string text)
    {
        foreach (var d in Checker.Check(text).Diagnostics)
        foreach (var fix in d.Fixes)
            Assert.NotEqual(text, Galley.Fixes.FixEngine.Apply(text, [(d, fix)]).Text);
    }
}
