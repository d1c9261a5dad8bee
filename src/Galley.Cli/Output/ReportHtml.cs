using Galley.Diagnostics;
using Galley.Source;
using Galley.Story;

namespace Galley.Cli.Output;

internal static class ReportHtml
{
    public static string Render(SourceText source, StoryReport report, IReadOnlyList<Diagnostic> diagnostics) => "";
}
