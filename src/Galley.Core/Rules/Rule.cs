using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Rules;

/// <summary>One check. A rule reads the manuscript and reports diagnostics; it never formats output,
/// touches files or calls another rule.</summary>
public abstract class Rule
{
    public abstract RuleInfo Info { get; }

    /// <summary>Sentences this rule must flag and must leave alone; they are its tests and its documentation.</summary>
    public abstract IReadOnlyList<Example> Examples { get; }

    public abstract void Check(CheckContext context, DiagnosticSink sink);

    /// <summary>True when the rule's findings in a paragraph depend only on that paragraph and on what the context
    /// knows of the whole manuscript and of the paragraph's neighbours (its names, the counts of unknown words and of
    /// mid-sentence capitals, the writer's styles, <see cref="CheckContext.ContinuesInNextParagraph"/>; a part of a
    /// manuscript reads them from <c>CheckContext.Document</c>): then an editor re-checks only the paragraphs an edit
    /// touched (<see cref="IncrementalChecker"/>) and a large text is checked paragraph by paragraph on all cores. A
    /// rule that reads other paragraphs or the text outside its paragraph any other way must leave this false.</summary>
    public virtual bool IsParagraphLocal => false;

    /// <summary>True when the rule reports only the first of its findings on each spelling in the whole manuscript (a
    /// question asked once, not at every use). The checkers keep the first in text order, so a paragraph checked on
    /// its own reports every one and the whole is still asked once.</summary>
    public virtual bool OncePerSpelling => false;
}
