// Entente dashboard: plain DOM and SVG, no external assets. Article text is only ever set with
// textContent, so nothing from an article can run as code.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, text = null) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== null) node.textContent = text;
  return node;
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function fillSelect(select, codes, preferred) {
  select.replaceChildren(...codes.map((code) => el("option", { value: code }, code)));
  if (codes.includes(preferred)) select.value = preferred;
}

async function loadActors() {
  const actors = await getJSON("/api/actors");
  const codes = actors.map((a) => a.code);
  fillSelect(document.getElementById("source"), codes, "KAZ");
  fillSelect(document.getElementById("target"), codes, "RUS");
  fillSelect(document.getElementById("actor"), codes, "KAZ");
}

function drawTimeline(dyad) {
  const box = document.getElementById("timeline");
  const width = 900, height = 260, pad = 40;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
    "aria-label": `timeline of ${dyad.source} to ${dyad.target}`, id: "timeline-svg" });
  const n = dyad.series.length;
  const x = (i) => pad + (n === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1));
  const y = (g) => height / 2 - (g / 10) * (height / 2 - pad);
  svg.append(el("svg:line", { x1: pad, x2: width - pad, y1: y(0), y2: y(0), stroke: "#999", "stroke-dasharray": "4" }));
  svg.append(el("svg:text", { x: 4, y: y(10) + 4 }, "+10"), el("svg:text", { x: 4, y: y(-10) + 4 }, "−10"));
  svg.append(el("svg:text", { x: width / 2 - 120, y: 14 }, `mean Goldstein score per ${dyad.period} (dot size = events)`));
  const path = dyad.series.map((p, i) => `${i ? "L" : "M"}${x(i)},${y(p.goldstein_mean)}`).join(" ");
  if (n > 1) svg.append(el("svg:path", { d: path, fill: "none", stroke: "#1f3b73", "stroke-width": 2 }));
  const shiftPeriods = new Set(dyad.shifts.map((s) => s.period));
  dyad.series.forEach((p, i) => {
    if (shiftPeriods.has(p.period)) {
      svg.append(el("svg:line", { x1: x(i) - 8, x2: x(i) - 8, y1: pad / 2, y2: height - pad / 2,
        stroke: "#e69f00", "stroke-width": 2, "stroke-dasharray": "6", class: "shift-marker" }));
    }
    const colour = p.goldstein_mean >= 0 ? "#3b8b5a" : "#c0504d";
    const dot = el("svg:circle", { cx: x(i), cy: y(p.goldstein_mean), r: 5 + Math.min(10, p.events * 2),
      fill: colour, class: "point", "data-period": p.period, tabindex: 0 });
    dot.append(el("svg:title", {}, `${p.period}: ${p.events} events, mean Goldstein ${p.goldstein_mean}`));
    dot.addEventListener("click", () => showEvidence(dyad.source, dyad.target, p.period));
    svg.append(dot, el("svg:text", { x: x(i) - 18, y: height - 8 }, p.period));
  });
  box.replaceChildren(n ? svg : el("p", { class: "hint" }, "No dated events for this pair."));
  const shifts = document.getElementById("shifts");
  shifts.replaceChildren(...dyad.shifts.map((s) => el("li", {}, `Shift in ${s.period}: mean Goldstein ${s.before} → ${s.after}`)));
}

async function showDyad(event) {
  if (event) event.preventDefault();
  const source = document.getElementById("source").value;
  const target = document.getElementById("target").value;
  const period = document.getElementById("period").value;
  const dyad = await getJSON(`/api/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}?period=${period}`);
  drawTimeline(dyad);
  if (dyad.series.length) await showEvidence(source, target, dyad.series[dyad.series.length - 1].period);
}

