// Events per day stacked by QuadClass, with the day's mean Goldstein score as a line. Clicking a day selects it.
import { svg, fill, svgPoint, QUAD_NAMES } from "./dom.js";

const W = 600, H = 220, PAD = { left: 36, right: 30, top: 10, bottom: 28 };

export function drawTimeline(node, days, onSelect) {
  node.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!days.length) return fill(node, svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "No dated events"));

  const plotW = W - PAD.left - PAD.right, plotH = H - PAD.top - PAD.bottom;
  const max = Math.max(...days.map(d => d.quads.reduce((a, b) => a + b, 0)));
  const band = plotW / days.length, barW = Math.max(1, band * 0.85);
  const y = v => PAD.top + plotH - (v / max) * plotH;
  const gy = g => PAD.top + plotH / 2 - (g / 10) * (plotH / 2);

  // Two years of days are ~730 bars: the stacked parts are drawn as one path per QuadClass, and one hit area
  // over the plot finds the day under the pointer from its x (the days are evenly spaced), so the chart
  // costs a few dozen nodes, not thousands. One band marks the day under the pointer and one line of text
  // says what it holds. Each part is a vertical stroke as wide as a bar, from its base to its top, so a day
  // writes its x once and each part one number (its top, the next part's base): thousands of numbers are
  // formatted while the first view is drawn.
  const parts = QUAD_NAMES.map(() => []);
  days.forEach((day, i) => {
    const x = (PAD.left + i * band + barW / 2).toFixed(2);
    let total = 0, base = y(0).toFixed(2);
    day.quads.forEach((count, q) => {
      if (!count) return;
      total += count;
      const top = y(total).toFixed(2);
      parts[q].push(`M${x} ${base}V${top}`);
      base = top;
    });
  });
  const hit = svg("rect", { x: PAD.left, y: PAD.top, width: plotW, height: plotH, class: "hit" });
  const mark = svg("rect", { y: PAD.top, width: band.toFixed(2), height: plotH, class: "day-mark", visibility: "hidden" });
  const hover = svg("text", { x: PAD.left + 4, y: PAD.top + 8, class: "tick hover" });
  const dayAt = event => {
    const i = Math.floor((svgPoint(node, event).x - PAD.left) / band);
    return i >= 0 && i < days.length ? i : -1;
  };
  node.onclick = event => {
    const i = event.target === hit ? dayAt(event) : -1;
    if (i >= 0) onSelect(days[i].date);
  };
  node.onpointermove = event => {
    const i = event.target === hit ? dayAt(event) : -1;
    mark.setAttribute("visibility", i >= 0 ? "visible" : "hidden");
    if (i >= 0) mark.setAttribute("x", (PAD.left + i * band).toFixed(2));
    hover.textContent = i >= 0 ? summary(days[i]) : "";
  };
  node.onpointerleave = () => {
    mark.setAttribute("visibility", "hidden");
    hover.textContent = "";
  };

  const line = days.map((day, i) => `${i ? "L" : "M"}${(PAD.left + i * band + barW / 2).toFixed(2)} ${gy(day.goldstein).toFixed(2)}`).join("");
  const first = days[0].date, last = days[days.length - 1].date;
  fill(node,
    svg("line", { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: "axis" }),
    svg("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", class: "tick" }, String(max)),
    svg("text", { x: PAD.left - 4, y: PAD.top + plotH, "text-anchor": "end", class: "tick" }, "0"),
    svg("text", { x: W - PAD.right + 4, y: gy(10) + 8, class: "tick" }, "+10"),
    svg("text", { x: W - PAD.right + 4, y: gy(-10), class: "tick" }, "−10"),
    svg("line", { x1: PAD.left, x2: W - PAD.right, y1: gy(0), y2: gy(0), class: "zero" }),
    mark,
    parts.map((d, q) => svg("path", { d: d.join(""), class: "stack q" + (q + 1), "stroke-width": barW.toFixed(2) })),
    svg("path", { d: line, class: "goldstein" }),
    hit,
    hover,
    svg("text", { x: PAD.left, y: H - 8, class: "tick" }, first),
    svg("text", { x: W - PAD.right, y: H - 8, "text-anchor": "end", class: "tick" }, last));
}

function summary(day) {
  const counts = day.quads.map((count, q) => count ? `${count} ${QUAD_NAMES[q]}` : null).filter(Boolean).join(", ");
  return `${day.date}: ${day.quads.reduce((a, b) => a + b, 0)} events (${counts}), mean Goldstein ${day.goldstein}`;
}
