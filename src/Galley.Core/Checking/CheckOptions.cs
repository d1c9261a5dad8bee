using Galley.Diagnostics;
using Galley.Lexicon;

namespace Galley.Checking;

/// <summary>What to check and how: the dialect, which rules run, words the writer has approved.</summary>
public sealed record CheckOptions
{
    private readonly Dialect? _dialect;

    /// <summary>The dialect the manuscript is checked in: en-US unless set. Setting it is the writer's explicit choice
    /// (<see cref="DialectChosen"/>), held to strictly; left unset, a manuscript written consistently in the other
    /// dialect is checked in that one (see <see cref="DialectEvidence"/>).</summary>
    public Dialect Dialect { get => _dialect ?? Dialect.EnUS; init => _dialect = value; }

    /// <summary>The writer chose the dialect (--dialect, an editor's setting): the manuscript's own spellings do not change it.</summary>
    public bool DialectChosen => _dialect is not null;
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
