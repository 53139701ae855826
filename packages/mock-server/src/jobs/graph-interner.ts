/** How many distinct graphs are remembered; when full, the table starts again (jobs keep their copies). */
const DISTINCT_GRAPHS = 1_000;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * One shared, frozen copy of each distinct process graph (equal JSON text), so a store of many jobs made from
 * the same few graphs (a test suite, a load test) holds each graph once.
 */
export class GraphInterner {
  #byText = new Map<string, Record<string, unknown>>();

  intern(graph: Record<string, unknown>): Record<string, unknown> {
    const text = JSON.stringify(graph);
    const known = this.#byText.get(text);
    if (known) return known;
    if (this.#byText.size >= DISTINCT_GRAPHS) this.#byText.clear();
    this.#byText.set(text, deepFreeze(graph));
    return graph;
  }

  clear(): void {
    this.#byText.clear();
  }
}
