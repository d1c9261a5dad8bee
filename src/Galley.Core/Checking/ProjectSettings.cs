using System.Text.Json;
using Galley.Diagnostics;
using Galley.Lexicon;
using Galley.Rules;
using Galley.Source;

namespace Galley.Checking;

/// <summary>A project's settings: <c>.galley/settings.json</c> in the manuscript's folder and every folder above it
/// (like .editorconfig), beside the word list. Nearer files override farther ones; the command line and the editor
/// override them all. Keys: <c>dialect</c> (en-US, en-GB, auto), <c>enable</c> and <c>disable</c> (rule IDs, names or
/// categories), <c>minSeverity</c> (info, warning, error). Comments and trailing commas are allowed; anything else —
/// bad JSON, an unknown key, a value of the wrong kind, a rule that does not exist — is an <see cref="InputException"/>
/// naming the file and line.</summary>
public sealed record ProjectSettings
{
    public const string RelativePath = ".galley/settings.json";
    private static readonly string[] Keys = ["dialect", "enable", "disable", "minSeverity"];

    /// <summary>Whether some file set the dialect (to a dialect, or back to auto: <see cref="Dialect"/> null).</summary>
    public bool DialectSet { get; init; }
    public Dialect? Dialect { get; init; }
    public Severity? MinimumSeverity { get; init; }
    /// <summary>Each file's rules on and off, the outermost first.</summary>
    public IReadOnlyList<RuleSwitches.Layer> Rules { get; init; } = [];
    /// <summary>The settings files read, the outermost first.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public static ProjectSettings None { get; } = new();

    /// <summary>The settings for a manuscript ("-": the current folder's).</summary>
    public static ProjectSettings For(string manuscriptPath) =>
        Find(manuscriptPath).Aggregate(None, (settings, file) => settings.Then(Read(file)));

    /// <summary>The settings files that apply to a manuscript, the outermost first.</summary>
    private static List<string> Find(string manuscriptPath)
    {
        var files = new List<string>();
        string? folder = manuscriptPath == "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(manuscriptPath));
        for (; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var file = Path.Combine(folder, RelativePath);
            if (File.Exists(file)) files.Add(file);
        }
        files.Reverse();
        return files;
    }

    /// <summary>What changes when a manuscript's settings files do (their paths and times), for front ends that keep
    /// options between checks.</summary>
    public static string StampFor(string manuscriptPath) => string.Join('|', Find(manuscriptPath).Select(f => $"{f}@{File.GetLastWriteTimeUtc(f).Ticks}"));

    /// <summary>These settings with <paramref name="nearer"/>'s laid over them.</summary>
    public ProjectSettings Then(ProjectSettings nearer) => new()
    {
        DialectSet = DialectSet || nearer.DialectSet,
        Dialect = nearer.DialectSet ? nearer.Dialect : Dialect,
        MinimumSeverity = nearer.MinimumSeverity ?? MinimumSeverity,
        Rules = [.. Rules, .. nearer.Rules],
        Files = [.. Files, .. nearer.Files],
    };

    /// <summary>Check options from these settings, with a front end's own choices laid over them: its rules on and off,
    /// and a dialect or minimum severity when it sets one.</summary>
    public CheckOptions ToOptions(IReadOnlySet<string> personalWords, RuleSwitches.Layer? overrides = null,
        bool dialectSet = false, Dialect? dialect = null, Severity? minimumSeverity = null)
    {
        var (enabled, disabled) = RuleSwitches.Resolve(overrides is null ? Rules : [.. Rules, overrides]);
        var options = new CheckOptions
        {
            EnabledRules = enabled,
            DisabledRules = disabled,
            MinimumSeverity = minimumSeverity ?? MinimumSeverity ?? Severity.Info,
            PersonalWords = personalWords,
        };
        var chosen = dialectSet ? dialect : Dialect;
        return chosen is { } d ? options with { Dialect = d } : options;
    }

    public static ProjectSettings Read(string file)
    {
        string text;
        try { text = File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"{file}: cannot be read ({e.Message})."); }
        return Parse(text, file);
    }

    public static ProjectSettings Parse(string text, string file)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new InputException($"{file}:{(e.LineNumber ?? 0) + 1}: not valid JSON ({FirstSentence(e.Message)})."); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error(text, file, null, "the settings must be a JSON object, such as {\"dialect\": \"en-GB\"}");
            var settings = new ProjectSettings { Files = [file] };
            string[] enable = [], disable = [];
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "dialect":
                        if (value.ValueKind != JsonValueKind.String || !DialectNames.TryParseSetting(value.GetString(), out var dialect))
                            throw Error(text, file, property.Name, "\"dialect\" takes \"en-US\", \"en-GB\" or \"auto\"");
                        settings = settings with { DialectSet = true, Dialect = dialect };
                        break;
                    case "minSeverity":
                        if (value.ValueKind != JsonValueKind.String || !Enum.TryParse<Severity>(value.GetString(), ignoreCase: true, out var severity) || !Enum.IsDefined(severity))
                            throw Error(text, file, property.Name, "\"minSeverity\" takes \"info\", \"warning\" or \"error\"");
                        settings = settings with { MinimumSeverity = severity };
                        break;
                    case "enable": enable = RuleList(text, file, property); break;
                    case "disable": disable = RuleList(text, file, property); break;
                    default:
                        var near = Keys.FirstOrDefault(k => EditDistance.Between(k, property.Name, 3, ignoreCase: true) <= 3);
                        throw Error(text, file, property.Name, $"unknown setting \"{property.Name}\"" + (near is null ? $" (the settings are {string.Join(", ", Keys)})" : $" (did you mean {near}?)"));
                }
            }
            return settings with { Rules = [new RuleSwitches.Layer(enable, disable)] };
        }
    }

    private static string[] RuleList(string text, string file, JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            throw Error(text, file, property.Name, $"\"{property.Name}\" takes a list of rule IDs, names or categories, such as [\"GL5001\", \"style\"]");
        var names = property.Value.EnumerateArray().Select(v => v.GetString()!).ToArray();
        foreach (var name in names)
            if (RuleNames.Unknown(name) is { } problem) throw Error(text, file, name, problem);
        return names;
    }

    /// <summary>An error at the line of the first occurrence of <paramref name="quoted"/> as a JSON string: JsonDocument
    /// keeps no positions, and a key or rule name stands once in a file this small.</summary>
    private static InputException Error(string text, string file, string? quoted, string message)
    {
        int at = quoted is null ? -1 : text.IndexOf('"' + quoted + '"', StringComparison.Ordinal);
        int line = at < 0 ? 1 : 1 + text.AsSpan(0, at).Count('\n');
        return new InputException($"{file}:{line}: {message}.");
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');
}
