// The analyst's desk: filters (kept in the address, so a view can be shared), the events table with
// facets, and the charts; every chart filters the table when clicked.
import { el, fill, actorLabel, formatCount, QUAD_NAMES } from "./dom.js";
import { get } from "./api.js";
import { drawTimeline } from "./timeline.js";
import { drawNetwork } from "./network.js";
import { drawMap, outlines } from "./map.js";
import { RowWindow } from "./rows.js";

// The reader and the search results are no part of the first view: their modules load when first used, so the
// first view's requests (six answers, the outlines, the modules that draw) share the browser's six connections
// to the server with two fewer files.
const reader = () => import("./reader.js");
const search = () => import("./search.js");
const openReader = (articleId, eventId) => reader().then(m => m.openReader(articleId, eventId));

const { PAGE, query, read, requests } = globalThis.chronicleView;
const state = read(location.hash);
const table = document.getElementById("events");
const rows = new RowWindow(table.tBodies[0], table.tHead.rows[0].cells.length, eventRow, table.closest("section"));

function writeAddress() {
  const hash = query({ ...state.filters, sort: state.sort === "newest" ? "" : state.sort, offset: state.offset || "" }).slice(1);
  // Only when it changes: replacing the address is a same-document navigation (about 10 ms on the first load).
  const address = hash ? "#" + hash : "";
  if (location.hash !== address) history.replaceState(null, "", address || location.pathname);
}

/** Sets filters (an empty value removes one), goes back to the first page and reloads everything. */
export function setFilters(changes) {
  for (const [name, value] of Object.entries(changes)) {
    if (value === "" || value === null || value === undefined) delete state.filters[name];
    else state.filters[name] = String(value);
  }
  state.offset = 0;
  refresh();
}

async function refresh() {
  // Where the table is on screen, read while the layout is clean (before this view changes anything).
  const tableTop = rows.top();
  writeAddress();
  syncForm();
  drawChips();
  const filters = state.filters;
  for (const kind of ["csv", "jsonl", "tsv"]) document.getElementById("export-" + kind).href = "api/events." + kind + query({ ...filters, sort: state.sort });
  document.body.classList.add("loading");
  try {
    const asked = requests(state);
    const [page, days, dyads, places, facets, actors, world] = await Promise.all([
      ...["page", "days", "dyads", "places", "facets", "actors"].map(panel => get(...asked[panel])),
      outlines,
    ]);
    // A newer refresh replaced this one (its requests were cancelled): it draws instead.
    if ([page, days, dyads, places, facets, actors].includes(null)) return;
    // Every panel drawn in one task, once every answer is in (they come within a few milliseconds of each
    // other): the browser then lays the page out and paints it once, not once per answer.
    drawTable(page, tableTop);
    drawTimeline(document.getElementById("timeline"), days, date => setFilters({ from: date, to: date }));
    drawNetwork(document.getElementById("network"), dyads, code => setFilters({ actor: code }), (source, target) => setFilters({ source, target }));
    drawPlaces(world, places);
    drawFacets(facets);
    drawActors(actors);
    // Undimmed before the frame that paints the panels, so that frame is their last: lifting the dim after it
    // painted and rastered the whole view a second time.
    document.body.classList.remove("loading");
    // When every panel is on screen: after the frame that lays them out and paints them, on the page's own
    // clock (the benchmark reads it). A task queued from an animation frame runs once that frame is done.
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
    document.body.dataset.ready = "true";
    performance.mark("chronicle-drawn");
  } catch (e) {
    document.body.dataset.error = e.message;
    console.error(e);
  } finally {
    document.body.classList.remove("loading");
  }
}

function drawTable({ events, total, offset }, top) {
  fill(document.getElementById("total"), formatCount(total));
  fill(document.getElementById("page-info"), total ? `showing ${offset + 1}–${offset + events.length}` : "");
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = offset + events.length >= total;
  for (const button of document.querySelectorAll("th button")) button.classList.toggle("sorted", [button.dataset.sort, button.dataset.sortAlt].includes(state.sort));
  rows.show(events, top);
}

// Plain cells with their data in attributes: one listener on the table body serves every row (wire()).
function eventRow(ev) {
  return el("tr", { dataset: { event: ev.id, article: ev.article } },
    el("td", { class: "date" }, ev.date ?? "?"),
    el("td", {}, actorCell(ev.source)),
    el("td", { class: "cameo", dataset: { q: ev.quad }, title: `${ev.cameo} ${ev.plover ?? ""}: ${QUAD_NAMES[ev.quad - 1] ?? "no QuadClass"}` }, `${ev.cameo} ${ev.plover ?? ""}`),
    el("td", {}, actorCell(ev.target)),
    el("td", { class: "num" }, ev.goldstein == null ? "" : ev.goldstein.toFixed(1)),
    el("td", { class: "num" }, ev.confidence.toFixed(2)),
    el("td", { class: "sentence", title: ev.text }, ev.text));
}

