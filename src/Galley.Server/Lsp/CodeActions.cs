using Galley.Diagnostics;

namespace Galley.Server.Lsp;

/// <summary>What the writer can do about the diagnostics under the cursor: apply one of a diagnostic's fixes (a
/// workspace edit the editor applies), add an unknown word to the folder's dictionary, or ignore the rule in this file
/// (both commands the server carries out).</summary>
internal static class CodeActions
{
    private const int MaxFixesShown = 5;

    public static CodeAction[] For(OpenDocument document, Range range, LspSettings settings)
    {
        int start = document.OffsetOf(range.Start), end = document.OffsetOf(range.End);
        var actions = new List<CodeAction>();
        foreach (var placed in document.Diagnostics)
        {
            if (placed.End < start || placed.Start > end) continue;
            var d = placed.Diagnostic;
            var lsp = LanguageServer.ToLsp(document, placed, settings);
            foreach (var (fix, index) in d.Fixes.Take(MaxFixesShown).Select((f, i) => (f, i)))
            {
                // A fix is offered only where the words it changes stand verbatim in the file (not inside an entity
                // or across markup), so the editor's edit changes exactly those words and keeps the markup.
                if (EditsInFile(document, fix) is not { } edits) continue;
                actions.Add(new CodeAction(fix.Title, "quickfix", [lsp], IsPreferred: index == 0 && d.HasSafeFix ? true : null,
                    Edit: new WorkspaceEdit(new Dictionary<string, LspTextEdit[]> { [document.Uri] = edits })));
            }
            if (d.Category == Category.Spelling && document.FilePath is not null && document.Prose is { } prose)
            {
                var word = prose.Text.Substring(d.Span.Start, d.Span.Length);
                actions.Add(new CodeAction($"Add \u201c{word}\u201d to the dictionary (.galley/words.txt)", "quickfix", [lsp],
                    Command: new Command("Add to dictionary", LanguageServer.AddWordCommand, [document.Uri, word])));
            }
            actions.Add(new CodeAction($"Ignore {d.RuleId} ({d.Rule.Name}) in this file", "quickfix", [lsp],
                Command: new Command("Ignore rule in this file", LanguageServer.IgnoreRuleCommand, [document.Uri, d.RuleId])));
        }
        return actions.ToArray();
    }

    private static LspTextEdit[]? EditsInFile(OpenDocument document, Fix fix)
    {
        if (document.Prose is not { } prose) return null;
        var edits = new List<LspTextEdit>();
        foreach (var edit in fix.Edits)
        {
            if (!prose.TryLocateInFile(edit, out int start, out int end) || end > document.Text.Length) return null;
            edits.Add(new LspTextEdit(document.RangeOf(start, end), edit.NewText));
        }
        return edits.ToArray();
    }
}
