// Country outlines (Natural Earth 1:110m, see world-110m.json) with the selected events' places as points.
// Clicking a point selects its place.
import { svg, fill, goldsteinColor } from "./dom.js";

/** The outlines, asked for as soon as the page loads (index.html preloads them), not when the first places arrive. */
export const outlines = fetch("world-110m.json").then(r => r.json());

/** Draws the outlines (as `outlines` resolved) and the places. */
export function drawMap(node, world, places, onPlace) {
  // Latitudes from 84N to 60S hold every populated place; the polar caps only take room.
  node.setAttribute("viewBox", "0 6 360 144");
  const countries = world.countries.map(c => svg("path", { d: c.d, class: "country" }, svg("title", {}, c.name)));
  const max = Math.max(1, ...places.map(p => p.count));
  const points = places.map(p => svg("circle", {
    cx: (p.lon + 180).toFixed(2), cy: (90 - p.lat).toFixed(2), r: (1 + 4 * Math.sqrt(p.count / max)).toFixed(2),
    fill: goldsteinColor(p.goldstein), class: "point", dataset: { place: p.name }, onclick: () => onPlace(p.name),
  }, svg("title", {}, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.count} events, mean Goldstein ${p.goldstein}`)));
  fill(node, svg("g", { class: "countries" }, countries), svg("g", { class: "places" }, points));
}
