// Country outlines (Natural Earth 1:110m, see world-110m.json) with the selected events' places as points.
// Clicking a point selects its place; the country under the pointer is named in the map's corner.
import { svg, fill, goldsteinColor, svgPoint } from "./dom.js";

/** The outlines, asked for as soon as the page loads (index.html preloads them), not when the first places arrive. */
export const outlines = fetch("world-110m.json").then(r => r.json());

/** Draws the outlines (as `outlines` resolved) and the places. */
export function drawMap(node, world, places, onPlace) {
  // Latitudes from 84N to 60S hold every populated place; the polar caps only take room.
  node.setAttribute("viewBox", "0 6 360 144");
  // Every country in one path: the outlines look the same, and the browser styles, lays out and paints one
  // element instead of 177 (each with a title). The name under the pointer is found from its position.
  const land = svg("path", { d: world.countries.map(c => c.d).join(""), class: "countries" });
  const max = Math.max(1, ...places.map(p => p.count));
  const points = places.map(p => svg("circle", {
    cx: (p.lon + 180).toFixed(2), cy: (90 - p.lat).toFixed(2), r: (1 + 4 * Math.sqrt(p.count / max)).toFixed(2),
    fill: goldsteinColor(p.goldstein), class: "point", dataset: { place: p.name },
  }, svg("title", {}, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.count} events, mean Goldstein ${p.goldstein}`)));
  const hover = svg("text", { x: 2, y: 147, class: "tick hover" });
  node.onclick = event => {
    const point = event.target.closest?.(".point");
    if (point) onPlace(point.dataset.place);
  };
  node.onpointermove = event => {
    const { x, y } = svgPoint(node, event);
    hover.textContent = countryAt(world, x, y)?.name ?? "";
  };
  node.onpointerleave = () => { hover.textContent = ""; };
  fill(node, land, svg("g", { class: "places" }, points), hover);
}

// Each country's rings as flat [x0, y0, x1, y1, ...] arrays with its bounding box, read from the outlines
// on the first hover rather than while the page is drawn.
const shapes = new WeakMap();

function countryAt(world, x, y) {
  if (!shapes.has(world)) shapes.set(world, world.countries.map(ringsOf));
  return shapes.get(world).find(shape =>
    x >= shape.left && x <= shape.right && y >= shape.top && y <= shape.bottom &&
    shape.rings.reduce((inside, ring) => inside !== crosses(ring, x, y), false))?.country;
}

// Outlines are written as "M x yL x y…Z" per ring (scripts/map/build.mjs).
function ringsOf(country) {
  const rings = country.d.split("M").filter(Boolean).map(ring => ring.replace("Z", "").split("L").flatMap(pair => pair.split(" ").map(Number)));
  const xs = rings.flatMap(ring => ring.filter((_, i) => i % 2 === 0)), ys = rings.flatMap(ring => ring.filter((_, i) => i % 2 === 1));
  return { country, rings, left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

// Whether a ray from (x, y) to the right crosses the ring an odd number of times (even-odd rule: a hole's
// ring cancels its country's outer ring).
function crosses(ring, x, y) {
  let odd = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
    if ((yi > y) !== (yj > y) && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) odd = !odd;
  }
  return odd;
}
