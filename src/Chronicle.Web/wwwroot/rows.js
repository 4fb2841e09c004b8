// A table body that draws only the rows in and near the viewport. On a 1400 × 1000 screen the desk's 100-row
// page shows about 20 rows under the charts; the other rows were two thirds of the page's elements and most of
// its layout and text shaping on the first load. Rows have one height (app.css), so a spacer row above and one
// below stand for the rows not drawn yet and the table is as tall as with every row: the scroll bar, the pager's
// place and the page's length do not move as rows come in.

import { fill } from "./dom.js";

/** app.css's `#events tbody tr` height, px: every row is one line (its cells do not wrap). */
const ROW = 30;

/** Rows drawn beyond each edge of the viewport, and the distance at which a spacer's rows start being drawn. */
const LEAD = 6;

/**
 * The rows of a table body, drawn as they come within LEAD rows of the viewport (scrolling), and all of them
 * once the keyboard moves focus into `scope` (the sort buttons, rows and pager are then in order), the browser's find
 * is opened (Ctrl+F) or the page is printed. Rows once drawn stay: the window only grows, up to one page.
 */
export class RowWindow {
  #body;
  #draw;
  #items = [];
  #start = 0;
  #end = 0;
  #above;
  #below;
  #observer;

  /**
   * @param {HTMLTableSectionElement} body the table body the rows go in
   * @param {number} columns how many cells a row has (the spacers span them)
   * @param {(item: any) => HTMLTableRowElement} draw builds one item's row
   * @param {Element} scope focus anywhere in it draws every row
   */
  constructor(body, columns, draw, scope) {
    this.#body = body;
    this.#draw = draw;
    this.#above = spacer(columns);
    this.#below = spacer(columns);
    this.#observer = new IntersectionObserver(entries => this.#near(entries), { rootMargin: `${LEAD * ROW}px 0px` });
    // Keyboard focus only: a click on a sort or pager button focuses it too, and draws a new page at once.
    scope.addEventListener("focusin", e => { if (e.target.matches(":focus-visible")) this.#extend(0, this.#items.length); });
    document.addEventListener("keydown", e => { if ((e.ctrlKey || e.metaKey) && e.key === "f") this.#extend(0, this.#items.length); });
    addEventListener("beforeprint", () => this.#extend(0, this.#items.length));
  }

  /**
   * The body's top edge in the viewport, px. Read it before the page is changed for a new view: the layout
   * is then still clean and reading it costs nothing; read after the changes it would lay the page out twice.
   */
  top() {
    return this.#body.getBoundingClientRect().top;
  }

  /** Shows new items: the rows that `top` (from top()) puts in or near the viewport are drawn now, the rest as they come near. */
  show(items, top) {
    this.#items = items;
    this.#start = clamp(Math.floor(-top / ROW) - LEAD, 0, items.length);
    this.#end = clamp(Math.ceil((innerHeight - top) / ROW) + LEAD, this.#start, items.length);
    fill(this.#body, this.#above, items.slice(this.#start, this.#end).map(this.#draw), this.#below);
    this.#spacers();
  }

  #near(entries) {
    const chunk = Math.ceil(innerHeight / ROW) + LEAD;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      if (entry.target === this.#above) this.#extend(this.#start - chunk, this.#end);
      else this.#extend(this.#start, this.#end + chunk);
    }
  }

  /** Grows the drawn rows to cover [start, end): new rows take the place of as much spacer as they fill. */
  #extend(start, end) {
    start = clamp(start, 0, this.#start);
    end = clamp(end, this.#end, this.#items.length);
    if (start < this.#start) this.#above.after(...this.#items.slice(start, this.#start).map(this.#draw));
    if (end > this.#end) this.#below.before(...this.#items.slice(this.#end, end).map(this.#draw));
    if (start === this.#start && end === this.#end) return;
    this.#start = start;
    this.#end = end;
    this.#spacers();
  }

  // Each spacer as tall as the rows it stands for; one with rows left is watched again, so that one still in
  // reach after its rows came in (a jump with the scroll bar) reports again and the next rows come in.
  #spacers() {
    for (const [node, rows] of [[this.#above, this.#start], [this.#below, this.#items.length - this.#end]]) {
      this.#observer.unobserve(node);
      node.hidden = rows === 0;
      node.style.height = rows * ROW + "px";
      if (rows > 0) this.#observer.observe(node);
    }
  }
}

function spacer(columns) {
  const row = document.createElement("tr");
  row.className = "spacer";
  row.setAttribute("aria-hidden", "true");
  const cell = document.createElement("td");
  cell.colSpan = columns;
  row.append(cell);
  return row;
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}
