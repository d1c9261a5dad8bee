using Galley.Diagnostics;

namespace Galley.Rules;

/// <summary>What a rule is, as Roslyn describes a diagnostic: a stable ID that is never reused, a kebab-case name,
/// a category, a default severity, a one-line summary and longer help for its documentation page.</summary>
public sealed record RuleInfo(
    string Id,
    string Name,
    Category Category,
    Severity Severity,
    string Summary,
    string Help = "",
    bool EnabledByDefault = true,
    bool FixesAreSafe = true,
    bool AppliesInSpeech = true);
