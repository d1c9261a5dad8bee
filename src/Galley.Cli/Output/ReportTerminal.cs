using Galley.Source;
using Galley.Story;

namespace Galley.Cli.Output;

internal static class ReportTerminal
{
    public static void Write(TextWriter output, SourceText source, StoryReport report, bool color) { }
}
