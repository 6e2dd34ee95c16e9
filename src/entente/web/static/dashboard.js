// Entente workbench: plain DOM and SVG, no external assets. Text from articles is only ever set with
// textContent, so nothing from an article can run as code. The whole view lives in the address's hash,
// so a view can be shared and a reload restores it.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = [
  { key: "verbal_coop", name: "Verbal cooperation", colour: "#7fbf7b" },
  { key: "material_coop", name: "Material cooperation", colour: "#1b7837" },
  { key: "verbal_conflict", name: "Verbal conflict", colour: "#f4a582" },
  { key: "material_conflict", name: "Material conflict", colour: "#b2182b" },
];
const QUAD_NAMES = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
const DIRECTION_COLOURS = ["#1f3b73", "#e08214"];
const MAX_DYADS = 4;

function el(tag, attrs = {}, text = null) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined && value !== null) node.setAttribute(key, value);
  if (text !== null) node.textContent = text;
  return node;
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

const $ = (id) => document.getElementById(id);

// ---- names --------------------------------------------------------------------------------------------

const actorNames = {};
function actorText(code, name) {
  if (!code) return "—";
  const label = name || actorNames[code] || "";
  return label && label !== code ? `${label} (${code})` : code;
}
function shortName(code) {
  const name = actorNames[code] || code;
  if (code.startsWith("IGO")) return code.slice(3);
  return name.length <= 16 ? name : code;
}
function eventText(e) { return e.code_name ? `${e.code_name} (${e.code})` : e.code; }

// ---- the view's state, kept in the hash ---------------------------------------------------------------

const DEFAULTS = { d: "KAZ-RUS", p: "year", start: "", end: "", root: "", code: "", quad: "", mod: "", actor: "",
  q: "", sort: "date", order: "asc", page: "1", size: "25", who: "KAZ", org: "CSTO", ev: "", sel: "" };
const state = { ...DEFAULTS };

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const key of Object.keys(DEFAULTS)) state[key] = params.has(key) ? params.get(key) : DEFAULTS[key];
}
function writeHash() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value !== DEFAULTS[key] || key === "d" || key === "p") params.set(key, value);
  history.replaceState(null, "", `${location.pathname}${location.search}#${params}`);
  $("share-url").value = location.href;
}
function dyads() {
  return state.d.split(",").filter((p) => /^[A-Za-z0-9]+-[A-Za-z0-9]+$/.test(p)).slice(0, MAX_DYADS)
    .map((p) => p.split("-"));
}

// ---- selects ------------------------------------------------------------------------------------------

let actorList = [];
function actorOptions(select, preferred, blank) {
  const options = actorList.map((a) => el("option", { value: a.code }, actorText(a.code, a.name)));
  if (blank) options.unshift(el("option", { value: "" }, blank));
  select.replaceChildren(...options);
  if (preferred !== undefined) select.value = preferred;
}

function dyadRow(a, b) {
  const row = el("div", { class: "dyad-row" });
  const first = el("select", { class: "dyad-a", "aria-label": "first actor" });
  const second = el("select", { class: "dyad-b", "aria-label": "second actor" });
  actorOptions(first, a);
  actorOptions(second, b);
  const remove = el("button", { type: "button", class: "secondary remove-dyad", title: "remove this pair" }, "×");
  remove.addEventListener("click", () => { if ($("dyad-rows").children.length > 1) row.remove(); updateAddButton(); });
  row.append(el("span", { class: "swatch" }), first, el("span", { class: "both-ways", title: "both directions" }, "⇄"), second, remove);
  return row;
}
function updateAddButton() { $("add-dyad").disabled = $("dyad-rows").children.length >= MAX_DYADS; }
function setDyadRows() {
  const pairs = dyads();
  $("dyad-rows").replaceChildren(...(pairs.length ? pairs : [["KAZ", "RUS"]]).map(([a, b]) => dyadRow(a, b)));
  // The first rows keep the ids the page has always had.
  const rows = $("dyad-rows").children;
  rows[0].querySelector(".dyad-a").id = "source";
  rows[0].querySelector(".dyad-b").id = "target";
  updateAddButton();
}

function controlsFromState() {
  setDyadRows();
  $("period").value = state.p;
  const pairs = { "f-root": "root", "f-code": "code", "f-quad": "quad", "f-start": "start", "f-end": "end",
    "f-modality": "mod", "f-actor": "actor", "f-q": "q", "page-size": "size", "org": "org" };
  for (const [id, key] of Object.entries(pairs)) $(id).value = state[key];
  $("actor").value = state.who;
}

function filterParams(extra = {}) {
  const params = new URLSearchParams();
  const map = { root: "root", code: "code", quad: "quad_class", start: "start", end: "end", mod: "modality", actor: "actor", q: "q" };
  for (const [key, name] of Object.entries(map)) if (state[key]) params.set(name, state[key]);
  for (const [key, value] of Object.entries(extra)) if (value !== "" && value !== null && value !== undefined) params.set(key, value);
  return params;
}

// ---- time axis ----------------------------------------------------------------------------------------

function dayValue(iso) { const [y, m, d] = iso.split("-").map(Number); return Date.UTC(y, (m || 1) - 1, d || 1); }
function periodEnd(period, kind) {
  const y = Number(period.slice(0, 4));
  if (kind === "year") return Date.UTC(y + 1, 0, 1);
  if (kind === "quarter") return Date.UTC(y, Number(period.slice(6)) * 3, 1);
  return Date.UTC(y, Number(period.slice(5, 7)), 1);
}
function timeScale(axis, kind, x0, x1) {
  const t0 = dayValue(axis[0].start), t1 = periodEnd(axis[axis.length - 1].period, kind);
  return (t) => x0 + ((t - t0) * (x1 - x0)) / Math.max(1, t1 - t0);
}
function tickEvery(n, room) { return Math.max(1, Math.ceil(n / room)); }

