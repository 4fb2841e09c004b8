// Actors as nodes, source → target dyads as edges (width by count, colour by mean Goldstein).
// Clicking a node selects the actor; clicking an edge selects the dyad.
import { svg, fill, goldsteinColor } from "./dom.js";

const W = 600, H = 320;

export function drawNetwork(node, dyads, onActor, onDyad) {
  node.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!dyads.length) return fill(node, svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "No events between coded actors"));

  const degree = new Map();
  for (const d of dyads) for (const code of [d.source, d.target]) degree.set(code, (degree.get(code) ?? 0) + d.count);
  const codes = [...degree.keys()].sort();
  const positions = layout(codes, dyads);
  const maxCount = Math.max(...dyads.map(d => d.count));
  const width = count => 1 + 7 * Math.sqrt(count / maxCount);
  const radius = code => 4 + 10 * Math.sqrt(degree.get(code) / Math.max(...degree.values()));

  const edges = dyads.map(d => {
    const a = positions.get(d.source), b = positions.get(d.target);
    // Bend each edge to its right, so A→B and B→A stay apart.
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y;
    const path = d.source === d.target
      ? `M${a.x} ${a.y} c 20 -30 40 0 0 0`
      : `M${a.x.toFixed(1)} ${a.y.toFixed(1)} Q${(mx - dy * 0.15).toFixed(1)} ${(my + dx * 0.15).toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
    return svg("path", {
      d: path, class: "edge", stroke: goldsteinColor(d.goldstein), "stroke-width": width(d.count).toFixed(2),
      dataset: { source: d.source, target: d.target }, onclick: () => onDyad(d.source, d.target),
    }, svg("title", {}, `${d.source} → ${d.target}: ${d.count} events, mean Goldstein ${d.goldstein}`));
  });
  const nodes = codes.map(code => {
    const p = positions.get(code);
    return svg("g", { class: "node", dataset: { code }, onclick: () => onActor(code), transform: `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})` },
      svg("circle", { r: radius(code).toFixed(1) }),
      svg("text", { y: -radius(code) - 3, "text-anchor": "middle" }, code),
      svg("title", {}, `${code}: ${degree.get(code)} events`));
  });
  fill(node, svg("g", {}, edges), svg("g", {}, nodes));
}

// A small force layout (repulsion between all nodes, springs along edges), started on a circle so the result is the same every time.
// It runs while the first view is drawn, mostly before the page's script is optimized: positions and forces
// live in typed arrays rather than in fresh objects every step, each force is computed once, and square roots
// replace Math.hypot, which is slower.
function layout(codes, dyads) {
  const n = codes.length;
  const xs = new Float64Array(n), ys = new Float64Array(n), fx = new Float64Array(n), fy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / n);
    ys[i] = H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / n);
  }
  const index = new Map(codes.map((c, i) => [c, i]));
  const links = dyads.filter(d => d.source !== d.target).map(d => [index.get(d.source), index.get(d.target)]);
  const ideal = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  for (let step = 0; step < 200; step++) {
    fx.fill(0);
    fy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dx = xs[i] - xs[j], dy = ys[i] - ys[j], d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (ideal * ideal) / d2, gx = dx * f / 10, gy = dy * f / 10;
        fx[i] += gx; fy[i] += gy; fx[j] -= gx; fy[j] -= gy;
      }
    for (const [a, b] of links) {
      const dx = xs[b] - xs[a], dy = ys[b] - ys[a], d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d - ideal) / d / 4, gx = dx * f, gy = dy * f;
      fx[a] += gx; fy[a] += gy; fx[b] -= gx; fy[b] -= gy;
    }
    const cool = 1 - step / 200;
    for (let i = 0; i < n; i++) {
      const len = Math.max(Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]), 1e-9), cap = Math.min(len, 20 * cool);
      xs[i] = Math.min(W - 30, Math.max(30, xs[i] + (fx[i] / len) * cap + (W / 2 - xs[i]) * 0.01));
      ys[i] = Math.min(H - 20, Math.max(25, ys[i] + (fy[i] / len) * cap + (H / 2 - ys[i]) * 0.01));
    }
  }
  return new Map(codes.map((c, i) => [c, { x: xs[i], y: ys[i] }]));
}
