using System.Text;
using System.Text.Json;
using Galley.Checking;
using Galley.Diagnostics;
using Galley.Fixes;
using Galley.Lexicon;
using Galley.Output;
using Galley.Source;
using Galley.Story;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Galley.Server.Web;

/// <summary>`galley serve`: one page to paste or open a text, see its problems underlined as it is written, apply fixes,
/// read the story report and download the corrected text; and a JSON API behind it. A request's text is read by the
/// format reader its file name calls for (Markdown, HTML, plain text), as `galley check` reads that file. The server
/// reads only what a request carries, except the personal dictionary (.galley/words.txt) of the folder it was started
/// in, which checks use and "add to dictionary" writes.</summary>
public static partial class WebEditor
{
    /// <summary>Largest request body: about 800,000 words of text, more than any novel.</summary>
    public const long MaxRequestBytes = 8L * 1024 * 1024;

    /// <summary>How long one request may take before it is answered with 503.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Checks run one or two at a time, so a flood of requests cannot pile up work behind the time limit.</summary>
    private static readonly SemaphoreSlim Gate = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <param name="wordsFolder">The folder whose personal dictionary checks use and new words go to (default: the current folder).</param>
    /// <param name="project">The settings of the folder the editor was started in: the base every request's own
    /// options are laid over, as the command line's are over a settings file.</param>
    public static WebApplication Build(string[] urls, TextWriter log, string? wordsFolder = null, ProjectDefaults? project = null)
    {
        var words = new WordsFolder(Path.GetFullPath(wordsFolder ?? Directory.GetCurrentDirectory()));
        project ??= ProjectDefaults.None;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);
        var app = builder.Build();
        bool loopbackOnly = urls.All(IsLoopback);
        app.Use(async (context, next) =>
        {
            // On this computer only, a page from elsewhere cannot reach the editor by pointing its own name at 127.0.0.1.
            if (loopbackOnly && !IsLoopbackHost(context.Request.Host.Host))
            {
                await Error(StatusCodes.Status400BadRequest, "Galley's editor answers only at localhost or 127.0.0.1.").ExecuteAsync(context);
                return;
            }
            // Everything the page needs comes from this server: no CDN, no inline code, nothing framed elsewhere.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "no-store";
            context.Items[typeof(ProjectDefaults)] = project;
            await next(context);
        });
        foreach (var (path, resource, type) in PageAssets) app.MapGet(path, http => Asset(resource, type).ExecuteAsync(http));
        // Plain request delegates that run the result themselves: no reflection-built binding, so trimming stays safe.
        app.MapPost("/api/check", async http => await (await Check(http, words)).ExecuteAsync(http));
        app.MapPost("/api/fix", async http => await (await Fix(http, words)).ExecuteAsync(http));
        app.MapPost("/api/report", async http => await (await Report(http, words)).ExecuteAsync(http));
        app.MapPost("/api/open", async http => await (await Open(http)).ExecuteAsync(http));
        app.MapPost("/api/words", async http => await (await AddWord(http, words)).ExecuteAsync(http));
        return app;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var u) && IsLoopbackHost(u.Host);

    private static bool IsLoopbackHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static readonly (string Path, string Resource, string Type)[] PageAssets =
    [
        ("/", "wwwroot/index.html", "text/html; charset=utf-8"),
        ("/app.css", "wwwroot/app.css", "text/css; charset=utf-8"),
        ("/app.js", "wwwroot/app.js", "text/javascript; charset=utf-8"),
        ("/favicon.svg", "wwwroot/favicon.svg", "image/svg+xml"),
    ];

    private static IResult Asset(string resource, string type)
    {
        var stream = typeof(WebEditor).Assembly.GetManifestResourceStream(resource);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }

    /// <summary>POST /api/check: the text as the body (text/plain), or JSON {"text", "dialect", "minSeverity",
    /// "enable", "disable", "file"}; answers with the JSON of `galley check --format json` for that file: "start"/"end"
    /// are offsets into the prose, and for Markdown and HTML "location" gives "offset"/"endOffset" in the text sent.</summary>
    private static Task<IResult> Check(HttpContext http, WordsFolder words) => Handle(http, request =>
    {
        var prose = request.ReadProse();
        var result = Checker.Check(prose.Text, words.Options(request.Options));
        bool mapped = prose.Format != "txt";   // plain text is its own prose, and the command line prints no location for it
        return Json(w => DiagnosticJson.WriteFile(w, new SourceText(prose.Path, prose.Text), result.Diagnostics,
            mapped ? prose.Locate : null, mapped ? prose.LocateEnd : null));
    });

    /// <summary>POST /api/fix: JSON {"text", "rule", "start", "end", "suggestion"} (and the check options): applies the fix
    /// of that diagnostic that reads as the suggestion (as /api/check listed it) with the fix engine, writes it into the
    /// text with its markup kept (as `galley fix` writes a file) and answers {"text"}. 409 when the text no longer has
    /// that problem or fix, or the fix changes words that are not written out in the text (an entity, across markup).</summary>
    private static Task<IResult> Fix(HttpContext http, WordsFolder words) => Handle(http, request =>
    {
        var prose = request.ReadProse();
        var result = Checker.Check(prose.Text, words.Options(request.Options));
        var target = result.Diagnostics.FirstOrDefault(d => d.RuleId == request.Rule && d.Span.Start == request.Start && d.Span.End == request.End);
        var fix = target?.Fixes.FirstOrDefault(f => f.Preview(prose.Text, target.Span) == request.Suggestion);
        if (target is null || fix is null)
            return Error(StatusCodes.Status409Conflict, "That problem or fix is no longer in the text; check it again.");
        if (!fix.Edits.All(prose.Map.CanMap) || FixEngine.Apply(prose.Text, [(target, fix)]).Applied.Count == 0)
            return Error(StatusCodes.Status409Conflict, "That fix changes words the markup writes in another way; edit them by hand.");
        var text = Encoding.UTF8.GetString(prose.Apply(fix.Edits));   // ReadText writes back UTF-8 without a byte-order mark
        return Json(w => { w.WriteStartObject(); w.WriteString("text", text); w.WriteEndObject(); });
    });

    /// <summary>POST /api/report: the text as for /api/check; answers with the JSON of `galley report --format json`.</summary>
    private static Task<IResult> Report(HttpContext http, WordsFolder words) => Handle(http, request =>
    {
        var prose = request.ReadProse();
        var source = new SourceText(prose.Path, prose.Text);
        var report = StoryAnalysis.Analyze(source.Text, words.Options(request.Options));
        return Json(w => ReportJson.WriteReport(w, source, report));
    });

    private static Task<IResult> Handle(HttpContext http, Func<CheckRequest, IResult> work) => Handle(http, CheckRequest.Read, work);

    /// <summary>Reads a request within the time limit and does its work behind the gate, answering clear errors for
    /// bodies that are too large, malformed or slow, and for work that takes too long.</summary>
    private static async Task<IResult> Handle<T>(HttpContext http, Func<HttpRequest, CancellationToken, Task<T>> read, Func<T, IResult> work)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return TooLarge();
        T request;
        try
        {
            using var timeout = new CancellationTokenSource(TimeLimit);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, http.RequestAborted);
            request = await read(http.Request, linked.Token);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return TooLarge(); }
        catch (InputException e) { return Error(StatusCodes.Status400BadRequest, e.Message); }
        catch (OperationCanceledException) { return Error(StatusCodes.Status408RequestTimeout, "The request's text did not arrive in time."); }

        if (!await Gate.WaitAsync(TimeLimit, http.RequestAborted))
            return Error(StatusCodes.Status503ServiceUnavailable, "Galley is busy with other checks; try again in a moment.");
        var task = Task.Run(() =>
        {
            try { return work(request); }
            catch (InputException e) { return Error(StatusCodes.Status400BadRequest, e.Message); }
        });
        _ = task.ContinueWith(_ => Gate.Release(), TaskScheduler.Default);   // the gate opens when the work ends, even after a timeout
        try
        {
            return await task.WaitAsync(TimeLimit, http.RequestAborted);
        }
        catch (TimeoutException)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, $"Checking took longer than {TimeLimit.TotalSeconds:0} seconds; try a shorter part of the text.");
        }
    }

    private static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge,
        $"The text is larger than {MaxRequestBytes / (1024 * 1024)} MB, the most Galley checks in one request; check it a few chapters at a time.");

    internal static IResult Error(int status, string message) =>
        Json(w => { w.WriteStartObject(); w.WriteString("error", message); w.WriteEndObject(); }, status);

    private static IResult Json(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        return Results.Text(Encoding.UTF8.GetString(stream.ToArray()), "application/json; charset=utf-8", Encoding.UTF8, status);
    }
}