function drawAxis(svg, axis, kind, x, yTop, yBase) {
  const every = tickEvery(axis.length, kind === "year" ? 16 : 12);
  axis.forEach((p, i) => {
    const left = x(dayValue(p.start)), right = x(periodEnd(p.period, kind));
    svg.append(el("svg:line", { x1: left, x2: left, y1: yTop, y2: yBase + 4, class: "gridline" }));
    if (i % every === 0) svg.append(el("svg:text", { x: (left + right) / 2, y: yBase + 16, "text-anchor": "middle", class: "tick" }, p.period));
  });
}

// ---- relations over time ------------------------------------------------------------------------------

function legendItems(box, items) {
  box.replaceChildren(...items.map(([colour, text, dashed]) => {
    const item = el("span", { class: "legend-item" });
    const sw = el("span", { class: dashed ? "legend-line dashed" : "legend-swatch" });
    sw.style.setProperty("--c", colour);
    item.append(sw, text);
    return item;
  }));
}

function drawDyad(dyad, axis, kind) {
  const width = 900, left = 100, right = 12, half = 58, gap = 10, gsH = 90;
  const top = 26, mid = top + half, countsBottom = mid + half, gsTop = countsBottom + gap + 8, gsBottom = gsTop + gsH;
  const height = gsBottom + 24;
  const [ab, ba] = dyad.directions;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", class: "dyad-svg",
    "data-pair": `${dyad.a}-${dyad.b}`, "aria-label": `${ab.source_name} and ${ab.target_name}, both directions, per ${kind}` });
  const x = timeScale(axis, kind, left, width - right);
  const maxCount = Math.max(1, ...dyad.directions.flatMap((d) => d.series.map((p) => p.events)));
  const ch = (n) => (n / maxCount) * (half - 4);
  svg.append(el("svg:text", { x: left, y: 14, class: "dyad-title" },
    `${ab.source_name} (${ab.source}) ⇄ ${ab.target_name} (${ab.target}) — ${ab.events} + ${ba.events} events`));
  drawAxis(svg, axis, kind, x, top, gsBottom);
  // Counts: A→B above the middle line, B→A below it, stacked by QuadClass.
  dyad.directions.forEach((direction, d) => {
    const sign = d === 0 ? -1 : 1;
    direction.series.forEach((p, i) => {
      const x0 = x(dayValue(axis[i].start)), x1 = x(periodEnd(p.period, kind));
      const w = Math.max(1.5, (x1 - x0) * 0.8), bx = x0 + (x1 - x0 - w) / 2;
      const group = el("svg:g", { class: "bar", "data-period": p.period, "data-events": p.events,
        "data-direction": `${direction.source}-${direction.target}`, tabindex: p.events ? 0 : null });
      if (!p.events) {
        group.append(el("svg:rect", { x: bx, y: sign < 0 ? mid - 1.5 : mid, width: w, height: 1.5, class: "zero" }));
      }
      let offset = 0;
      for (const quad of QUADS) {
        const n = p[quad.key];
        if (!n) continue;
        const h = ch(n);
        group.append(el("svg:rect", { x: bx, y: sign < 0 ? mid - offset - h : mid + offset, width: w, height: h, fill: quad.colour }));
        offset += h;
      }
      group.append(el("svg:title", {}, `${direction.source_name} → ${direction.target_name}, ${p.period}: ${p.events} events` +
        (p.events ? ` (${QUADS.map((q) => `${q.name.toLowerCase()} ${p[q.key]}`).join(", ")}); mean Goldstein ${p.goldstein_mean}` : "")));
      if (p.events) group.addEventListener("click", () => selectEvidence(`dyad:${direction.source}:${direction.target}:${p.period}`));
      svg.append(group);
    });
    // The direction, in two short lines in the left margin: "KAZ →" over "RUS".
    const ly = d === 0 ? mid - half / 2 - 2 : mid + half / 2 - 2;
    svg.append(el("svg:text", { x: 4, y: ly, class: "dir-label", fill: DIRECTION_COLOURS[d] }, `${d === 0 ? "▲" : "▼"} ${direction.source} →`),
      el("svg:text", { x: 16, y: ly + 13, class: "dir-label", fill: DIRECTION_COLOURS[d] }, direction.target));
  });
  svg.append(el("svg:line", { x1: left, x2: width - right, y1: mid, y2: mid, class: "midline" }));
  svg.append(el("svg:text", { x: left - 4, y: top + 4, "text-anchor": "end", class: "tick" }, String(maxCount)),
    el("svg:text", { x: left - 4, y: mid + 4, "text-anchor": "end", class: "tick" }, "0"),
    el("svg:text", { x: left - 4, y: countsBottom, "text-anchor": "end", class: "tick" }, String(maxCount)));
  // Mean Goldstein of both directions, with gaps where a period has no event.
  const gy = (g) => gsTop + ((10 - g) / 20) * gsH;
  svg.append(el("svg:rect", { x: left, y: gsTop, width: width - left - right, height: gsH, class: "gs-band" }));
  svg.append(el("svg:line", { x1: left, x2: width - right, y1: gy(0), y2: gy(0), class: "zeroline" }));
  for (const [g, t] of [[10, "+10"], [0, "0"], [-10, "−10"]]) {
    svg.append(el("svg:text", { x: left - 4, y: gy(g) + 4, "text-anchor": "end", class: "tick" }, t));
  }
  svg.append(el("svg:text", { x: 4, y: gsTop + gsH / 2 - 6, class: "tick" }, "mean"),
    el("svg:text", { x: 4, y: gsTop + gsH / 2 + 6, class: "tick" }, "Goldstein"));
  dyad.directions.forEach((direction, d) => {
    const cx = (i) => (x(dayValue(axis[i].start)) + x(periodEnd(axis[i].period, kind))) / 2;
    let path = "", pen = false;
    direction.series.forEach((p, i) => {
      if (p.goldstein_mean === null || p.goldstein_mean === undefined) { pen = false; return; }
      path += `${pen ? "L" : "M"}${cx(i).toFixed(1)},${gy(p.goldstein_mean).toFixed(1)}`;
      pen = true;
    });
    if (path) svg.append(el("svg:path", { d: path, fill: "none", stroke: DIRECTION_COLOURS[d], "stroke-width": 2,
      "stroke-dasharray": d ? "6 4" : null }));
    direction.series.forEach((p, i) => {
      if (!p.events) return;
      const dot = el("svg:circle", { cx: cx(i), cy: gy(p.goldstein_mean), r: 3 + Math.min(5, Math.sqrt(p.events) * 1.6),
        fill: DIRECTION_COLOURS[d], class: "point", "data-period": p.period, "data-direction": `${direction.source}-${direction.target}`, tabindex: 0 });
      dot.append(el("svg:title", {}, `${direction.source_name} → ${direction.target_name}, ${p.period}: mean Goldstein ${p.goldstein_mean} over ${p.events} events`));
      dot.addEventListener("click", () => selectEvidence(`dyad:${direction.source}:${direction.target}:${p.period}`));
      svg.append(dot);
    });
  });
  return svg;
}

