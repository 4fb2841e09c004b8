// The JSON API, with one in-flight request per purpose: a newer request for the same thing cancels the older.

const inflight = new Map();

/** GETs api/PATH?params as JSON; resolves to null when a newer call with the same key replaced it. */
export async function get(path, params = {}, key = path) {
  inflight.get(key)?.abort();
  const controller = new AbortController();
  inflight.set(key, controller);
  try {
    const response = await fetch("api/" + path + query(params), { signal: controller.signal, headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return await response.json();
  } catch (e) {
    if (e.name === "AbortError") return null;
    throw e;
  } finally {
    if (inflight.get(key) === controller) inflight.delete(key);
  }
}

/** "?a=1&b=2" for the set values, "" when none is set. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== "" && value !== null && value !== undefined) search.set(name, value);
  const text = search.toString();
  return text ? "?" + text : "";
}