async function showEvidence(source, target, period) {
  const events = await getJSON(`/api/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}/events?period=${encodeURIComponent(period)}`);
  document.getElementById("evidence-hint").textContent = `${events.length} events from ${source} to ${target} in ${period}:`;
  const list = document.getElementById("evidence");
  list.replaceChildren(...events.map((e) => {
    const item = el("li", { class: "evidence-item", "data-event": e.event_id });
    item.append(el("span", { class: "code" }, `${e.source} → ${e.target} ${e.code} (${e.goldstein})`), " ",
      el("span", { class: "sentence" }, e.sentence), " ", el("span", { class: "meta" }, `— ${e.doc_id}, ${e.date || "undated"}`));
    item.addEventListener("click", () => showArticle(e.event_id));
    return item;
  }));
}

async function showArticle(eventId) {
  const ev = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  const doc = await getJSON(`/api/documents/${encodeURIComponent(ev.doc_id)}`);
  document.getElementById("article-title").textContent = doc.title || doc.doc_id;
  document.getElementById("article-meta").textContent =
    `${doc.publisher || ""} ${doc.date || "undated"} · coded by ${ev.rule || ""} · ${ev.parse_path || ""}`;
  const sentence = doc.sentences.find((s) => s.sent_idx === ev.sent_idx);
  const article = document.getElementById("article");
  if (!sentence) { article.textContent = doc.body; return; }
  const mark = el("mark", { id: "evidence-mark" }, doc.body.slice(sentence.start, sentence.end));
  article.replaceChildren(doc.body.slice(0, sentence.start), mark, doc.body.slice(sentence.end));
  mark.scrollIntoView({ block: "center" });
}

async function drawNetwork(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams();
  for (const key of ["since", "until"]) { const v = document.getElementById(key).value.trim(); if (v) params.set(key, v); }
  const net = await getJSON(`/api/network?${params}`);
  const width = 900, height = 420, cx = width / 2, cy = height / 2, r = 170;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": "relation network", id: "network-svg" });
  const pos = {};
  net.nodes.forEach((n, i) => { const a = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
    pos[n.id] = [cx + r * Math.cos(a), cy + r * Math.sin(a)]; });
  for (const e of net.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const line = el("svg:line", { x1, y1, x2, y2, stroke: e.goldstein >= 0 ? "#3b8b5a" : "#c0504d",
      "stroke-width": 1 + Math.min(6, e.events), opacity: 0.7 });
    line.append(el("svg:title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldstein}`));
    svg.append(line);
  }
  for (const n of net.nodes) {
    const [x, y] = pos[n.id];
    svg.append(el("svg:circle", { cx: x, cy: y, r: 8 + Math.min(14, n.events), fill: "#dfe7f2", stroke: "#1f3b73" }),
      el("svg:text", { x: x - 12, y: y + 4 }, n.id));
  }
  document.getElementById("network").replaceChildren(svg);
}

async function showActor(event) {
  if (event) event.preventDefault();
  const actor = document.getElementById("actor").value;
  const org = document.getElementById("org").value.trim();
  const facts = await getJSON(`/api/facts?subject=${encodeURIComponent(actor)}`);
  document.querySelector("#facts tbody").replaceChildren(...facts.map((f) => {
    const row = el("tr");
    for (const v of [f.date || "", f.subject || "", `${f.qualifier ? f.qualifier + " " : ""}${f.quantity}`, f.unit, f.sentence]) row.append(el("td", {}, String(v)));
    return row;
  }));
  if (!org) return;
  try {
    const members = await getJSON(`/api/memberships/${encodeURIComponent(org)}`);
    document.querySelector("#members tbody").replaceChildren(...members.map((m) => {
      const row = el("tr");
      for (const v of [m.member, m.since || "", m.until || "", m.origin || ""]) row.append(el("td", {}, v));
      return row;
    }));
  } catch (error) {
    document.querySelector("#members tbody").replaceChildren(el("tr", {}, `unknown organisation ${org}`));
  }
}

document.getElementById("dyad-form").addEventListener("submit", showDyad);
document.getElementById("network-form").addEventListener("submit", drawNetwork);
document.getElementById("actor-form").addEventListener("submit", showActor);
loadActors().then(() => Promise.all([showDyad(), drawNetwork(), showActor()])).catch((error) => {
  document.getElementById("timeline").textContent = `Could not load data: ${error.message}`;
});
