namespace Galley.Evaluation;

/// <summary>Scores flags on an annotated draft: the marks are the gold edits over the plain draft's characters.</summary>
public static class FictionEvaluation
{
    public static MatchResult<char> Score(AnnotatedText draft, IEnumerable<TextFlag> flags) =>
        EditMatcher.Match(draft.Plain.ToCharArray(), draft.Edits.Select(e => e.ToGold()).ToList(), TextFlag.ToCharFlags(flags, draft.Plain));
}