async function seriesFor(withRange) {
  const params = new URLSearchParams();
  for (const [a, b] of dyads()) params.append("dyad", `${a}-${b}`);
  params.set("period", state.p);
  if (withRange) { if (state.start) params.set("start", state.start); if (state.end) params.set("end", state.end); }
  return getJSON(`/api/series?${params}`);
}

// Each panel draws only the answer to its latest request, so a slow earlier answer never overwrites a newer view.
const tickets = {};
function ticket(panel) { tickets[panel] = (tickets[panel] || 0) + 1; const mine = tickets[panel]; return () => tickets[panel] === mine; }

async function renderTimeline() {
  const current = ticket("timeline");
  legendItems($("timeline-legend"), [...QUADS.map((q) => [q.colour, q.name]),
    [DIRECTION_COLOURS[0], "mean Goldstein, first → second"], [DIRECTION_COLOURS[1], "second → first", true]]);
  const [full, view] = await Promise.all([seriesFor(false), seriesFor(true)]);
  if (!current()) return;
  drawBrush(full);
  const box = $("timeline");
  if (!view.axis.length) { box.replaceChildren(el("p", { class: "hint" }, "No dated events for these pairs in this range.")); return; }
  box.replaceChildren(...view.dyads.map((d) => drawDyad(d, view.axis, view.period)));
  box.setAttribute("data-periods", view.axis.map((p) => p.period).join(","));
}

// The brush: an overview of every period of the chosen pairs; dragging picks the date range.
function drawBrush(full) {
  const box = $("brush");
  if (!full.axis.length) { box.replaceChildren(); return; }
  const width = 900, height = 46, left = 100, right = 12, kind = full.period;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", id: "brush-svg", role: "img",
    "aria-label": "date range brush" });
  const x = timeScale(full.axis, kind, left, width - right);
  const totals = full.axis.map((_, i) => full.dyads.reduce((sum, d) => sum + d.directions.reduce((s, r) => s + r.series[i].events, 0), 0));
  const max = Math.max(1, ...totals);
  svg.append(el("svg:rect", { x: left, y: 2, width: width - left - right, height: 30, class: "brush-bg" }));
  full.axis.forEach((p, i) => {
    const x0 = x(dayValue(p.start)), x1 = x(periodEnd(p.period, kind));
    const h = (totals[i] / max) * 28;
    svg.append(el("svg:rect", { x: x0 + 0.5, y: 32 - h, width: Math.max(1, x1 - x0 - 1), height: h, class: "brush-bar" }));
  });
  const every = tickEvery(full.axis.length, 12);
  full.axis.forEach((p, i) => { if (i % every === 0) svg.append(el("svg:text", { x: x(dayValue(p.start)), y: 44, class: "tick" }, p.period)); });
  svg.append(el("svg:text", { x: 4, y: 22, class: "tick" }, "range"));
  const t0 = dayValue(full.axis[0].start), tEnd = periodEnd(full.axis[full.axis.length - 1].period, kind);
  const sx = (t) => x(Math.min(tEnd, Math.max(t0, t)));
  const selStart = state.start ? sx(dayValue(state.start)) : null;
  const selEnd = state.end ? sx(endValue(state.end)) : null;
  const sel = el("svg:rect", { y: 2, height: 30, class: "brush-selection", id: "brush-selection",
    x: selStart ?? left, width: selStart !== null || selEnd !== null ? (selEnd ?? width - right) - (selStart ?? left) : 0 });
  svg.append(sel);
  const toSvgX = (event) => { const r = svg.getBoundingClientRect(); return ((event.clientX - r.left) * width) / r.width; };
  let anchor = null;
  svg.addEventListener("mousedown", (e) => { anchor = toSvgX(e); sel.setAttribute("x", anchor); sel.setAttribute("width", 0); e.preventDefault(); });
  svg.addEventListener("mousemove", (e) => {
    if (anchor === null) return;
    const at = toSvgX(e);
    sel.setAttribute("x", Math.min(anchor, at)); sel.setAttribute("width", Math.abs(at - anchor));
  });
  const finish = (e) => {
    if (anchor === null) return;
    const at = toSvgX(e), a = Math.min(anchor, at), b = Math.max(anchor, at);
    anchor = null;
    if (b - a < 3) return;
    const inverse = (px) => t0 + ((px - left) * (tEnd - t0)) / (width - right - left);
    state.start = isoBound(inverse(a), kind, false);
    state.end = isoBound(inverse(b) - 1, kind, true);
    state.page = "1";
    rerenderAll();
  };
  svg.addEventListener("mouseup", finish);
  svg.addEventListener("mouseleave", finish);
  svg.addEventListener("dblclick", () => { state.start = ""; state.end = ""; rerenderAll(); });
  box.replaceChildren(svg);
}
function endValue(iso) {
  const parts = iso.split("-").map(Number);
  if (parts.length === 1) return Date.UTC(parts[0] + 1, 0, 1);
  if (parts.length === 2) return Date.UTC(parts[0], parts[1], 1);
  return Date.UTC(parts[0], parts[1] - 1, parts[2] + 1);
}
function isoBound(t, kind, isEnd) {
  const d = new Date(Math.max(0, t));
  const y = d.getUTCFullYear(), m = d.getUTCMonth();
  if (kind === "year") return String(y);
  if (kind === "quarter") {
    const q = Math.floor(m / 3);
    return `${y}-${String(isEnd ? q * 3 + 3 : q * 3 + 1).padStart(2, "0")}`;
  }
  return `${y}-${String(m + 1).padStart(2, "0")}`;
}

