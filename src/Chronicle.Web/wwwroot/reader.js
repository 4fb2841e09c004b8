// The article reader: each story's text with its layers highlighted (entities, actors, event words,
// time expressions and places where those stages have run), a legend that toggles each layer, and a
// card per event that points at its evidence in the text.
import { el, fill, actorLabel } from "./dom.js";
import { get } from "./api.js";

const LAYERS = [
  { key: "entity", label: "Entities" },
  { key: "actor", label: "Actors" },
  { key: "event", label: "Event words" },
  { key: "time", label: "Time expressions" },
  { key: "place", label: "Places" },
];

/** Opens an article; with an event id, shows that event's evidence. */
export async function openReader(articleId, eventId) {
  const article = await get("articles/" + encodeURIComponent(articleId), {}, "reader");
  if (!article) return;
  const reader = document.getElementById("reader");
  fill(document.getElementById("reader-title"), article.title || article.id);
  fill(document.getElementById("reader-meta"),
    [article.date, article.source, article.byline, article.language].filter(Boolean).join(" · "),
    article.url ? [" · ", el("a", { href: safeUrl(article.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null);
  fill(document.getElementById("reader-legend"), LAYERS.map(layer =>
    el("label", { class: "key key-" + layer.key },
      el("input", { type: "checkbox", checked: true, onchange: e => reader.classList.toggle("hide-" + layer.key, !e.target.checked) }),
      layer.label)));
  fill(document.getElementById("reader-body"), article.stories.map(renderStory));
  reader.hidden = false;
  if (eventId) focusEvent(eventId);
}

export function closeReader() {
  document.getElementById("reader").hidden = true;
}

function renderStory(story) {
  const layers = story.layers;
  const spans = [];
  for (const e of layers.entities) spans.push({ start: e.start, end: e.end, cls: "entity ent-" + e.type, title: e.type });
  for (const a of layers.actors) spans.push({ start: a.start, end: a.end, cls: "actor", title: `${a.code ?? "uncoded"}${a.name ? " " + a.name : ""} (${a.via})` });
  for (const t of layers.times ?? []) spans.push({ start: t.start, end: t.end, cls: "time", title: `${t.type} ${t.value}` });
  for (const p of layers.places ?? []) spans.push({ start: p.start, end: p.end, cls: "place", title: p.name ? `${p.name} (${p.country ?? "?"})` : "place not in the gazetteer" });
  for (const ev of layers.events) {
    const tag = `${ev.cameo} ${ev.plover ?? ""}`.trim();
    spans.push({ start: ev.evidence.verb[0], end: ev.evidence.verb[1], cls: "event", title: tag, event: ev.id });
    for (const part of ["source", "target", "time", "place"]) {
      const span = ev.evidence[part];
      if (Array.isArray(span) && span[1] > span[0])
        spans.push({ start: span[0], end: span[1], cls: part === "time" || part === "place" ? part : "", title: part, event: ev.id });
    }
  }

  return el("section", { class: "story" },
    el("h3", {}, `Story ${story.index + 1}`),
    el("div", { class: "story-grid" },
      el("p", { class: "text" }, segments(story.text, spans)),
      el("ol", { class: "cards" }, layers.events.map(eventCard))));
}

// Cuts the text at every span boundary; each piece carries the classes of the spans over it, so overlapping layers all show.
function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) if (s.start >= 0 && s.end <= text.length && s.end > s.start) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter(s => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { pieces.push(piece); continue; }
    const classes = new Set(over.flatMap(s => s.cls.split(" ").filter(Boolean)));
    const events = [...new Set(over.filter(s => s.event).map(s => s.event))];
    pieces.push(el("span", { class: [...classes].join(" ") || null, title: over.map(s => s.title).join(" · "), dataset: events.length ? { events: events.join(" ") } : {} }, piece));
  }
  return pieces;
}

function eventCard(ev) {
  return el("li", { class: "card", id: "card-" + ev.id, dataset: { event: ev.id }, onclick: () => focusEvent(ev.id) },
    el("span", { class: "quad", title: "QuadClass " + ev.quad, dataset: { quad: ev.quad } }),
    el("strong", {}, actorLabel(ev.source)), " → ", el("code", {}, ev.cameo), " ", ev.plover ?? "", " → ", el("strong", {}, actorLabel(ev.target)),
    el("div", { class: "meta" }, [ev.date ?? "date unknown", ev.date_text, ev.place?.name, ev.goldstein == null ? null : `Goldstein ${ev.goldstein}`, `confidence ${ev.confidence}`].filter(Boolean).join(" · ")),
    el("a", { href: "#", class: "evidence", onclick: e => { e.preventDefault(); e.stopPropagation(); focusEvent(ev.id); } }, "evidence"));
}

/** Marks an event's card and every piece of text that is its evidence, and scrolls to them. */
export function focusEvent(id) {
  const body = document.getElementById("reader-body");
  for (const old of body.querySelectorAll(".focus")) old.classList.remove("focus");
  const words = [...body.querySelectorAll("[data-events]")].filter(n => n.dataset.events.split(" ").includes(id));
  for (const n of words) n.classList.add("focus");
  const card = document.getElementById("card-" + id);
  card?.classList.add("focus");
  (words[0] ?? card)?.scrollIntoView({ block: "center" });
}

// Only web links are followed from an article; anything else (javascript:, data:) is dropped.
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
