using System.Text.Json;
using Galley.Checking;
using Galley.Diagnostics;
using Galley.Lexicon;

namespace Galley.Server.Lsp;

/// <summary>The editor's settings for Galley: galley.dialect, galley.disabledRules, galley.enabledRules,
/// galley.minSeverity and galley.docsBaseUrl, given nested ({"galley": {"dialect": …}}) or dotted ({"galley.dialect": …}),
/// in initializationOptions or workspace/didChangeConfiguration. Unknown or ill-typed values keep the default.</summary>
internal sealed record LspSettings
{
    /// <summary>The dialect the writer chose; null (the default, or "auto") for en-US unless the manuscript is British throughout.</summary>
    public Dialect? Dialect { get; init; }
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> EnabledRules { get; init; } = new HashSet<string>();
    /// <summary>The lowest severity shown; null (not set) for the project's settings file's, or info.</summary>
    public Severity? MinimumSeverity { get; init; }
    public string? DocsBaseUrl { get; init; }

    /// <summary>The project's settings (.galley/settings.json) with the editor's own laid over them, as the command
    /// line's are in galley check.</summary>
    public CheckOptions ToOptions(IReadOnlySet<string> personalWords, ProjectSettings? project = null) =>
        (project ?? ProjectSettings.None).ToOptions(personalWords, new Galley.Rules.RuleSwitches.Layer(EnabledRules, DisabledRules),
            dialectSet: Dialect is not null, dialect: Dialect, minimumSeverity: MinimumSeverity);

    public static LspSettings From(JsonElement settings, TextWriter log)
    {
        var result = new LspSettings();
        if (settings.ValueKind != JsonValueKind.Object) return result;
        var galley = settings.TryGetProperty("galley", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : settings;
        foreach (var property in galley.EnumerateObject())
        {
            var name = property.Name.StartsWith("galley.", StringComparison.Ordinal) ? property.Name["galley.".Length..] : property.Name;
            var value = property.Value;
            switch (name)
            {
                case "dialect" when value.ValueKind == JsonValueKind.String:
                    if (DialectNames.TryParseSetting(value.GetString(), out var dialect)) result = result with { Dialect = dialect };
                    else log.WriteLine($"galley lsp: unknown dialect \"{value.GetString()}\" (en-US or en-GB, or auto).");
                    break;
                case "disabledRules": result = result with { DisabledRules = Rules(value, log) }; break;
                case "enabledRules": result = result with { EnabledRules = Rules(value, log) }; break;
                case "minSeverity" when value.ValueKind == JsonValueKind.String:
                    if (ParseSeverity(value.GetString()) is { } severity) result = result with { MinimumSeverity = severity };
                    else log.WriteLine($"galley lsp: unknown severity \"{value.GetString()}\" (info, warning or error).");
                    break;
                case "docsBaseUrl" when value.ValueKind == JsonValueKind.String:
                    result = result with { DocsBaseUrl = value.GetString() };
                    break;
            }
        }
        return result;
    }

    /// <summary>Rule names, each one that names no rule said in the log (an editor has no command line to fail).</summary>
    private static HashSet<string> Rules(JsonElement value, TextWriter log)
    {
        var names = Strings(value);
        foreach (var name in names)
            if (Galley.Rules.RuleNames.Unknown(name) is { } problem) log.WriteLine($"galley lsp: {problem}.");
        return names;
    }

    private static HashSet<string> Strings(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
        : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static Severity? ParseSeverity(string? name) => name?.ToLowerInvariant() switch
    {
        "info" or "information" or "hint" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => null,
    };
}
