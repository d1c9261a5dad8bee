// Galley's web editor: the text lives in this page and stays editable; the server checks what the page sends it.
"use strict";

const $ = (id) => document.getElementById(id);
const MAX_BYTES = 8 * 1024 * 1024 - 4096;   // the server's limit, less room for the JSON around the text
const CHECK_DELAY_MS = 600;                  // as the editor extensions do: check once the writer pauses
// Files the page holds as they are (their markup kept, checked by the server's reader for them); others are opened
// by the server's format readers and edited as their text.
const TEXT_FILES = /\.(txt|text|md|markdown|mdown|mkd)$/i;
const state = {
  text: "", filename: "", checkName: "", diagnostics: [], checked: false,
  timer: 0, dismissed: new Set(),
};

async function post(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return answer(response);
}

async function answer(response) {
  let data = null;
  try { data = await response.json(); } catch { /* not JSON */ }
  if (!response.ok) throw new Error((data && data.error) || `The server answered ${response.status}.`);
  return data;
}

function setStatus(message, busy = false) {
  $("status").textContent = message;
  $("status").classList.toggle("busy", busy);
}

function options() {
  return { dialect: $("dialect").value, file: state.checkName || "pasted text" };
}

// Where a finding stands in the page's text: the file offsets of Markdown and HTML, else the prose offsets (the same).
function place(d) {
  const from = d.location && d.location.offset !== undefined ? d.location.offset : d.start;
  const to = d.location && d.location.endOffset !== undefined ? d.location.endOffset : d.end;
  return { ...d, from, to: Math.max(to, from) };
}

function dismissKey(d) { return `${d.rule}\u0000${d.text}\u0000${d.message}`; }

function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, CHECK_DELAY_MS);
}

// note: what the writer just did, said before the count.
async function check(note = "") {
  clearTimeout(state.timer);
  const text = $("editor").value;
  state.text = text;
  if (!text.trim()) { state.diagnostics = []; render(); setStatus(""); return; }
  if (new Blob([text]).size > MAX_BYTES) { setStatus("This text is larger than 8 MB; check it a few chapters at a time."); return; }
  setStatus("Checking…", true);
  try {
    const result = await post("/api/check", { text, ...options() });
    if ($("editor").value !== text) return;   // typed meanwhile: the check already scheduled will follow
    state.diagnostics = result.diagnostics.map(place).filter((d) => !state.dismissed.has(dismissKey(d)));
    state.checked = true;
    render();
    const n = state.diagnostics.length;
    setStatus((note ? note + " " : "") + (n === 0 ? "No problems found." : `${n} problem${n === 1 ? "" : "s"} found.`));
    $("download").disabled = false;
    report(text);
  } catch (error) {
    setStatus(error.message);
  }
}

async function report(text) {
  const box = $("report");
  try {
    const result = await post("/api/report", { text, ...options() });
    if ($("editor").value !== text) return;
    box.replaceChildren(renderReport(result));
  } catch (error) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = error.message;
    box.replaceChildren(p);
  }
}

// The report's headline facts: length, narration, cast and dialogue. The full report is in `galley report`.
function renderReport(result) {
  const list = document.createElement("dl");
  const add = (term, value) => {
    if (value === undefined || value === null || value === "") return;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    list.append(dt, dd);
  };
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  add("Length", plural(result.words ?? 0, "word"));
  if (result.narrator) add("Narration", [`${result.narrator.person} person`, result.narrator.name].filter(Boolean).join(", "));
  add("Tense", result.tense);
  if (result.spelling) {
    const dialect = { "en-GB": "British", "en-US": "American" }[result.spelling.dialect] ?? "unclear";
    add("Spelling", `${dialect} (${plural(result.spelling.britishSpellings, "British spelling")}, ${result.spelling.americanSpellings} American)`);
  }
  if (Array.isArray(result.scenes)) add("Scenes", result.scenes.length);
  if (Array.isArray(result.characters)) {
    const cast = result.characters.filter((c) => c.kind !== "place").slice(0, 6)
      .map((c) => `${c.name} (${plural(c.mentions, "mention")}${c.lines ? ", " + plural(c.lines, "line") : ""})`);
    add("Characters", cast.join("; ") || "none found");
  }
  if (Array.isArray(result.dialogue)) {
    const known = result.dialogue.filter((d) => d.speaker).length;
    add("Dialogue", `${plural(result.dialogue.length, "line")}, ${known} with a speaker`);
  }
  if (Array.isArray(result.tenseDrifts)) add("Tense drifts", result.tenseDrifts.length);
  return list;
}

