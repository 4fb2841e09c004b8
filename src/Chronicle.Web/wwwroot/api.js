// The JSON API, with one in-flight request per purpose: a newer request for the same thing cancels the older.

const { headers, query, takeEarly } = globalThis.chronicleView;
const inflight = new Map();

/** GETs api/PATH?params as JSON; resolves to null when a newer call with the same key replaced it. */
export async function get(path, params = {}, key = path) {
  inflight.get(key)?.abort();
  const controller = new AbortController();
  inflight.set(key, controller);
  const url = "api/" + path + query(params);
  try {
    // The first view's answers were asked for by the page's head (first-view.js).
    const response = await (takeEarly(url) ?? fetch(url, { signal: controller.signal, headers }));
    if (controller.signal.aborted) return null;
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    const json = await response.json();
    return controller.signal.aborted ? null : json;
  } catch (e) {
    if (e.name === "AbortError") return null;
    throw e;
  } finally {
    if (inflight.get(key) === controller) inflight.delete(key);
  }
}
