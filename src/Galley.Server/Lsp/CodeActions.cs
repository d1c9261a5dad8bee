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
        foreach (var d in document.Diagnostics)
        {
            if (d.Span.End < start || d.Span.Start > end) continue;
            var lsp = LanguageServer.ToLsp(document, d, settings);
            foreach (var (fix, index) in d.Fixes.Take(MaxFixesShown).Select((f, i) => (f, i)))
            {
                var edits = fix.Edits.Select(e => new LspTextEdit(document.RangeOf(e.Span), e.NewText)).ToArray();
                actions.Add(new CodeAction(fix.Title, "quickfix", [lsp], IsPreferred: index == 0 && d.HasSafeFix ? true : null,
                    Edit: new WorkspaceEdit(new Dictionary<string, LspTextEdit[]> { [document.Uri] = edits })));
            }
            if (d.Category == Category.Spelling && document.FilePath is not null)
            {
                var word = document.Text.Substring(d.Span.Start, d.Span.Length);
                actions.Add(new CodeAction($"Add \u201c{word}\u201d to the dictionary (.galley/words.txt)", "quickfix", [lsp],
                    Command: new Command("Add to dictionary", LanguageServer.AddWordCommand, [document.Uri, word])));
            }
            actions.Add(new CodeAction($"Ignore {d.RuleId} ({d.Rule.Name}) in this file", "quickfix", [lsp],
                Command: new Command("Ignore rule in this file", LanguageServer.IgnoreRuleCommand, [document.Uri, d.RuleId])));
        }
        return actions.ToArray();
    }
}