// ---- evidence and the article -------------------------------------------------------------------------

function evidenceItem(e) {
  const item = el("li", { class: "evidence-item", "data-event": e.event_id, tabindex: 0 });
  const head = el("span", { class: "code" }, `${actorText(e.source, e.source_name)} → ${actorText(e.target, e.target_name)}`);
  item.append(head, " ", el("span", { class: "event-name" }, `${eventText(e)}, Goldstein ${e.goldstein}`), el("br"),
    el("span", { class: "sentence" }, e.sentence), " ", el("span", { class: "meta" }, `— ${e.title || e.doc_id}, ${e.date || "undated"}`));
  item.addEventListener("click", () => { state.ev = e.event_id; writeHash(); showArticle(e.event_id); });
  return item;
}

// sel: "dyad:SRC:TGT:PERIOD" (a bar or point), "edge:SRC:TGT" (a network arrow)
async function selectEvidence(sel) {
  state.sel = sel;
  writeHash();
  await renderEvidence();
}

async function renderEvidence() {
  const current = ticket("evidence");
  const [kind, source, target, period] = state.sel.split(":");
  let events = [], what = "";
  if (kind === "dyad") {
    events = await getJSON(`/api/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}/events?period=${encodeURIComponent(period)}`);
    const full = await getJSON(`/api/events?${new URLSearchParams({ source, target, limit: 500 })}`);
    const labelled = Object.fromEntries(full.map((e) => [e.event_id, e]));
    events = events.map((e) => labelled[e.event_id] || e);
    what = `from ${actorText(source)} to ${actorText(target)} in ${period}`;
  } else if (kind === "edge") {
    const params = new URLSearchParams({ source, target, limit: 500 });
    if (state.start) params.set("start", state.start);
    if (state.end) params.set("end", state.end);
    events = await getJSON(`/api/events?${params}`);
    what = `from ${actorText(source)} to ${actorText(target)} (network arrow${state.start || state.end ? `, ${state.start || "…"} to ${state.end || "…"}` : ""})`;
  } else {
    return;
  }
  if (!current()) return;
  $("evidence-hint").textContent = `${events.length} event${events.length === 1 ? "" : "s"} ${what}:`;
  $("evidence").replaceChildren(...events.map(evidenceItem));
  $("evidence").setAttribute("data-selection", state.sel);
}

async function showArticle(eventId) {
  const current = ticket("article");
  const ev = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  const doc = await getJSON(`/api/documents/${encodeURIComponent(ev.doc_id)}`);
  if (!current()) return;
  document.querySelectorAll(".selected-row").forEach((r) => r.classList.remove("selected-row"));
  document.querySelectorAll(`[data-event="${CSS.escape(eventId)}"]`).forEach((r) => r.classList.add("selected-row"));
  $("article-title").textContent = doc.title || doc.doc_id;
  $("article-meta").textContent = [doc.publisher, doc.date || "undated",
    `${actorText(ev.source, ev.source_name)} → ${actorText(ev.target, ev.target_name)}: ${eventText(ev)}`,
    `rule ${ev.rule || "?"}`, ev.parse_path || ""].filter(Boolean).join(" · ");
  const article = $("article");
  article.setAttribute("data-event", eventId);
  const sentence = doc.sentences.find((s) => s.sent_idx === ev.sent_idx);
  if (!sentence) { article.textContent = doc.body; return; }
  const mark = el("mark", { id: "evidence-mark" }, doc.body.slice(sentence.start, sentence.end));
  article.replaceChildren(doc.body.slice(0, sentence.start), mark, doc.body.slice(sentence.end));
  mark.scrollIntoView({ block: "nearest" });
  article.scrollTop = Math.max(0, mark.offsetTop - article.offsetTop - 60);
}

async function showSentence(docId, sentIdx) {
  const current = ticket("article");
  const doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
  if (!current()) return;
  $("article-title").textContent = doc.title || doc.doc_id;
  $("article-meta").textContent = [doc.publisher, doc.date || "undated"].filter(Boolean).join(" · ");
  const sentence = doc.sentences.find((s) => s.sent_idx === sentIdx);
  const article = $("article");
  if (!sentence) { article.textContent = doc.body; return; }
  const mark = el("mark", { id: "evidence-mark" }, doc.body.slice(sentence.start, sentence.end));
  article.replaceChildren(doc.body.slice(0, sentence.start), mark, doc.body.slice(sentence.end));
  article.scrollTop = Math.max(0, mark.offsetTop - article.offsetTop - 60);
}

