// The view in the page's address (filters, sort, page) and the API requests that draw it. A classic script
// that the server writes into the page itself (see DeskPage.cs): the first view's requests then leave as
// soon as the page's head is read, while the stylesheet and the modules still load, instead of after the
// modules run. app.js draws every view through these same functions and takes the first answers over.
"use strict";
globalThis.chronicleView = (() => {
  const FILTERS = ["actor", "source", "target", "country", "cameo", "plover", "quad", "from", "to", "near", "q", "article"];
  const PAGE = 100;

  /** "?a=1&b=2" for the set values, "" when none is set. */
  function query(params) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== "" && value !== null && value !== undefined) search.set(name, value);
    const text = search.toString();
    return text ? "?" + text : "";
  }

  /** The view an address's hash names: { filters, sort, offset }. */
  function read(hash) {
    const params = new URLSearchParams(hash.replace(/^#/, ""));
    return {
      filters: Object.fromEntries(FILTERS.filter(f => params.get(f)).map(f => [f, params.get(f)])),
      sort: params.get("sort") || "newest",
      offset: Number(params.get("offset")) || 0,
    };
  }

  /** The API requests that draw a view, by panel: [path, params] each. */
  function requests({ filters, sort, offset }) {
    return {
      page: ["events", { ...filters, sort, offset, limit: PAGE }],
      days: ["stats/timeline", filters],
      dyads: ["stats/dyads", { ...filters, limit: 40 }],
      places: ["stats/places", filters],
      facets: ["stats/facets", filters],
      actors: ["actors", { ...filters, limit: 15 }],
    };
  }

  const headers = { Accept: "application/json" };
  const early = new Map();
  for (const [path, params] of Object.values(requests(read(location.hash)))) {
    const url = "api/" + path + query(params);
    const answer = fetch(url, { headers });
    // Taken over by the first get() of this address; a failure is reported there, not as an unhandled rejection.
    answer.catch(() => {});
    early.set(url, answer);
  }

  /** The answer already asked for at this address, once (a later call gets undefined and asks again). */
  function takeEarly(url) {
    const answer = early.get(url);
    early.delete(url);
    return answer;
  }

  return { PAGE, headers, query, read, requests, takeEarly };
})();