/// <summary>What a request asks: the text and how to check it.</summary>
internal sealed record CheckRequest(string Text, CheckOptions Options, string? File, string? Rule, int Start, int End, string? Suggestion)
{
    public static async Task<CheckRequest> Read(HttpRequest request, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancel);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        bool json = request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
        var project = request.HttpContext.Items[typeof(ProjectDefaults)] as ProjectDefaults ?? ProjectDefaults.None;
        if (!json) return new CheckRequest(TextDecoder.Decode(bytes, "the request"), project.Options(null, null, false, null), null, null, 0, 0, null);
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                throw new InputException("The JSON must be an object with a \"text\" string.");
            if (!DialectNames.TryParseSetting(String(root, "dialect"), out var dialect)) throw new InputException("\"dialect\" takes en-US or en-GB (or auto, the default).");
            Severity? minimum = String(root, "minSeverity") is { } s ? Enum.TryParse<Severity>(s, ignoreCase: true, out var sev) ? sev : throw new InputException("\"minSeverity\" takes info, warning or error.") : null;
            var rules = new Galley.Rules.RuleSwitches.Layer(Strings(root, "enable"), Strings(root, "disable"));
            foreach (var name in rules.Enable.Concat(rules.Disable))
                if (Galley.Rules.RuleNames.Unknown(name) is { } problem) throw new InputException(problem + ".");
            var options = project.Options(rules, String(root, "dialect") is not null ? dialect : null, String(root, "dialect") is not null, minimum);
            return new CheckRequest(text.GetString()!, options, String(root, "file") is { Length: > 0 } file ? file : null, String(root, "rule"),
                Int(root, "start"), Int(root, "end"), String(root, "suggestion"));
        }
        catch (JsonException e) { throw new InputException("The request is not valid JSON: " + e.Message); }
    }

    /// <summary>The text read as `galley check` reads a file of that name: Markdown and HTML by their readers,
    /// anything else as plain text.</summary>
    public Galley.Formats.FormattedSource ReadProse() => Galley.Formats.ManuscriptFormats.ReadText(File ?? "<pasted>", Text);

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;

    private static HashSet<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The settings file of the folder `galley serve` started in, read once at start (its word list is read for
/// every check, as "add to dictionary" may change it).</summary>
public sealed record ProjectDefaults(ProjectSettings Settings)
{
    private static readonly HashSet<string> NoWords = [];

    public static ProjectDefaults None { get; } = new(ProjectSettings.None);

    /// <summary>The current folder's settings ("-": a manuscript in the current folder).</summary>
    public static ProjectDefaults ForCurrentFolder() => new(ProjectSettings.For("-"));

    internal CheckOptions Options(Galley.Rules.RuleSwitches.Layer? rules, Dialect? dialect, bool dialectSet, Severity? minimum) =>
        Settings.ToOptions(NoWords, rules, dialectSet, dialect, minimum);
}