// A link to the actor's own view (it opens in a new tab as such); a plain click adds the actor to this view's filters.
function actorCell(actor) {
  if (!actor) return "—";
  const code = actorLabel(actor);
  return el("a", { href: "#actor=" + encodeURIComponent(code), class: "actor-link", dataset: { actor: code },
    title: `${actor.text}${actor.name ? " (" + actor.name + ")" : ""}: filter by ${code}` }, code);
}

/** A click in the table: an actor link filters by its actor, anywhere else in a row opens the row's article at its event. */
function tableClick(event) {
  const link = event.target.closest("a.actor-link");
  if (link) {
    event.preventDefault();
    setFilters({ actor: link.dataset.actor });
    return;
  }
  const row = event.target.closest("tr[data-article]");
  if (row) openReader(row.dataset.article, row.dataset.event);
}

// The facet lists' buttons carry their value; a listener on each list (wire()) puts it in the list's filter (its data-filter).
function facetList(id, items, label) {
  fill(document.getElementById(id), items.map(item =>
    el("li", {}, el("button", { type: "button", class: "link", dataset: { value: item.value } }, label(item)), el("span", { class: "count" }, formatCount(item.count)))));
}

function facetClick(event) {
  const button = event.target.closest("button[data-value]");
  if (button) setFilters({ [button.closest("[data-filter]").dataset.filter]: button.dataset.value });
}

function drawFacets(facets) {
  facetList("facet-quads", facets.quads, item => `${item.value} ${QUAD_NAMES[item.value - 1]}`);
  facetList("facet-plover", facets.plover, item => item.value);
  facetList("facet-countries", facets.countries, item => item.value);
}

function drawActors(actors) {
  facetList("facet-actors", actors.map(a => ({ value: a.code, count: a.events, name: a.name })), item => item.name ? `${item.value} · ${item.name}` : item.value);
}

function drawPlaces(world, places) {
  const placed = places.reduce((n, p) => n + p.count, 0);
  fill(document.getElementById("map-caption"), placed ? `Events by place (${formatCount(placed)} placed)` : "Events by place (no selected event has a place yet)");
  drawMap(document.getElementById("map"), world, places, name => setFilters({ near: name }));
}

function drawChips() {
  fill(document.getElementById("chips"), Object.entries(state.filters).map(([name, value]) =>
    el("span", { class: "chip", dataset: { filter: name } }, `${name}: ${value} `,
      el("button", { type: "button", "aria-label": `Remove the ${name} filter`, onclick: () => setFilters({ [name]: "" }) }, "×"))));
}

function syncForm() {
  const form = document.getElementById("filters");
  for (const input of form.elements) if (input.name) input.value = state.filters[input.name] ?? "";
}

function wire() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", e => {
    e.preventDefault();
    const changes = {};
    for (const input of form.elements) if (input.name) changes[input.name] = input.value.trim();
    setFilters(changes);
  });
  form.querySelector("select[name=quad]").addEventListener("change", e => setFilters({ quad: e.target.value }));
  document.getElementById("clear").addEventListener("click", () => { state.filters = {}; state.offset = 0; refresh(); });
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
  for (const button of document.querySelectorAll("th button[data-sort]"))
    button.addEventListener("click", () => {
      state.sort = state.sort === button.dataset.sort && button.dataset.sortAlt ? button.dataset.sortAlt : button.dataset.sort;
      state.offset = 0;
      refresh();
    });
  table.tBodies[0].addEventListener("click", tableClick);
  for (const list of document.querySelectorAll(".facet ul[data-filter]")) list.addEventListener("click", facetClick);
  document.getElementById("reader-close").addEventListener("click", () => reader().then(m => m.closeReader()));
  document.getElementById("search-close").addEventListener("click", () => search().then(m => m.hideSearch()));
  document.getElementById("search").addEventListener("submit", e => {
    e.preventDefault();
    const q = document.getElementById("search-q").value.trim();
    search().then(m => m.showSearch(q, articleId => openReader(articleId)));
    setFilters({ q });
  });
  document.addEventListener("keydown", e => { if (e.key === "Escape" && !document.getElementById("reader").hidden) reader().then(m => m.closeReader()); });
  fill(document.getElementById("quad-legend"), QUAD_NAMES.map((name, i) =>
    el("span", { class: "key" }, el("span", { class: "swatch", dataset: { quad: i + 1 } }), `${i + 1} ${name}`)), el("span", { class: "key" }, el("span", { class: "swatch line" }), "mean Goldstein"));
}

wire();
refresh();

