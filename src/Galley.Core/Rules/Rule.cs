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
}
