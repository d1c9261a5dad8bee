namespace Galley.Rules;

/// <summary>A sentence a rule must flag (and what its first fix turns the text into), or one it must leave alone.
/// Every example runs as a test and appears on the rule's documentation page.</summary>
public sealed record Example(string Text, bool ShouldFlag, string? FixedText, string? Note = null)
{
    public static Example Flag(string text, string? fixedText = null, string? note = null) => new(text, true, fixedText, note);

    public static Example Keep(string text, string? note = null) => new(text, false, null, note);

    public override string ToString() => (ShouldFlag ? "flag: " : "keep: ") + Text;
}
