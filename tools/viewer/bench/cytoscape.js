// The same data as graph.html drawn with cytoscape.js instead of sigma.js,
// for scripts/bench-viewers.sh: it exposes what BenchmarkViewFrameRate
// reads (ergraph.measureFPS, ergraph.graph.order and .size).
import cytoscape from "cytoscape";

const data = JSON.parse(document.getElementById("ergraph-data").textContent);
const n = data.initial < 0 ? data.nodes.length : Math.min(data.initial, data.nodes.length);
const elements = [];
for (let i = 0; i < n; i++) {
  const d = data.nodes[i];
  elements.push({ group: "nodes", data: { id: String(i), label: d.name }, position: { x: d.x, y: d.y } });
}
data.edges.forEach((e, k) => {
  if (e.s < n && e.t < n) elements.push({ group: "edges", data: { id: "e" + k, source: String(e.s), target: String(e.t) } });
});
const container = document.getElementById("sigma");
const cy = cytoscape({
  container, elements, layout: { name: "preset" },
  style: [
    { selector: "node", style: { width: 6, height: 6, "background-color": "#2e86ab", label: "data(label)", "font-size": 8, "min-zoomed-font-size": 10 } },
    { selector: "edge", style: { width: 0.5, "line-color": "#b8c0c8" } },
  ],
});
function measureFPS(ms) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const z = cy.zoom(), p = cy.pan();
    let frames = 0;
    function frame(now) {
      const t = (now - t0) / 1000;
      cy.viewport({ zoom: z * (1.5 + 0.5 * Math.sin(t)), pan: { x: p.x + 200 * Math.sin(t * 2), y: p.y + 200 * Math.cos(t * 2) } });
      frames++;
      if (now - t0 < ms) requestAnimationFrame(frame);
      else resolve((frames * 1000) / (now - t0));
    }
    requestAnimationFrame(frame);
  });
}
window.ergraph = { graph: { order: cy.nodes().length, size: cy.edges().length }, measureFPS, timings: {} };
requestAnimationFrame(() => requestAnimationFrame(() => {
  window.ergraph.readyAt = performance.now();
  document.body.dataset.ready = "true";
}));
