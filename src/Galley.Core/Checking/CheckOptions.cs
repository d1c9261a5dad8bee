using Galley.Diagnostics;
using Galley.Lexicon;

namespace Galley.Checking;

/// <summary>What to check and how: the dialect, which rules run, words the writer has approved.</summary>
public sealed record CheckOptions
{
    public Dialect Dialect { get; init; } = Dialect.EnUS;
    /// <summary>Rule IDs or names to turn on even if they are off by default.</summary>
    public IReadOnlySet<string> EnabledRules { get; init; } = new HashSet<string>();
    /// <summary>Rule IDs or names to turn off.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>();
    /// <summary>Words from the writer's personal dictionaries (.galley/words.txt); matched as written and in lowercase.</summary>
    public IReadOnlySet<string> PersonalWords { get; init; } = new HashSet<string>();
    /// <summary>Diagnostics below this severity are not reported.</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    public static CheckOptions Default { get; } = new();
}
