import type { Dimension } from "./data-cube.js";

/**
 * The key two labels of a dimension compare by: instants for temporal dimensions (so `2020-06-01` and
 * `2020-06-01T00:00:00Z` are one label), the number or the string otherwise.
 */
export function labelKey(dimension: Dimension, label: string | number): string | number {
  if (dimension.type === "temporal" && typeof label === "string") {
    const instant = Date.parse(label);
    if (!Number.isNaN(instant)) return instant;
  }
  return label;
}

/** Orders labels of a dimension with a natural order (spatial, temporal): numbers and instants ascending. */
export function compareLabels(dimension: Dimension, a: string | number, b: string | number): number {
  const keyA = labelKey(dimension, a);
  const keyB = labelKey(dimension, b);
  if (typeof keyA === "number" && typeof keyB === "number") return keyA - keyB;
  return String(keyA).localeCompare(String(keyB));
}
