// Full-text search over story text: the matching stories with their snippets; a hit opens its article.
import { el, fill } from "./dom.js";
import { get } from "./api.js";

export async function showSearch(q, open) {
  const panel = document.getElementById("search-results");
  if (!q) return hideSearch();
  const hits = await get("search", { q, limit: 20 });
  if (!hits) return;
  fill(document.getElementById("search-echo"), q);
  fill(document.getElementById("search-hits"), hits.length ? hits.map(hit =>
    el("li", {},
      el("button", { type: "button", class: "link", onclick: () => open(hit.article_id) }, hit.title || hit.article_id),
      ` (story ${hit.story + 1}) `,
      el("span", { class: "snippet" }, snippet(hit.snippet))))
    : el("li", {}, "No story matches."));
  panel.hidden = false;
}

export function hideSearch() {
  document.getElementById("search-results").hidden = true;
}

// The store marks matches with [ and ]; they become <mark> elements, the rest stays text.
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).filter(Boolean).map(part => part.startsWith("[") && part.endsWith("]") ? el("mark", {}, part.slice(1, -1)) : part);
}
