// Small DOM helpers. Text always goes in as text nodes, never as markup: nothing an article says can become an element.

const SVG = "http://www.w3.org/2000/svg";

/** An HTML element with attributes (on* handlers are functions, added as listeners) and children (strings become text). */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, as el() makes HTML ones. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const name in attrs) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) continue;
    if (name === "dataset") Object.assign(node.dataset, value);
    else if (typeof value === "function" && name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

// Children in order, nested arrays flattened as they come; strings become text nodes (append makes them).
function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/** Where a pointer event falls in an SVG element's own coordinates (its viewBox). */
export function svgPoint(node, event) {
  return new DOMPoint(event.clientX, event.clientY).matrixTransform(node.getScreenCTM().inverse());
}

/** Empties a node and puts new children in, built apart first so the page takes them in one insertion. */
export function fill(node, ...children) {
  const fragment = document.createDocumentFragment();
  append(fragment, children);
  node.replaceChildren(fragment);
  return node;
}

/**
 * A count with a comma between thousands, as toLocaleString("en") writes it. Intl's first use sets up its
 * locale data, 15-70 ms on the desk's first load, for three or four numbers.
 */
export function formatCount(count) {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** QuadClass names; their colours are app.css's --q1 to --q4. */
export const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/** A colour for a Goldstein score: red at -10, grey at 0, blue at +10. */
export function goldsteinColor(score) {
  const t = Math.max(-1, Math.min(1, (score ?? 0) / 10));
  const grey = [150, 150, 150], red = [214, 39, 40], blue = [31, 119, 180];
  const to = t < 0 ? red : blue, k = Math.abs(t);
  const c = grey.map((g, i) => Math.round(g + (to[i] - g) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** An actor as a short label: its code, else its words. */
export function actorLabel(actor) {
  return actor ? (actor.code || actor.text) : "—";
}