// ---- the event table ----------------------------------------------------------------------------------

async function renderTable() {
  const current = ticket("table");
  const size = Number(state.size) || 25, page = Math.max(1, Number(state.page) || 1);
  const params = filterParams({ sort: state.sort, order: state.order });
  const apiParams = filterParams({ sort: state.sort !== "date" ? state.sort : "", order: state.order !== "asc" ? state.order : "" });
  const paged = new URLSearchParams(params);
  paged.set("limit", size);
  paged.set("offset", (page - 1) * size);
  const response = await fetch(`/api/events?${paged}`);
  if (!current()) return;
  if (!response.ok) {
    $("table-count").textContent = `The filters were refused (${response.status}): check the dates (YYYY, YYYY-MM or YYYY-MM-DD) and the code.`;
    document.querySelector("#events-table tbody").replaceChildren();
    return;
  }
  const rows = await response.json();
  if (!current()) return;
  const total = Number(response.headers.get("X-Total-Count") || rows.length);
  const csv = new URLSearchParams(apiParams); csv.set("format", "csv");
  const jsonl = new URLSearchParams(apiParams); jsonl.set("format", "jsonl");
  $("download-csv").href = `/api/events?${csv}`;
  $("download-jsonl").href = `/api/events?${jsonl}`;
  $("api-link").href = `/api/events?${apiParams}`;
  $("api-link").textContent = `API: /api/events?${apiParams}`;
  const first = total ? (page - 1) * size + 1 : 0, last = Math.min(total, page * size);
  $("table-count").textContent = `${total} event${total === 1 ? "" : "s"} match${total === 1 ? "es" : ""}; rows ${first}–${last}.`;
  $("page-info").textContent = `page ${page} of ${Math.max(1, Math.ceil(total / size))}`;
  $("prev-page").disabled = page <= 1;
  $("next-page").disabled = page * size >= total;
  document.querySelectorAll("#events-table th[data-sort]").forEach((th) => {
    th.classList.toggle("sorted", th.dataset.sort === state.sort);
    th.setAttribute("aria-sort", th.dataset.sort === state.sort ? (state.order === "asc" ? "ascending" : "descending") : "none");
    th.dataset.arrow = th.dataset.sort === state.sort ? (state.order === "asc" ? " ▲" : " ▼") : "";
  });
  const table = $("events-table");
  table.querySelectorAll("tbody").forEach((body) => body.remove());
  // One body per event: its coded row, then its sentence across the whole width.
  table.append(...(rows.length ? rows.map((e) => {
    const group = el("tbody", { class: "event-group", "data-event": e.event_id });
    const row = el("tr", { class: "event-row", "data-event": e.event_id, tabindex: 0 });
    const cells = [e.date || "undated", actorText(e.source, e.source_name), actorText(e.target, e.target_name), eventText(e),
      `${QUAD_NAMES[e.quad_class] || ""} (${e.quad_class})`, String(e.goldstein), e.modality || ""];
    cells.forEach((text, i) => row.append(el("td", { class: i === 3 ? "event-name" : null }, text)));
    const line = el("tr", { class: "sentence-row" });
    line.append(el("td", { colspan: 7, class: "sentence" }, e.sentence));
    group.append(row, line);
    group.addEventListener("click", () => {
      state.ev = e.event_id; state.sel = "";
      writeHash();
      showSingleEvidence(e);
      showArticle(e.event_id);
    });
    return group;
  }) : [el("tbody", {}, "")]));
  if (!rows.length) table.lastChild.append(rowOf(["No event matches these filters."]));
  table.dataset.query = paged.toString();
}

function showSingleEvidence(e) {
  ticket("evidence");
  $("evidence-hint").textContent = "The event chosen:";
  $("evidence").replaceChildren(evidenceItem(e));
  $("evidence").setAttribute("data-selection", `event:${e.event_id}`);
}

// ---- the network --------------------------------------------------------------------------------------

function layoutNetwork(nodes, edges, width, height) {
  // A deterministic force layout (Fruchterman–Reingold), then overlap removal for nodes with their labels.
  const n = nodes.length, k = Math.sqrt((width * height) / Math.max(1, n)) * 0.95;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a) };
  });
  const index = Object.fromEntries(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index[e.source], index[e.target], e.events]);
  let temperature = width / 8;
  for (let step = 0; step < 400; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(0.01, Math.hypot(dx, dy)), f = (k * k) / d;
      dx /= d; dy /= d;
      disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
    }
    for (const [a, b] of links) {
      let dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.max(0.01, Math.hypot(dx, dy)), f = (d * d) / k;
      dx /= d; dy /= d;
      disp[a].x -= dx * f; disp[a].y -= dy * f; disp[b].x += dx * f; disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (width / 2 - pos[i].x) * 0.05 * k / 50; disp[i].y += (height / 2 - pos[i].y) * 0.08 * k / 50;
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y)), move = Math.min(d, temperature);
      pos[i].x += (disp[i].x / d) * move; pos[i].y += (disp[i].y / d) * move;
    }
    temperature = Math.max(1, temperature * 0.985);
  }
  // Fit into the box, then push apart any two nodes whose circle-and-label boxes overlap.
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y), pad = 70;
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  for (const p of pos) {
    p.x = pad + ((p.x - minX) / Math.max(1, maxX - minX)) * (width - 2 * pad);
    p.y = pad * 0.6 + ((p.y - minY) / Math.max(1, maxY - minY)) * (height - 1.4 * pad);
  }
  const boxes = nodes.map((node) => ({ w: Math.max(2 * node.r, node.label.length * 7 + 8), h: 2 * node.r + 18 }));
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const ox = (boxes[i].w + boxes[j].w) / 2 + 6 - Math.abs(pos[i].x - pos[j].x);
      const oy = (boxes[i].h + boxes[j].h) / 2 + 6 - Math.abs(pos[i].y - pos[j].y);
      if (ox > 0 && oy > 0) {
        moved = true;
        if (ox < oy) { const s = pos[i].x < pos[j].x ? -1 : 1; pos[i].x += (s * ox) / 2; pos[j].x -= (s * ox) / 2; }
        else { const s = pos[i].y < pos[j].y ? -1 : 1; pos[i].y += (s * oy) / 2; pos[j].y -= (s * oy) / 2; }
      }
    }
    for (let i = 0; i < n; i++) {
      pos[i].x = Math.min(width - boxes[i].w / 2 - 4, Math.max(boxes[i].w / 2 + 4, pos[i].x));
      pos[i].y = Math.min(height - boxes[i].h + nodes[i].r - 2, Math.max(nodes[i].r + 4, pos[i].y));
    }
    if (!moved) break;
  }
  return pos;
}

