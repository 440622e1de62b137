// The djgen page: an editor whose text is checked, drawn and listed as it changes.
// Plain script, no build step; it talks only to this service's /api/ and draws with the copy of
// mermaid.js served beside it.
"use strict";

const EXAMPLE = `---
djgen:
  project: blog
  features: {auth: jwt, pagination: page}
  entities:
    Post: {owner: author, read: public}
---
classDiagram
    class User {
        <<user>>
        bio: Text(optional)
    }
    class Category {
        name: String(unique, max:100)
    }
    class Post {
        title: String(max:200)
        body: Text
        status: PostStatus(default:DRAFT)
        published_at: DateTime(optional)
    }
    class PostStatus {
        <<enumeration>>
        DRAFT
        PUBLISHED
    }
    Post "*" --> "1" User : author
    Post "*" --> "0..1" Category : category
`;
const WAIT_MS = 300;

const editor = document.getElementById("editor");
const gutter = document.getElementById("gutter");
const marks = document.getElementById("marks");
const language = document.getElementById("language");
const status = document.getElementById("status");
const problems = document.getElementById("problems");
const diagram = document.getElementById("diagram");
const result = document.querySelector("section.result");
const download = document.getElementById("download");

let timer = 0;
let round = 0; // answers to an older text than the latest are dropped
let controller = null;
let marked = new Map(); // line → "error" | "warning"

function source() {
  return { source: editor.value, language: language.value };
}

async function post(path, body, signal) {
  const answer = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
  return { status: answer.status, answer };
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// The editor: line numbers and line marks follow the text and its scrolling.
function drawLines() {
  const count = editor.value.split("\n").length;
  const numbers = document.createDocumentFragment();
  const rows = document.createDocumentFragment();
  for (let line = 1; line <= count; line += 1) {
    const kind = marked.get(line);
    const number = element("div", String(line), kind);
    if (kind) number.title = `${kind} on line ${line}`;
    numbers.append(number);
    rows.append(element("div", " ", kind));
  }
  gutter.replaceChildren(numbers);
  marks.replaceChildren(rows);
  followScroll();
}

function followScroll() {
  gutter.scrollTop = editor.scrollTop;
  marks.scrollTop = editor.scrollTop;
  marks.scrollLeft = editor.scrollLeft;
}

function jumpTo(line, column) {
  const lines = editor.value.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i += 1) offset += lines[i].length + 1;
  offset += Math.max(column - 1, 0);
  editor.focus();
  editor.setSelectionRange(offset, offset);
  const height = parseFloat(getComputedStyle(editor).lineHeight);
  editor.scrollTop = Math.max((line - 1) * height - editor.clientHeight / 3, 0);
  followScroll();
}

function showProblems(diagnostics) {
  marked = new Map();
  const items = diagnostics.map((d) => {
    if (marked.get(d.line) !== "error") marked.set(d.line, d.severity);
    const button = element("button");
    button.type = "button";
    button.append(element("span", `${d.line}:${d.column}`, "where"));
    button.append(` ${d.severity}[${d.code}]: ${d.message}`);
    if (d.hint) button.append(element("span", `hint: ${d.hint}`, "hint"));
    button.addEventListener("click", () => jumpTo(d.line, d.column));
    const item = element("li", undefined, d.severity);
    item.append(button);
    return item;
  });
  problems.replaceChildren(...(items.length ? items : [element("li", "No problems.", "none")]));
  drawLines();
}

function showSummary(summary) {
  const box = document.getElementById("summary");
  const relations = document.getElementById("relations");
  if (!summary) {
    box.replaceChildren();
    relations.replaceChildren();
    return;
  }
  const lines = [element("p", summary.headline)];
  for (const app of summary.apps) {
    lines.push(element("p", `app ${app.name}`));
    for (const entity of app.entities) {
      lines.push(element("p", `  ${entity.text}`));
      if (entity.access) lines.push(element("p", `    ${entity.access}`));
    }
  }
  for (const [name, members] of Object.entries(summary.enums)) {
    lines.push(element("p", `enum ${name}: ${members.join(", ")}`));
  }
  lines.push(element("p", `features: ${summary.features}`));
  box.replaceChildren(...lines);
  const drawn = summary.relations.map((r) => element("li", r.text));
  relations.replaceChildren(...(drawn.length ? drawn : [element("li", "no relation")]));
}

