// Galley's web editor: the text lives in this page; the server only checks what the page sends it.
"use strict";

const $ = (id) => document.getElementById(id);
const MAX_BYTES = 8 * 1024 * 1024 - 4096;   // the server's limit, less room for the JSON around the text
const state = { text: "", filename: "", diagnostics: [], checked: false };

async function post(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  let data = null;
  try { data = await response.json(); } catch { /* not JSON */ }
  if (!response.ok) throw new Error((data && data.error) || `The server answered ${response.status}.`);
  return data;
}

function setStatus(message, busy = false) {
  $("status").textContent = message;
  $("status").classList.toggle("busy", busy);
}

async function check() {
  if (!$("editor").hidden) state.text = $("editor").value;
  if (!state.text.trim()) { setStatus("Paste or open a text first."); return; }
  if (new Blob([state.text]).size > MAX_BYTES) { setStatus("This text is larger than 8 MB; check it a few chapters at a time."); return; }
  setStatus("Checking…", true);
  try {
    const result = await post("/api/check", { text: state.text, dialect: $("dialect").value, file: state.filename || "pasted text" });
    state.diagnostics = result.diagnostics;
    state.checked = true;
    showView();
    render();
    const n = state.diagnostics.length;
    setStatus(n === 0 ? "No problems found." : `${n} problem${n === 1 ? "" : "s"} found.`);
    $("download").disabled = false;
    report();
  } catch (error) {
    setStatus(error.message);
  }
}

async function report() {
  const box = $("report");
  try {
    const result = await post("/api/report", { text: state.text, dialect: $("dialect").value });
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

function showView() {
  $("editor").hidden = true;
  $("view").hidden = false;
  $("edit").hidden = false;
}

function showEditor() {
  hidePopover();
  $("editor").value = state.text;
  $("editor").hidden = false;
  $("view").hidden = true;
  $("edit").hidden = true;
  $("editor").focus();
}

// The text with each problem wrapped in a <mark>; overlapping problems are listed but only the first is underlined.
function render() {
  const view = $("view");
  const parts = [];
  let position = 0;
  state.diagnostics.forEach((d, index) => {
    if (d.start < position) return;
    parts.push(document.createTextNode(state.text.slice(position, d.start)));
    const mark = document.createElement("mark");
    mark.className = `issue ${d.severity}`;
    mark.dataset.index = index;
    mark.title = d.message;
    mark.textContent = state.text.slice(d.start, Math.max(d.end, d.start + 1));
    mark.addEventListener("click", (event) => { event.stopPropagation(); showPopover(mark, d); });
    parts.push(mark);
    position = Math.max(d.end, d.start + 1);
  });
  parts.push(document.createTextNode(state.text.slice(position)));
  view.replaceChildren(...parts);

  const issues = $("issues");
  $("count").textContent = state.diagnostics.length || "";
  if (state.diagnostics.length === 0) {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = "No problems found.";
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
      const mark = view.querySelector(`mark[data-index="${index}"]`);
      if (mark) { mark.scrollIntoView({ block: "center", behavior: "smooth" }); showPopover(mark, d); }
    });
    return li;
  }));
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
    const button = document.createElement("button");
    button.type = "button";
    button.className = "fix";
    button.textContent = suggestion === "" ? "Delete" : suggestion;
    button.addEventListener("click", () => applyFix(d, suggestion));
    fixes.append(button);
  }
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.className = "dismiss";
  dismiss.textContent = "Leave it";
  dismiss.addEventListener("click", () => {
    state.diagnostics = state.diagnostics.filter((x) => x !== d);
    hidePopover();
    render();
  });
  fixes.append(dismiss);
  pop.replaceChildren(rule, message, fixes);
  const box = mark.getBoundingClientRect();
  pop.hidden = false;
  pop.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8))}px`;
  pop.style.top = `${window.scrollY + box.bottom + 6}px`;
}

function hidePopover() {
  $("popover").hidden = true;
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
}

async function applyFix(d, suggestion) {
  hidePopover();
  setStatus("Applying…", true);
  try {
    const result = await post("/api/fix", { text: state.text, dialect: $("dialect").value, rule: d.rule, start: d.start, end: d.end, suggestion });
    state.text = result.text;
    await check();
  } catch (error) {
    setStatus(error.message);
  }
}

function download() {
  const name = state.filename ? state.filename.replace(/(\.[^.]*)?$/, "-corrected$1") : "corrected.txt";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([state.text], { type: "text/plain;charset=utf-8" }));
  link.download = name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") ? name : name + ".txt";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function open(file) {
  const reader = new FileReader();
  reader.onload = () => {
    state.text = String(reader.result);
    state.filename = file.name;
    $("filename").textContent = file.name;
    $("editor").value = state.text;
    $("editor").hidden = false;
    check();
  };
  reader.onerror = () => setStatus(`Could not read ${file.name}.`);
  reader.readAsText(file);
}

$("check").addEventListener("click", check);
$("edit").addEventListener("click", showEditor);
$("download").addEventListener("click", download);
$("dialect").addEventListener("change", () => { if (state.checked) check(); });
$("file").addEventListener("change", (event) => { if (event.target.files[0]) open(event.target.files[0]); event.target.value = ""; });
$("editor").addEventListener("input", () => { $("download").disabled = false; state.text = $("editor").value; });
document.addEventListener("click", (event) => { if (!$("popover").contains(event.target)) hidePopover(); });
document.addEventListener("keydown", (event) => { if (event.key === "Escape") hidePopover(); });
