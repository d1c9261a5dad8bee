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

/// <summary>`galley serve`: one page to paste or open a text, see its problems underlined, apply fixes, read the story
/// report and download the corrected text; and a JSON API behind it. It reads only what a request carries: the page opens files in the
/// browser and sends their text, and the server never touches the file system for a request.</summary>
public static class WebEditor
{
    /// <summary>Largest request body: about 800,000 words of text, more than any novel.</summary>
    public const long MaxRequestBytes = 8L * 1024 * 1024;

    /// <summary>How long one request may take before it is answered with 503.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Checks run one or two at a time, so a flood of requests cannot pile up work behind the time limit.</summary>
    private static readonly SemaphoreSlim Gate = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <param name="project">The settings (and words) of the folder the editor was started in: the base every request's
    /// own options are laid over, as the command line's are over a settings file.</param>
    public static WebApplication Build(string[] urls, TextWriter log, ProjectDefaults? project = null)
    {
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
        app.MapPost("/api/check", async http => await (await Check(http)).ExecuteAsync(http));
        app.MapPost("/api/fix", async http => await (await Fix(http)).ExecuteAsync(http));
        app.MapPost("/api/report", async http => await (await Report(http)).ExecuteAsync(http));
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
    /// "enable", "disable", "file"}; answers with the JSON of `galley check --format json`.</summary>
    private static Task<IResult> Check(HttpContext http) => Handle(http, request =>
    {
        var source = new SourceText(request.File ?? "<pasted>", request.Text);
        var result = Checker.Check(source.Text, request.Options);
        return Json(w => DiagnosticJson.WriteFile(w, source, result.Diagnostics));
    });

    /// <summary>POST /api/fix: JSON {"text", "rule", "start", "end", "suggestion"} (and the check options): applies the fix
    /// of that diagnostic that reads as the suggestion (as /api/check listed it) with the fix engine and answers {"text"}.
    /// 409 when the text no longer has that problem or fix.</summary>
    private static Task<IResult> Fix(HttpContext http) => Handle(http, request =>
    {
        var result = Checker.Check(request.Text, request.Options);
        var target = result.Diagnostics.FirstOrDefault(d => d.RuleId == request.Rule && d.Span.Start == request.Start && d.Span.End == request.End);
        var fix = target?.Fixes.FirstOrDefault(f => f.Preview(request.Text, target.Span) == request.Suggestion);
        if (target is null || fix is null)
            return Error(StatusCodes.Status409Conflict, "That problem or fix is no longer in the text; check it again.");
        var outcome = FixEngine.Apply(request.Text, [(target, fix)]);
        return Json(w => { w.WriteStartObject(); w.WriteString("text", outcome.Text); w.WriteEndObject(); });
    });

    /// <summary>POST /api/report: the text as for /api/check; answers with the JSON of `galley report --format json`.</summary>
    private static Task<IResult> Report(HttpContext http) => Handle(http, request =>
    {
        var source = new SourceText(request.File ?? "<pasted>", request.Text);
        var report = StoryAnalysis.Analyze(source.Text, request.Options);
        return Json(w => ReportJson.WriteReport(w, source, report));
    });

    private static async Task<IResult> Handle(HttpContext http, Func<CheckRequest, IResult> work)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return TooLarge();
        CheckRequest request;
        try
        {
            using var timeout = new CancellationTokenSource(TimeLimit);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, http.RequestAborted);
            request = await CheckRequest.Read(http.Request, linked.Token);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return TooLarge(); }
        catch (InputException e) { return Error(StatusCodes.Status400BadRequest, e.Message); }
        catch (OperationCanceledException) { return Error(StatusCodes.Status408RequestTimeout, "The request's text did not arrive in time."); }

        if (!await Gate.WaitAsync(TimeLimit, http.RequestAborted))
            return Error(StatusCodes.Status503ServiceUnavailable, "Galley is busy with other checks; try again in a moment.");
        var task = Task.Run(() => work(request));
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
            return new CheckRequest(text.GetString()!, options, String(root, "file"), String(root, "rule"),
                Int(root, "start"), Int(root, "end"), String(root, "suggestion"));
        }
        catch (JsonException e) { throw new InputException("The request is not valid JSON: " + e.Message); }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;

    private static HashSet<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The settings file and word list of the folder `galley serve` started in, read once at start.</summary>
public sealed record ProjectDefaults(ProjectSettings Settings, IReadOnlySet<string> Words)
{
    public static ProjectDefaults None { get; } = new(ProjectSettings.None, new HashSet<string>());

    /// <summary>The folder's settings and words ("-": a manuscript in the current folder).</summary>
    public static ProjectDefaults ForCurrentFolder() => new(ProjectSettings.For("-"), PersonalDictionary.For("-"));

    internal CheckOptions Options(Galley.Rules.RuleSwitches.Layer? rules, Dialect? dialect, bool dialectSet, Severity? minimum) =>
        Settings.ToOptions(Words, rules, dialectSet, dialect, minimum);
}