function showFiles(paths) {
  const root = new Map();
  for (const path of paths) {
    let folder = root;
    const parts = path.split("/");
    for (const part of parts.slice(0, -1)) {
      if (!folder.has(part + "/")) folder.set(part + "/", new Map());
      folder = folder.get(part + "/");
    }
    folder.set(parts[parts.length - 1], null);
  }
  const list = (folder) => {
    const ul = element("ul");
    for (const [name, inner] of folder) {
      const li = element("li", name, inner ? "folder" : undefined);
      if (inner) li.append(list(inner));
      ul.append(li);
    }
    return ul;
  };
  document.getElementById("file-count").textContent = `${paths.length} files`;
  document.getElementById("files").replaceChildren(list(root));
}

async function draw(text, id) {
  try {
    const { svg } = await window.mermaid.render(`diagram-${id}`, text);
    diagram.innerHTML = svg;
    result.classList.remove("stale");
  } catch (error) {
    report(`The model resolves, but its diagram could not be drawn: ${error.message}`, true);
  }
}

// One round: check the text; when it resolves, draw it and list its files.
async function refresh() {
  round += 1;
  const mine = round;
  if (controller) controller.abort();
  controller = new AbortController();
  const { signal } = controller;
  const body = source();
  try {
    await keepInUrl(body);
    const checked = await post("/api/validate", body, signal);
    const answer = await checked.answer.json();
    if (mine !== round) return;
    if (checked.status !== 200) {
      report(`The service answered ${checked.status}: ${JSON.stringify(answer.detail)}`, true);
      return;
    }
    showProblems(answer.diagnostics);
    showSummary(answer.summary);
    download.disabled = !answer.ok;
    const errors = answer.diagnostics.filter((d) => d.severity === "error").length;
    const warnings = answer.diagnostics.length - errors;
    if (!answer.ok) {
      result.classList.add("stale");
      report(`${errors} error${errors === 1 ? "" : "s"}: the model does not resolve.`, true);
      return;
    }
    report(`${answer.summary.headline}${warnings ? ` (${warnings} warnings)` : ""}`, false);
    const [drawn, listed] = await Promise.all([
      post("/api/diagram", body, signal).then((r) => r.answer.json()),
      post("/api/files", body, signal).then((r) => r.answer.json()),
    ]);
    if (mine !== round) return;
    showFiles(listed.files);
    await draw(drawn.diagram, mine);
  } catch (error) {
    if (error.name !== "AbortError") report(`Could not check the model: ${error.message}`, true);
  }
}

function report(text, bad) {
  status.textContent = text;
  status.classList.toggle("bad", bad);
}

function later() {
  drawLines();
  clearTimeout(timer);
  timer = setTimeout(refresh, WAIT_MS);
}

async function downloadProject() {
  download.disabled = true;
  report("Generating the project…", false);
  try {
    const made = await post("/api/generate", source());
    if (made.status !== 200) {
      const answer = await made.answer.json();
      report(`Not generated (${made.status}): ${JSON.stringify(answer.detail ?? "invalid")}`, true);
      return;
    }
    const disposition = made.answer.headers.get("Content-Disposition") || "";
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "project.zip";
    const link = element("a");
    link.href = URL.createObjectURL(await made.answer.blob());
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    report(`Downloaded ${name}.`, false);
  } finally {
    download.disabled = false;
  }
}

// The source lives in the URL fragment, compressed, so that a link shares it.
async function encode(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

async function decode(packed) {
  const binary = atob(packed.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

async function keepInUrl(body) {
  const fragment = `#${body.language}/${await encode(body.source)}`;
  history.replaceState(null, "", fragment);
}

async function fromUrl() {
  const match = /^#([a-z]+)\/(.+)$/.exec(location.hash);
  if (!match) return false;
  try {
    editor.value = await decode(match[2]);
  } catch {
    return false;
  }
  if ([...language.options].some((o) => o.value === match[1])) language.value = match[1];
  return true;
}

async function start() {
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
  if (!(await fromUrl())) editor.value = EXAMPLE;
  editor.addEventListener("input", later);
  editor.addEventListener("scroll", followScroll);
  editor.addEventListener("keydown", (event) => {
    if (event.altKey && event.key === "ArrowDown") {
      event.preventDefault();
      problems.querySelector("button")?.focus();
    }
  });
  language.addEventListener("change", refresh);
  download.addEventListener("click", downloadProject);
  drawLines();
  refresh();
}

start();