function quadPoint(p0, c, p1, t) {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y };
}

function edgeRoute(a, b, bend) {
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y, len = Math.max(1, Math.hypot(dx, dy));
  return { x: mx + (-dy / len) * bend * len, y: my + (dx / len) * bend * len };
}

function routeCost(a, b, c, others, boxes) {
  let cost = 0;
  for (let t = 0.04; t < 0.97; t += 0.03) {
    const p = quadPoint(a, c, b, t);
    for (const o of others) if (Math.hypot(p.x - o.x, p.y - o.y) < o.r + 7) cost += 10;
    for (const box of boxes) if (Math.abs(p.x - box.x) < box.w / 2 && Math.abs(p.y - box.y) < box.h / 2) cost += 1;
  }
  return cost;
}

async function renderNetwork() {
  const current = ticket("network");
  const params = new URLSearchParams();
  if (state.start) params.set("start", state.start);
  if (state.end) params.set("end", state.end);
  const net = await getJSON(`/api/network?${params}`);
  if (!current()) return;
  const width = 900, height = 520;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "relation network", id: "network-svg" });
  if (!net.nodes.length) { $("network").replaceChildren(el("p", { class: "hint" }, "No events between two actors in this range.")); return; }
  for (const node of net.nodes) { actorNames[node.id] = actorNames[node.id] || node.name; }
  const nodes = net.nodes.map((node) => ({ ...node, r: 7 + Math.min(16, Math.sqrt(node.events) * 2.2), label: shortName(node.id) }));
  const pos = layoutNetwork(nodes, net.edges, width, height);
  const at = Object.fromEntries(nodes.map((node, i) => [node.id, { ...pos[i], r: node.r, id: node.id }]));
  const labelBoxes = nodes.map((node, i) => ({ id: node.id, x: pos[i].x, y: pos[i].y + node.r + 10, w: node.label.length * 7 + 4, h: 14 }));
  const colour = (g) => (g >= 1 ? "#1b7837" : g <= -1 ? "#b2182b" : "#8a8f99");
  const defs = el("svg:defs");
  for (const [name, c] of [["coop", "#1b7837"], ["conflict", "#b2182b"], ["neutral", "#8a8f99"]]) {
    const marker = el("svg:marker", { id: `arrow-${name}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" });
    marker.append(el("svg:path", { d: "M0,0 L10,5 L0,10 z", fill: c }));
    defs.append(marker);
  }
  svg.append(defs);
  const pairs = new Set(net.edges.map((e) => `${e.source}>${e.target}`));
  const edgeLayer = el("svg:g", { class: "edges" }), hitLayer = el("svg:g", { class: "edge-hits" });
  const sorted = [...net.edges].sort((p, q) => q.events - p.events);
  for (const e of sorted) {
    const a = at[e.source], b = at[e.target];
    const others = Object.values(at).filter((o) => o.id !== e.source && o.id !== e.target);
    const boxes = labelBoxes.filter((box) => box.id !== e.source && box.id !== e.target);
    const reverse = pairs.has(`${e.target}>${e.source}`);
    const bends = reverse ? [0.12, 0.2, 0.3, 0.42, 0.55, -0.2, -0.32, -0.45, -0.6] : [0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.42, -0.42];
    let best = null;
    for (const bend of bends) {
      const c = edgeRoute(a, b, bend), cost = routeCost(a, b, c, others, boxes) + Math.abs(bend);
      if (!best || cost < best.cost) best = { c, cost };
    }
    const c = best.c;
    // Start and end on the circles' edges, so the arrowhead is seen.
    const da = Math.hypot(c.x - a.x, c.y - a.y) || 1, db = Math.hypot(c.x - b.x, c.y - b.y) || 1;
    const start = { x: a.x + ((c.x - a.x) / da) * a.r, y: a.y + ((c.y - a.y) / da) * a.r };
    const end = { x: b.x + ((c.x - b.x) / db) * (b.r + 2), y: b.y + ((c.y - b.y) / db) * (b.r + 2) };
    const d = `M${start.x.toFixed(1)},${start.y.toFixed(1)} Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`;
    const kind = e.goldstein >= 1 ? "coop" : e.goldstein <= -1 ? "conflict" : "neutral";
    const title = `${actorText(e.source)} → ${actorText(e.target)}: ${e.events} event${e.events === 1 ? "" : "s"}, mean Goldstein ${e.goldstein}. Click for the evidence.`;
    const width = 1.2 + Math.min(7, Math.sqrt(e.events) * 1.6);
    const line = el("svg:path", { d, fill: "none", stroke: colour(e.goldstein), "stroke-width": width.toFixed(1),
      opacity: 0.8, "marker-end": `url(#arrow-${kind})`, class: "edge", "data-source": e.source, "data-target": e.target, "data-events": e.events });
    line.append(el("svg:title", {}, title));
    if (state.sel === `edge:${e.source}:${e.target}`) line.classList.add("selected");
    edgeLayer.append(line);
    // The clickable band is a little wider than the arrow, not a fixed 14 px: a thin arrow's band must not
    // lie over a neighbouring arrow it runs beside (lighter arrows' bands are drawn last, on top).
    const hit = el("svg:path", { d, fill: "none", stroke: "transparent", "stroke-width": Math.max(8, width + 6).toFixed(1), class: "edge-hit",
      "data-source": e.source, "data-target": e.target });
    hit.append(el("svg:title", {}, title));
    hit.addEventListener("click", () => {
      svg.querySelectorAll("path.edge.selected").forEach((other) => other.classList.remove("selected"));
      line.classList.add("selected");
      selectEvidence(`edge:${e.source}:${e.target}`);
    });
    hit.addEventListener("mouseenter", () => line.classList.add("hover"));
    hit.addEventListener("mouseleave", () => line.classList.remove("hover"));
    hitLayer.append(hit);
  }
  svg.append(edgeLayer);
  const nodeLayer = el("svg:g", { class: "nodes" });
  nodes.forEach((node, i) => {
    const { x, y } = pos[i];
    const g = el("svg:g", { class: "node", "data-node": node.id });
    g.append(el("svg:circle", { cx: x, cy: y, r: node.r, fill: node.id.startsWith("IGO") ? "#efe6f7" : "#dfe7f2", stroke: "#1f3b73" }),
      el("svg:text", { x, y: y + node.r + 13, "text-anchor": "middle", class: "node-label" }, node.label),
      el("svg:title", {}, `${actorText(node.id, node.name)}: ${node.events} events`));
    nodeLayer.append(g);
  });
  svg.append(nodeLayer, hitLayer);
  $("network").replaceChildren(svg);
  legendItems($("network-legend"), [["#1b7837", "mean Goldstein ≥ 1 (cooperative)"], ["#8a8f99", "between −1 and 1"], ["#b2182b", "≤ −1 (conflictual)"]]);
}

// ---- the map ------------------------------------------------------------------------------------------

let worldShapes = null;
function mixColour(share) {
  // 0 = all cooperation (green), 1 = all conflict (red), through a pale middle.
  const stops = [[27, 120, 55], [247, 247, 200], [178, 24, 43]];
  const [a, b, t] = share < 0.5 ? [stops[0], stops[1], share * 2] : [stops[1], stops[2], (share - 0.5) * 2];
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * t)).join(",")})`;
}
async function renderMap() {
  if (!worldShapes) worldShapes = await getJSON("/static/map/world-110m.json");
  const current = ticket("map");
  const counts = await getJSON(`/api/map?${filterParams()}`);
  if (!current()) return;
  const byCode = Object.fromEntries(counts.map((c) => [c.iso3, c]));
  const { width, height } = worldShapes;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", id: "map-svg",
    "aria-label": "events by country: green for cooperation, red for conflict" });
  svg.append(el("svg:rect", { x: 0, y: 0, width, height, class: "sea" }));
  for (const country of worldShapes.countries) {
    const data = country.iso3 ? byCode[country.iso3] : null;
    const path = el("svg:path", { d: country.d, class: data ? "country has-events" : "country", "data-iso3": country.iso3 || "",
      fill: data ? mixColour(data.conflict / data.events) : "#e4e6ea" });
    const name = data?.name || country.name;
    path.append(el("svg:title", {}, data
      ? `${name} (${country.iso3}): ${data.events} events — ${data.cooperation} cooperation, ${data.conflict} conflict; mean Goldstein ${data.goldstein_mean}`
      : `${name}: no events with these filters`));
    if (data) path.addEventListener("click", () => { state.actor = country.iso3; state.page = "1"; controlsFromState(); rerenderAll(); });
    svg.append(path);
  }
  $("map").replaceChildren(svg);
  $("map-source").textContent = `Shapes: ${worldShapes.source}.`;
  legendItems($("map-legend"), [[mixColour(0), "all cooperation"], [mixColour(0.5), "mixed"], [mixColour(1), "all conflict"], ["#e4e6ea", "no events"]]);
}

// ---- exposure and memberships -------------------------------------------------------------------------

function rowOf(cells) {
  const row = el("tr");
  for (const cell of cells) {
    const td = el("td");
    if (cell instanceof Node) td.append(cell); else td.textContent = cell === null || cell === undefined ? "" : String(cell);
    row.append(td);
  }
  return row;
}
function sourceLink(doc, sentIdx) {
  const link = el("a", { href: "#", class: "source-link" }, doc.title || doc.doc_id);
  link.addEventListener("click", (e) => { e.preventDefault(); showSentence(doc.doc_id, sentIdx); });
  const box = el("span");
  box.append(link);
  if (doc.publisher) box.append(` (${doc.publisher})`);
  return box;
}
async function renderActor() {
  const actor = state.who, org = state.org.trim();
  const exposure = await getJSON(`/api/exposure/${encodeURIComponent(actor)}`);
  $("exposure-title").textContent = `Exposure of ${actorText(actor)}`;
  const exposureRows = exposure.map((f) => rowOf([f.date || "", `${f.qualifier ? f.qualifier + " " : ""}${f.quantity.toLocaleString("en")} ${f.unit} — ${f.topic || ""}`,
    f.partners.map((p) => actorText(p.code, p.name)).join(", ") || "—", f.sentence, sourceLink(f, f.sent_idx)]));
  document.querySelector("#exposure tbody").replaceChildren(...(exposureRows.length ? exposureRows : [rowOf(["", "No exposure facts stored for this actor."])]));
  const memberships = await getJSON(`/api/actors/${encodeURIComponent(actor)}/memberships`);
  $("memberships-title").textContent = `Memberships of ${actorText(actor)}`;
  document.querySelector("#memberships tbody").replaceChildren(...memberships.map((m) => {
    const sources = el("span");
    if (!m.sources.length) sources.append("registry");
    m.sources.slice(0, 3).forEach((s, i) => { if (i) sources.append("; "); sources.append(sourceLink(s, s.sent_idx)); });
    if (m.sources.length > 3) sources.append(` and ${m.sources.length - 3} more`);
    return rowOf([`${m.org_name} (${m.org})`, m.since, m.until, m.partners.map((p) => p.name || p.code).join(", "), sources]);
  }));
  if (!org) return;
  try {
    const members = await getJSON(`/api/memberships/${encodeURIComponent(org)}`);
    $("members-title").textContent = `Members of ${org}`;
    document.querySelector("#members tbody").replaceChildren(...members.map((m) =>
      rowOf([actorText(m.member, m.member_name), m.since || "", m.until || "", m.evidence ? `${m.origin}: “${m.evidence}”` : m.origin || "", m.documents])));
  } catch (error) {
    document.querySelector("#members tbody").replaceChildren(rowOf([`Unknown organisation ${org}: give a name such as CSTO or a code such as IGOCSTO.`]));
  }
}

// ---- wiring -------------------------------------------------------------------------------------------

function stateFromDyadForm() {
  const pairs = [...document.querySelectorAll(".dyad-row")].map((row) => `${row.querySelector(".dyad-a").value}-${row.querySelector(".dyad-b").value}`);
  state.d = pairs.join(",");
  state.p = $("period").value;
}
function stateFromFilters() {
  const pairs = { "f-root": "root", "f-code": "code", "f-quad": "quad", "f-start": "start", "f-end": "end",
    "f-modality": "mod", "f-actor": "actor", "f-q": "q", "page-size": "size" };
  for (const [id, key] of Object.entries(pairs)) state[key] = $(id).value.trim();
}

let rendering = Promise.resolve();
function rerenderAll() {
  writeHash();
  $("f-start").value = state.start;
  $("f-end").value = state.end;
  const run = Promise.all([renderTimeline(), renderTable(), renderNetwork(), renderMap()]).catch(report);
  rendering = run;
  return run;
}
function report(error) { $("timeline").replaceChildren(el("p", { class: "hint" }, `Could not load data: ${error.message}`)); }

$("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); stateFromDyadForm(); writeHash(); renderTimeline().catch(report); });
$("add-dyad").addEventListener("click", () => {
  const rows = $("dyad-rows");
  if (rows.children.length >= MAX_DYADS) return;
  const used = new Set([...rows.querySelectorAll("select")].map((s) => s.value));
  const next = actorList.find((a) => !used.has(a.code) && !a.code.startsWith("IGO"));
  rows.append(dyadRow(next ? next.code : actorList[0].code, rows.children[0].querySelector(".dyad-b").value));
  updateAddButton();
});
$("table-filters").addEventListener("submit", (e) => { e.preventDefault(); stateFromFilters(); state.page = "1"; rerenderAll(); });
$("clear-filters").addEventListener("click", () => {
  for (const key of ["root", "code", "quad", "start", "end", "mod", "actor", "q"]) state[key] = "";
  state.page = "1"; controlsFromState(); rerenderAll();
});
$("page-size").addEventListener("change", () => { state.size = $("page-size").value; state.page = "1"; writeHash(); renderTable(); });
$("prev-page").addEventListener("click", () => { state.page = String(Math.max(1, Number(state.page) - 1)); writeHash(); renderTable(); });
$("next-page").addEventListener("click", () => { state.page = String(Number(state.page) + 1); writeHash(); renderTable(); });
document.querySelectorAll("#events-table th[data-sort]").forEach((th) => th.addEventListener("click", () => {
  if (state.sort === th.dataset.sort) state.order = state.order === "asc" ? "desc" : "asc";
  else { state.sort = th.dataset.sort; state.order = th.dataset.sort === "date" ? "asc" : "desc"; }
  state.page = "1"; writeHash(); renderTable();
}));
$("actor-form").addEventListener("submit", (e) => { e.preventDefault(); state.who = $("actor").value; state.org = $("org").value; writeHash(); renderActor(); });

async function start() {
  readHash();
  const [actors, roots] = await Promise.all([getJSON("/api/actors"), getJSON("/api/codes?roots=true")]);
  actorList = actors;
  for (const a of actors) actorNames[a.code] = a.name;
  $("f-root").append(...roots.map((r) => el("option", { value: r.code }, `${r.name} (${r.code})`)));
  actorOptions($("f-actor"), "", "any");
  actorOptions($("actor"), state.who);
  controlsFromState();
  writeHash();
  await Promise.all([rerenderAll(), renderActor()]);
  if (state.sel) await renderEvidence();
  else if (state.ev) showSingleEvidence(await getJSON(`/api/events/${encodeURIComponent(state.ev)}`));
  else {
    // First visit: the latest period of the first pair, as before.
    const full = await seriesFor(true);
    const direction = full.dyads[0]?.directions.find((d) => d.events);
    if (direction) {
      const last = [...direction.series].reverse().find((p) => p.events);
      state.sel = `dyad:${direction.source}:${direction.target}:${last.period}`;
      await renderEvidence();
      state.sel = "";
    }
  }
  if (state.ev) await showArticle(state.ev);
  document.body.setAttribute("data-ready", "1");
}

window.addEventListener("hashchange", () => {
  // A pasted address: restore the view it names.
  readHash(); controlsFromState(); $("actor").value = state.who;
  rerenderAll().then(() => Promise.all([renderActor(), state.sel ? renderEvidence() : null, state.ev ? showArticle(state.ev) : null]))
    .catch(report);
});
start().catch(report);
