import { isRecord } from "./is-record.js";

/** Deeper than this the graph is left as it is; validation refuses such nesting with its own limit. */
const MAX_DEPTH = 512;

/**
 * A process with openEO 0.4's `{ "from_argument": name }` references written as openEO 1.x's
 * `{ "from_parameter": name }`. openEO 1.x dropped the old form, but the official process tests
 * (openeo-processes 2.0.0-rc.2) still pass callbacks that use it, so the engine reads both. Parts without
 * one are returned as they are (not copied).
 */
export function withCurrentReferences(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return mapChanged(value, (item) => withCurrentReferences(item, depth + 1));
  if (!isRecord(value)) return value;
  if (typeof value.from_argument === "string" && !("from_parameter" in value) && !("from_node" in value)) {
    const { from_argument: name, ...rest } = value;
    return { ...rest, from_parameter: name };
  }
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const next = withCurrentReferences(item, depth + 1);
    changed ||= next !== item;
    return [key, next] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}

function mapChanged(items: readonly unknown[], map: (item: unknown) => unknown): readonly unknown[] {
  let changed = false;
  const next = items.map((item) => {
    const mapped = map(item);
    changed ||= mapped !== item;
    return mapped;
  });
  return changed ? next : items;
}
