using Galley.Source;
using Galley.Formats.Mapping;
using Galley.Formats.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galley.Formats.Markdown;

/// <summary>Markdown (Markdig): the prose of paragraphs, headings, lists and quotes. Code blocks, inline code,
/// link targets, images, HTML and YAML front matter are not prose and are skipped. Fixes edit the literal
/// text in place, so every bit of markup stays as the writer typed it.</summary>
public sealed class MarkdownFormat : IManuscriptFormat
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().Build();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown", ".mdown", ".mkd"];

    public FormattedSource Read(string path, byte[] bytes) => FromText(path, TextEncoding.Decode(bytes, path), bytes);

    /// <summary>Reads Markdown already decoded (an editor's buffer); <paramref name="bytes"/> is what writing back encodes like.</summary>
    public static FormattedSource FromText(string path, string text, byte[] bytes)
    {
        var node = new SourceStringNode(text);
        Markdig.Syntax.MarkdownDocument document;
        // Markdig refuses absurd nesting (thousands of quote levels) with an ArgumentException; say so plainly.
        try { document = Markdig.Markdown.Parse(text, Pipeline); }
        catch (ArgumentException e) { throw new InputException($"{path}: the Markdown cannot be read ({e.Message})."); }
        var prose = new ProseBuilder();
        AddBlocks(document, node, text, prose);
        return new FormattedSource(path, "markdown", prose.Build(), bytes, _ => TextEncoding.Encode(node.Value, bytes), text);
    }

    private static void AddBlocks(ContainerBlock container, SourceStringNode node, string text, ProseBuilder prose)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    break;
                case LeafBlock { Inline: { } inline }:
                    AddInlines(inline, node, text, prose);
                    prose.BreakParagraph();
                    break;
                case ContainerBlock child:
                    AddBlocks(child, node, text, prose);
                    break;
            }
        }
    }

    private static void AddInlines(ContainerInline container, SourceStringNode node, string text, ProseBuilder prose)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddLiteral(literal, node, text, prose);
                    break;
                case LineBreakInline lineBreak:
                    prose.AppendSynthetic(lineBreak.IsHard ? "\n" : " ");
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case CodeInline or AutolinkInline:
                    prose.AppendSynthetic(ProseBuilder.ObjectPlaceholder);
                    break;
                case HtmlEntityInline entity:
                    prose.AppendSynthetic(entity.Transcoded.ToString());
                    break;
                case HtmlInline:
                    break;
                case ContainerInline child: // emphasis, link text
                    AddInlines(child, node, text, prose);
                    break;
            }
        }
    }

    /// <summary>A literal is mapped when the source at its span reads exactly as its content (no escapes).</summary>
    private static void AddLiteral(LiteralInline literal, SourceStringNode node, string text, ProseBuilder prose)
    {
        var content = literal.Content.AsSpan();
        int start = literal.Span.Start, length = literal.Span.Length;
        if (start >= 0 && length == content.Length && start + length <= text.Length && text.AsSpan(start, length).SequenceEqual(content))
            prose.AppendMapped(node, start, length);
        else
            prose.AppendSynthetic(content.ToString());
    }
}
