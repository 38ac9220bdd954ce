// The ergraph graph explorer: reads the JSON that ergraph view embeds in
// graph.html and draws it with sigma.js. Every string from the data goes
// into the page as text (textContent), never as HTML.
import Graph from "graphology";
import Sigma from "sigma";

const TYPE_COLORS = { Person: "#d1495b", Organization: "#2e86ab", Place: "#3b9a52", Event: "#e09f1f" };
const EXTRA_COLORS = ["#8e6c8a", "#6c757d", "#a0522d", "#17becf"];
const COMMUNITY_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
  "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"];
const REL_COLORS = ["#b8c0c8", "#c2185b", "#6a1b9a", "#b71c1c", "#ef6c00", "#1565c0", "#2e7d32",
  "#00838f", "#5d4037", "#827717", "#455a64"];
const DIM_NODE = "#e3e6e9";
const DIM_EDGE = "#f0f1f3";
const LABELLED = 20; // the most central nodes always labelled
const ISOLATED_LABELLED = 50; // isolated nodes are labelled when no more than this
const TITLE_CHARS = 90; // longer document titles are shortened in lists

const $ = (id) => document.getElementById(id);

function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

// fold lower-cases and strips accents, for search.
function fold(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// short shortens s to n characters, with an ellipsis.
function short(s, n) {
  const a = Array.from(s);
  return a.length > n ? a.slice(0, n - 1).join("").trimEnd() + "…" : s;
}

function safeURL(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

function fmt(v) {
  if (Number.isInteger(v)) return String(v);
  // Power iteration leaves values like 2.6e-66 on disconnected graphs: 0.
  if (Math.abs(v) < 1e-9) return "0";
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(3);
}

// measureFPS pans and zooms the camera for ms milliseconds and resolves to
// the frames drawn per second, for benchmarks of smoothness.
function measureFPS(renderer, ms) {
  return new Promise((resolve) => {
    const camera = renderer.getCamera();
    const t0 = performance.now();
    let frames = 0;
    function frame(now) {
      const t = (now - t0) / 1000;
      camera.setState({ x: 0.5 + 0.2 * Math.sin(t * 2), y: 0.5 + 0.2 * Math.cos(t * 2), ratio: 0.6 + 0.4 * Math.sin(t) });
      frames++;
      if (now - t0 < ms) requestAnimationFrame(frame);
      else { camera.setState({ x: 0.5, y: 0.5, ratio: 1 }); resolve((frames * 1000) / (now - t0)); }
    }
    requestAnimationFrame(frame);
  });
}

function main() {
  const timings = { start: performance.now() };
  const data = JSON.parse($("ergraph-data").textContent);
  timings.parsed = performance.now();
  const N = data.nodes.length;
  const M = data.edges.length;
  const isCo = data.relTypes.map((t) => t === "CO_OCCURS");

  // Per node: its edges; per node and edge: publication dates.
  const adj = Array.from({ length: N }, () => []);
  data.edges.forEach((e, i) => { adj[e.s].push(i); adj[e.t].push(i); });
  // A typed relation is drawn over the co-occurrence of the same two
  // entities: the grey line is left out where a typed one shows, so the
  // typed one can be clicked.
  const typedTwins = new Map(); // co-occurrence edge -> typed edges of its pair
  {
    const pairOf = (e) => Math.min(e.s, e.t) * N + Math.max(e.s, e.t);
    const co = new Map();
    data.edges.forEach((e, k) => { if (isCo[e.type]) co.set(pairOf(e), k); });
    data.edges.forEach((e, k) => {
      const c = isCo[e.type] ? undefined : co.get(pairOf(e));
      if (c !== undefined) typedTwins.set(c, [...(typedTwins.get(c) || []), k]);
    });
  }
  const docDate = data.docs.map((d) => (d.date || "").slice(0, 10));
  const hasDates = docDate.some((d) => d);
  const isolated = [...Array(N).keys()].filter((i) => adj[i].length === 0);
  const folded = data.nodes.map((n) => [n.name, ...(n.aliases || [])].map(fold));

  const state = {
    limit: data.initial < 0 ? N : Math.min(N, data.initial),
    revealed: new Set(),
    sizeBy: "pagerank",
    colorBy: "type",
    types: new Set(data.types.map((_, i) => i)),
    rels: new Set(data.relTypes.map((_, i) => i)),
    minWeight: 1,
    minConf: 0,
    from: "",
    to: "",
    selNode: null,
    selEdge: null,
  };

  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
  const shown = (i) => i < state.limit || state.revealed.has(i);

  function addNode(i) {
    if (graph.hasNode(String(i))) return;
    const n = data.nodes[i];
    // Positions come from ergraph's layout of the whole graph: drawing
    // more nodes moves none.
    graph.addNode(String(i), { x: n.x, y: n.y, label: n.name, size: 3, color: "#999" });
  }
  function addEdgesOf(i) {
    for (const k of adj[i]) {
      const e = data.edges[k];
      const other = e.s === i ? e.t : e.s;
      if (!shown(other) || graph.hasEdge(String(k))) continue;
      graph.addDirectedEdgeWithKey(String(k), String(e.s), String(e.t), {
        type: e.directed ? "arrow" : "line",
        size: edgeSize(e),
        color: REL_COLORS[e.type % REL_COLORS.length],
        zIndex: isCo[e.type] ? 0 : 1,
      });
    }
  }
  function edgeSize(e) {
    const base = isCo[e.type] ? 0.5 : 1.5;
    return base + Math.min(4, Math.log2(e.weight));
  }
  function populate(from, to) {
    for (let i = from; i < to; i++) addNode(i);
    for (let i = from; i < to; i++) addEdgesOf(i);
  }
  populate(0, state.limit);
  timings.populated = performance.now();

  // Sizes and colours depend on the switches.
  const maxOf = (key) => Math.max(1e-12, ...data.nodes.map((n) => n[key]));
  const maxima = { pagerank: maxOf("pagerank"), betweenness: maxOf("betweenness"), degree: maxOf("degree") };
  let labelled = new Set();
  function nodeSize(i) {
    return 2 + 11 * Math.sqrt(data.nodes[i][state.sizeBy] / maxima[state.sizeBy]);
  }
  function typeColor(t) {
    return TYPE_COLORS[data.types[t]] || EXTRA_COLORS[t % EXTRA_COLORS.length];
  }
  function nodeColor(i) {
    const n = data.nodes[i];
    return state.colorBy === "type" ? typeColor(n.type) : COMMUNITY_COLORS[n.community % COMMUNITY_COLORS.length];
  }
  function restyle() {
    styleNodes();
    fitLabels();
    legend();
  }
  // fitLabels widens the box sigma fits to the stage by the widest label,
  // so that labels of nodes at the right edge are not cut off.
  function fitLabels() {
    if (!renderer || graph.order === 0) return;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, chars = 0;
    graph.forEachNode((k, a) => {
      x0 = Math.min(x0, a.x); x1 = Math.max(x1, a.x); y0 = Math.min(y0, a.y); y1 = Math.max(y1, a.y);
      if (labelled.has(+k)) chars = Math.max(chars, a.label.length);
    });
    const width = renderer.getDimensions().width;
    const labelPx = Math.min(Math.max(width, 1) / 3, 7 * chars + 10);
    const extra = x1 > x0 ? ((x1 - x0) * labelPx) / Math.max(50, width - 60 - labelPx) : 0;
    renderer.setCustomBBox({ x: [x0, x1 + extra], y: [y0, y1] });
  }
  function styleNodes() {
    const order = [...Array(N).keys()].sort((a, b) => data.nodes[b][state.sizeBy] - data.nodes[a][state.sizeBy]);
    labelled = new Set(order.slice(0, LABELLED));
    // A lone dot says nothing: label unconnected nodes, when few.
    if (isolated.length <= ISOLATED_LABELLED) for (const i of isolated) labelled.add(i);
    graph.forEachNode((k) => {
      const i = +k;
      graph.mergeNodeAttributes(k, { size: nodeSize(i), color: nodeColor(i), forceLabel: labelled.has(i) });
    });
  }

  // Filters decide visibility once per change; the reducers look it up.
  let nodeOK = new Uint8Array(N), edgeOK = new Uint8Array(M);
  function inRange(docs) {
    if (!state.from && !state.to) return true;
    return docs.some((d) => {
      const t = docDate[d];
      return t && (!state.from || t >= state.from) && (!state.to || t <= state.to);
    });
  }
  function applyFilters() {
    visibility();
    setFocus();
    status();
    renderer.refresh();
  }
  function visibility() {
    for (let i = 0; i < N; i++) nodeOK[i] = state.types.has(data.nodes[i].type) && inRange(data.nodes[i].docs) ? 1 : 0;
    for (let k = 0; k < M; k++) {
      const e = data.edges[k];
      edgeOK[k] = nodeOK[e.s] && nodeOK[e.t] && state.rels.has(e.type) && e.weight >= state.minWeight &&
        e.confidence >= state.minConf && inRange(e.docs) ? 1 : 0;
    }
  }

  // Highlight: the selected node and its neighbours, or an edge's ends.
  let focus = null;
  function setFocus() {
    focus = null;
    if (state.selNode != null) {
      focus = new Set([state.selNode]);
      for (const k of adj[state.selNode]) if (edgeOK[k]) { focus.add(data.edges[k].s); focus.add(data.edges[k].t); }
    } else if (state.selEdge != null) {
      const e = data.edges[state.selEdge];
      focus = new Set([e.s, e.t]);
    }
  }

  // Style and filter before sigma first draws, so it draws once.
  styleNodes();
  visibility();
  const container = $("sigma");
  let renderer = null;
  renderer = new Sigma(graph, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelDensity: 0.6,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 9,
    defaultEdgeType: "line",
    zIndex: true,
    // Panning 50,000 lines in software WebGL stutters; nodes alone do not.
    hideEdgesOnMove: M > 20000,
    // A container with no size (a collapsed window) is drawn when it grows
    // again, rather than throwing on every resize.
    allowInvalidContainer: true,
    nodeReducer: (k, a) => {
      const i = +k;
      if (!nodeOK[i]) return { ...a, hidden: true };
      if (focus && !focus.has(i)) return { ...a, color: DIM_NODE, label: "", forceLabel: false, zIndex: 0 };
      if (focus) return { ...a, forceLabel: true, highlighted: i === state.selNode, zIndex: 2 };
      return a;
    },
    edgeReducer: (k, a) => {
      const j = +k;
      if (!edgeOK[j] || (typedTwins.get(j) || []).some((t) => edgeOK[t])) return { ...a, hidden: true };
      if (state.selEdge === j) return { ...a, color: "#111", size: a.size + 2, zIndex: 3 };
      if (focus) {
        const e = data.edges[j];
        if (state.selNode == null || (e.s !== state.selNode && e.t !== state.selNode)) return { ...a, color: DIM_EDGE, zIndex: 0 };
        return { ...a, zIndex: 2 };
      }
      return a;
    },
  });

  fitLabels();
  renderer.refresh();
  timings.sigma = performance.now();
  renderer.on("clickNode", ({ node }) => selectNode(+node, false));
  renderer.on("clickEdge", ({ edge }) => selectEdge(+edge));
  renderer.on("clickStage", () => clearSelection());
  renderer.on("enterNode", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveNode", () => { container.style.cursor = ""; });
  renderer.on("enterEdge", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveEdge", () => { container.style.cursor = ""; });

  function reveal(i) {
    if (shown(i)) return;
    state.revealed.add(i);
    addNode(i);
    addEdgesOf(i);
    restyle();
    status();
  }

  function selectNode(i, move) {
    reveal(i);
    state.selNode = i;
    state.selEdge = null;
    setFocus();
    renderer.refresh();
    nodePanel(i);
    if (move && nodeOK[i]) {
      const d = renderer.getNodeDisplayData(String(i));
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 400 });
    }
  }
  function selectEdge(k) {
    const e = data.edges[k];
    reveal(e.s);
    reveal(e.t);
    state.selNode = null;
    state.selEdge = k;
    setFocus();
    renderer.refresh();
    edgePanel(k);
  }
  function clearSelection() {
    state.selNode = state.selEdge = null;
    setFocus();
    renderer.refresh();
    const p = $("panel");
    p.replaceChildren(el("p", "Click an entity or a link, or search, to see its details and evidence. Esc clears the selection.", { class: "muted" }));
  }

  // Panels.
  function docItem(d) {
    const doc = data.docs[d];
    const li = el("li");
    const url = safeURL(doc.url);
    const name = doc.title || doc.id;
    const attrs = { title: name };
    li.append(url ? el("a", short(name, TITLE_CHARS), { ...attrs, href: url, target: "_blank", rel: "noopener noreferrer" }) : el("span", short(name, TITLE_CHARS), attrs));
    const meta = [doc.source, doc.date].filter(Boolean).join(", ");
    if (meta) li.append(el("span", " (" + meta + ")", { class: "muted" }));
    return li;
  }
  function cite(d) {
    if (d < 0) return null;
    const doc = data.docs[d];
    const c = el("cite");
    const url = safeURL(doc.url);
    const name = doc.title || doc.id;
    const attrs = { title: name };
    c.append("— ", url ? el("a", short(name, TITLE_CHARS), { ...attrs, href: url, target: "_blank", rel: "noopener noreferrer" }) : el("span", short(name, TITLE_CHARS), attrs));
    if (doc.date) c.append(", " + doc.date);
    return c;
  }
  function evidenceBlock(ev) {
    const q = el("blockquote", null, { class: "evidence" });
    q.append(el("p", data.sentences[ev[0]], { style: "margin:0" }));
    const c = cite(ev[1]);
    if (c) q.append(c);
    return q;
  }
  function dl(rows) {
    const d = el("dl");
    for (const [k, v] of rows) {
      if (v == null || v === "") continue;
      d.append(el("dt", k), el("dd", v));
    }
    return d;
  }
  function edgeButton(k, from) {
    const e = data.edges[k];
    const other = data.nodes[e.s === from ? e.t : e.s];
    const arrow = !e.directed ? "—" : e.s === from ? "→" : "←";
    const b = el("button", `${arrow} ${other.name}`, { type: "button", class: "linkbtn" });
    b.addEventListener("click", () => selectEdge(k));
    return b;
  }

  function nodePanel(i) {
    const n = data.nodes[i];
    const p = $("panel");
    p.replaceChildren();
    p.append(el("h2", n.name, { id: "panel-title" }));
    if (!nodeOK[i]) p.append(el("p", "Hidden by the filters: its type or dates are unchecked.", { class: "muted", role: "status" }));
    p.append(dl([
      ["Type", data.types[n.type]],
      ["Roles", (n.roles || []).join("; ")],
      ["Aliases", (n.aliases || []).join("; ")],
      ["Mentions", n.mentions],
      ["PageRank", fmt(n.pagerank)],
      ["Betweenness", fmt(n.betweenness)],
      ["Closeness", fmt(n.closeness)],
      ["Eigenvector", fmt(n.eigenvector)],
      ["Degree", n.degree],
      ["Weighted degree", fmt(n.wdegree)],
      ["Community", n.community],
    ]));
    const links = adj[i].filter((k) => edgeOK[k] || !shown(data.edges[k].s === i ? data.edges[k].t : data.edges[k].s))
      .sort((a, b) => (isCo[data.edges[a].type] - isCo[data.edges[b].type]) || data.edges[b].weight - data.edges[a].weight);
    p.append(el("h3", `Links (${links.length})`));
    const ul = el("ul", null, { class: "links" });
    for (const k of links.slice(0, 30)) {
      const e = data.edges[k];
      const li = el("li");
      li.append(edgeButton(k, i), el("span", ` ${data.relTypes[e.type]}${e.role ? " (" + e.role + ")" : ""}, weight ${e.weight}`, { class: "muted" }));
      if (e.evidence && e.evidence.length) li.append(evidenceBlock(e.evidence[0]));
      ul.append(li);
    }
    if (links.length > 30) ul.append(el("li", `… and ${links.length - 30} more`, { class: "muted" }));
    p.append(ul);
    p.append(el("h3", `Documents (${n.docs.length})`));
    const docs = el("ul");
    for (const d of n.docs.slice(0, 50)) docs.append(docItem(d));
    if (n.docs.length > 50) docs.append(el("li", `… and ${n.docs.length - 50} more`, { class: "muted" }));
    p.append(docs);
  }

  // direction says what the data says of how a link was found. extract
  // gives a co-occurrence confidence 1 when both are named in one
  // sentence and 0.5 when a pronoun (he, his, it, they…) in the evidence
  // sentence refers back to an entity named in the sentence before; a
  // link keeps the highest confidence of its mentions.
  function direction(e) {
    if (e.directed) return "source → target";
    if (!isCo[e.type]) return "undirected";
    if (e.confidence >= 1) return "undirected (named together in a sentence)";
    return "undirected (a pronoun refers back to the sentence before; not named together)";
  }

  function edgePanel(k) {
    const e = data.edges[k];
    const s = data.nodes[e.s], t = data.nodes[e.t];
    const p = $("panel");
    p.replaceChildren();
    p.append(el("h2", `${s.name} ${e.directed ? "→" : "—"} ${t.name}`, { id: "panel-title" }));
    const ends = el("p");
    for (const [label, idx] of [["From", e.s], ["to", e.t]]) {
      const b = el("button", data.nodes[idx].name, { type: "button", class: "linkbtn" });
      b.addEventListener("click", () => selectNode(idx, true));
      ends.append(label + " ", b, " ");
    }
    p.append(ends);
    p.append(dl([
      ["Type", data.relTypes[e.type]],
      ["Direction", direction(e)],
      ["Role", e.role],
      ["Weight", `${e.weight} (sentences that state it)`],
      ["Confidence", fmt(e.confidence)],
    ]));
    p.append(el("h3", `Evidence (${(e.evidence || []).length})`));
    for (const ev of e.evidence || []) p.append(evidenceBlock(ev));
    p.append(el("h3", `Documents (${e.docs.length})`));
    const docs = el("ul");
    for (const d of e.docs.slice(0, 50)) docs.append(docItem(d));
    p.append(docs);
  }

  // Status line and show-more control.
  function status() {
    let nv = 0, ev = 0;
    graph.forEachNode((k) => { nv += nodeOK[+k]; });
    graph.forEachEdge((k) => { ev += edgeOK[+k]; });
    const s = $("status");
    s.replaceChildren();
    s.append("Showing ", el("strong", nv, { id: "shown-nodes" }), " of ", el("strong", N, { id: "total-nodes" }),
      " entities and ", el("strong", ev, { id: "shown-edges" }), " of ", el("strong", M, { id: "total-edges" }), " relations");
    const more = $("more"), note = $("note");
    const left = N - state.limit;
    note.hidden = more.hidden = left <= 0;
    if (left > 0) {
      note.textContent = `Large graph: drawing the ${state.limit} entities with the highest PageRank and their links.`;
      more.textContent = `Show ${Math.min(left, Math.max(1, data.initial))} more`;
    }
  }
  $("more").addEventListener("click", () => {
    const from = state.limit;
    state.limit = Math.min(N, state.limit + Math.max(1, data.initial));
    populate(from, state.limit);
    restyle();
    applyFilters();
  });

  // Controls.
  $("size-by").addEventListener("change", (ev) => { state.sizeBy = ev.target.value; restyle(); });
  $("color-by").addEventListener("change", (ev) => { state.colorBy = ev.target.value; restyle(); });
  function checkboxes(box, names, set, colour, counts) {
    names.forEach((name, i) => {
      if (!counts[i]) return;
      const id = `${box.id}-${i}`;
      const input = el("input", null, { type: "checkbox", id });
      input.checked = true;
      input.addEventListener("change", () => { input.checked ? set.add(i) : set.delete(i); applyFilters(); });
      const label = el("label", null, { for: id });
      label.append(input, " ", el("span", "", { class: colour(i)[0], style: colour(i)[1], "aria-hidden": "true" }), `${name} (${counts[i]})`);
      box.append(label);
    });
  }
  const typeCounts = data.types.map(() => 0), relCounts = data.relTypes.map(() => 0);
  data.nodes.forEach((n) => typeCounts[n.type]++);
  data.edges.forEach((e) => relCounts[e.type]++);
  checkboxes($("f-types"), data.types, state.types, (i) => ["swatch", `background:${typeColor(i)}`], typeCounts);
  checkboxes($("f-rels"), data.relTypes, state.rels, (i) => ["line", `border-color:${REL_COLORS[i % REL_COLORS.length]}`], relCounts);
  const maxW = data.edges.reduce((m, e) => Math.max(m, e.weight), 1);
  $("min-weight").max = String(Math.min(maxW, 50));
  $("min-weight").addEventListener("input", (ev) => {
    state.minWeight = +ev.target.value; $("min-weight-out").textContent = ev.target.value; applyFilters();
  });
  $("min-conf").addEventListener("input", (ev) => {
    state.minConf = +ev.target.value; $("min-conf-out").textContent = ev.target.value; applyFilters();
  });
  if (hasDates) {
    const dates = docDate.filter(Boolean).sort();
    $("f-dates").hidden = false;
    for (const id of ["date-from", "date-to"]) {
      $(id).min = dates[0];
      $(id).max = dates[dates.length - 1];
    }
    $("date-from").addEventListener("change", (ev) => { state.from = ev.target.value; applyFilters(); });
    $("date-to").addEventListener("change", (ev) => { state.to = ev.target.value; applyFilters(); });
  }

  function legend() {
    const box = $("legend");
    box.replaceChildren();
    if (state.colorBy === "type") {
      data.types.forEach((t, i) => {
        if (!typeCounts[i]) return;
        const d = el("div");
        d.append(el("span", "", { class: "swatch", style: `background:${typeColor(i)}`, "aria-hidden": "true" }), t);
        box.append(d);
      });
    } else {
      box.append(el("div", `Colour: Louvain community (${COMMUNITY_COLORS.length} colours, repeated)`));
    }
    data.relTypes.forEach((t, i) => {
      if (!relCounts[i]) return;
      const d = el("div");
      d.append(el("span", "", { class: "line", style: `border-color:${REL_COLORS[i % REL_COLORS.length]}`, "aria-hidden": "true" }),
        isCo[i] ? `${t} (same or next sentence, no direction)` : `${t} (arrow: subject → object)`);
      box.append(d);
    });
    const label = { pagerank: "PageRank", betweenness: "betweenness", degree: "degree" }[state.sizeBy];
    box.append(el("div", `Node size: ${label}. Link width: weight (sentences).`, { class: "muted" }));
  }

  // Search.
  const search = $("search"), results = $("results");
  if (N > 0) search.placeholder = `e.g. ${data.nodes[0].name}  ( / )`; // the most central entity
  function find(q) {
    const f = fold(q.trim());
    if (!f) return [];
    // Exact names first, then names with a word starting so, then any
    // match; within each, by PageRank (the order of data.nodes).
    const exact = [], prefix = [], inner = [];
    for (let i = 0; i < N && exact.length < 20; i++) {
      let best = 0;
      for (const s of folded[i]) {
        if (s === f) { best = 3; break; }
        if (s.startsWith(f) || s.includes(" " + f)) best = Math.max(best, 2);
        else if (s.includes(f)) best = Math.max(best, 1);
      }
      if (best === 3) exact.push(i);
      else if (best === 2 && prefix.length < 20) prefix.push(i);
      else if (best === 1 && inner.length < 20) inner.push(i);
    }
    return exact.concat(prefix, inner).slice(0, 20);
  }
  function showResults() {
    const hits = find(search.value);
    results.replaceChildren();
    for (const i of hits) {
      const n = data.nodes[i];
      const b = el("button", null, { type: "button", "data-node": n.id });
      b.append(el("span", "", { class: "swatch", style: `background:${typeColor(n.type)}`, "aria-hidden": "true" }),
        n.name, el("span", ` ${data.types[n.type]}`, { class: "muted" }));
      b.addEventListener("click", () => selectNode(i, true));
      const li = el("li");
      li.append(b);
      results.append(li);
    }
    const note = $("results-note");
    note.hidden = !search.value.trim();
    note.textContent = hits.length ? `${hits.length} matches` : "No match";
    return hits;
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      const hits = showResults();
      if (hits.length) selectNode(hits[0], true);
    } else if (ev.key === "ArrowDown") {
      const b = results.querySelector("button");
      if (b) { ev.preventDefault(); b.focus(); }
    }
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") clearSelection();
    else if (ev.key === "/" && document.activeElement !== search) { ev.preventDefault(); search.focus(); }
  });

  legend();
  status();
  timings.controls = performance.now();
  window.ergraph = { data, graph, renderer, selectNode, selectEdge, timings, fmt,
    measureFPS: (ms) => measureFPS(renderer, ms) };
  // Interactive once the first frame is drawn; tests and benchmarks wait
  // for data-ready and read readyAt (ms since navigation began).
  requestAnimationFrame(() => requestAnimationFrame(() => {
    window.ergraph.readyAt = performance.now();
    document.body.dataset.ready = "true";
  }));
}

try {
  main();
} catch (err) {
  const box = el("p", `The graph could not be drawn: ${err && err.message ? err.message : err}`, { id: "error", role: "alert" });
  document.getElementById("stage").append(box);
  throw err;
}