// While the writer types, the underlines after the change move with the text and those it touched go, until the
// next check (a moment later) places them all again.
function followEdit(before, after) {
  const { prefix, suffix } = commonEnds(before, after);
  const changedEnd = before.length - suffix, delta = after.length - before.length;
  state.diagnostics = state.diagnostics
    .filter((d) => d.to < prefix || d.from >= changedEnd)
    .map((d) => (d.from >= changedEnd ? { ...d, from: d.from + delta, to: d.to + delta } : d));
}

// How many characters two texts share at the start, and then at the end: what lies between is what changed.
function commonEnds(before, after) {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

// The underlines: the text again, transparent, with each problem in a <mark>, laid exactly over the textarea.
// Overlapping problems are listed but only the first is underlined.
function render() {
  const layer = $("highlights");
  const text = state.text;
  const parts = [];
  let position = 0;
  state.diagnostics.forEach((d, index) => {
    if (d.from < position || d.from > text.length) return;
    parts.push(document.createTextNode(text.slice(position, d.from)));
    const mark = document.createElement("mark");
    mark.className = `issue ${d.severity}`;
    mark.dataset.index = index;
    mark.title = d.message;
    const end = Math.min(text.length, Math.max(d.to, d.from + 1));
    mark.textContent = text.slice(d.from, end);
    mark.addEventListener("click", (event) => { event.stopPropagation(); placeCaret(event, d); showPopover(mark, d); });
    parts.push(mark);
    position = end;
  });
  parts.push(document.createTextNode(text.slice(position) + " "));   // the space keeps a last empty line's height
  layer.replaceChildren(...parts);
  syncLayer();

  const issues = $("issues");
  $("count").textContent = state.diagnostics.length || "";
  if (state.diagnostics.length === 0) {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = state.checked ? "No problems found." : "Nothing checked yet.";
    issues.replaceChildren(li);
    return;
  }
  issues.replaceChildren(...state.diagnostics.map((d, index) => {
    const li = document.createElement("li");
    li.className = d.severity;
    const rule = document.createElement("span");
    rule.className = "rule";
    rule.textContent = `${d.rule} · line ${d.line}`;
    const message = document.createElement("div");
    message.textContent = d.message;
    li.append(message, rule);
    li.addEventListener("click", (event) => {
      event.stopPropagation();
      const editor = $("editor");
      editor.focus({ preventScroll: true });
      editor.setSelectionRange(d.from, d.to);
      const mark = layer.querySelector(`mark[data-index="${index}"]`);
      if (!mark) return;
      editor.scrollTop = Math.max(0, mark.offsetTop - editor.clientHeight / 2);
      syncLayer();
      showPopover(mark, d);
    });
    return li;
  }));
}

// The layer covers the textarea's text area exactly (not its scroll bar) and scrolls with it.
function syncLayer() {
  const editor = $("editor"), layer = $("highlights");
  layer.style.width = `${editor.clientWidth}px`;
  layer.style.height = `${editor.clientHeight}px`;
  layer.scrollTop = editor.scrollTop;
  layer.scrollLeft = editor.scrollLeft;
}

// A click on an underlined word also puts the caret there, so the writer can go on typing in it.
function placeCaret(event, d) {
  let offset = d.from;
  const range = document.caretRangeFromPoint ? document.caretRangeFromPoint(event.clientX, event.clientY) : null;
  if (range && range.startContainer.parentElement === event.currentTarget) offset = d.from + range.startOffset;
  const editor = $("editor");
  editor.focus({ preventScroll: true });
  editor.setSelectionRange(offset, offset);
}

function showPopover(mark, d) {
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  mark.classList.add("current");
  const pop = $("popover");
  const rule = document.createElement("span");
  rule.className = "rule";
  rule.textContent = `${d.rule} ${d.name} · ${d.severity}`;
  const message = document.createElement("p");
  message.textContent = d.message;
  const fixes = document.createElement("div");
  fixes.className = "fixes";
  for (const suggestion of d.suggestions.slice(0, 5)) {
    fixes.append(button("fix", suggestion === "" ? "Delete" : suggestion, () => applyFix(d, suggestion)));
  }
  if (d.category === "spelling") fixes.append(button("dismiss add-word", "Add to dictionary", () => addWord(d.text)));
  fixes.append(button("dismiss", "Leave it", () => {
    state.dismissed.add(dismissKey(d));
    state.diagnostics = state.diagnostics.filter((x) => x !== d);
    hidePopover();
    render();
  }));
  pop.replaceChildren(rule, message, fixes);
  const box = mark.getBoundingClientRect();
  pop.hidden = false;
  pop.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8))}px`;
  pop.style.top = `${window.scrollY + box.bottom + 6}px`;
}

function button(className, label, action) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.textContent = label;
  b.addEventListener("click", (event) => { event.stopPropagation(); action(); });
  return b;
}

function hidePopover() {
  $("popover").hidden = true;
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
}

async function applyFix(d, suggestion) {
  hidePopover();
  setStatus("Applying…", true);
  try {
    const result = await post("/api/fix", { text: $("editor").value, ...options(), rule: d.rule, start: d.start, end: d.end, suggestion });
    replaceText(result.text);
    await check();
  } catch (error) {
    setStatus(error.message);
    scheduleCheck();
  }
}

// Puts the fixed text in the textarea by replacing only what changed, as typing would (so Ctrl+Z undoes it), with
// the caret and the scroll kept where they were.
function replaceText(after) {
  const editor = $("editor"), before = editor.value;
  const { prefix, suffix } = commonEnds(before, after);
  const from = prefix, to = before.length - suffix, replacement = after.slice(prefix, after.length - suffix);
  const scroll = editor.scrollTop, delta = after.length - before.length;
  const moved = (p) => (p >= to ? p + delta : p > from ? from + replacement.length : p);
  const [caretStart, caretEnd] = [moved(editor.selectionStart), moved(editor.selectionEnd)];
  editor.focus({ preventScroll: true });
  editor.setSelectionRange(from, to);
  // insertText is the one way to change a textarea that keeps the undo history; it fires input as typing does.
  const typed = document.execCommand && document.execCommand(replacement ? "insertText" : "delete", false, replacement);
  if (!typed || editor.value !== after) {
    editor.value = after;
    followEdit(before, after);
    state.text = after;
    render();
  }
  editor.setSelectionRange(caretStart, caretEnd);
  editor.scrollTop = scroll;
  syncLayer();
}

async function addWord(word) {
  hidePopover();
  try {
    const result = await post("/api/words", { word });
    await check(result.added ? `Added “${word}” to ${result.file}.` : `“${word}” was already in ${result.file}.`);
  } catch (error) {
    setStatus(error.message);
  }
}

function download() {
  const name = state.checkName ? state.checkName.replace(/(\.[^.]*)?$/, "-corrected$1") : "corrected.txt";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([$("editor").value], { type: "text/plain;charset=utf-8" }));
  link.download = TEXT_FILES.test(name) ? name : name + ".txt";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function show(text, filename, checkName, label) {
  state.filename = filename;
  state.checkName = checkName;
  state.dismissed.clear();
  state.diagnostics = [];
  $("filename").textContent = label;
  $("editor").value = text;
  $("editor").scrollTop = 0;
  state.text = text;
  render();
  check();
}

// .txt and .md files are read here and kept as they are; .html, .docx and .epub are sent to this computer's Galley,
// whose format readers give back their text to edit (it keeps no copy).
async function open(file) {
  if (TEXT_FILES.test(file.name)) {
    const reader = new FileReader();
    reader.onload = () => show(String(reader.result), file.name, file.name, file.name);
    reader.onerror = () => setStatus(`Could not read ${file.name}.`);
    reader.readAsText(file);
    return;
  }
  setStatus(`Opening ${file.name}…`, true);
  try {
    const result = await answer(await fetch(`/api/open?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file }));
    const textName = file.name.replace(/(\.[^.]*)?$/, ".txt");
    show(result.text, file.name, textName, `${file.name} (its text)`);
  } catch (error) {
    setStatus(error.message);
  }
}

$("check").addEventListener("click", () => check());
$("download").addEventListener("click", download);
$("dialect").addEventListener("change", () => { if (state.checked) check(); });
$("file").addEventListener("change", (event) => { if (event.target.files[0]) open(event.target.files[0]); event.target.value = ""; });
$("editor").addEventListener("input", () => {
  const after = $("editor").value;
  followEdit(state.text, after);
  state.text = after;
  $("download").disabled = after.length === 0;
  hidePopover();
  render();
  scheduleCheck();
});
$("editor").addEventListener("scroll", syncLayer);
new ResizeObserver(syncLayer).observe($("editor"));
document.addEventListener("click", (event) => { if (!$("popover").contains(event.target)) hidePopover(); });
document.addEventListener("keydown", (event) => { if (event.key === "Escape") hidePopover(); });
