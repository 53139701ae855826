import { cubeFailure } from "../../cube/cube-failure.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";

const isObject = (value: Value | undefined): value is { [key: string]: Value } =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** RFC 7386 JSON Merge Patch: objects merge key by key, `null` removes, anything else replaces. */
export function mergePatch(target: Value, patch: Value): Value {
  if (!isObject(patch)) return patch;
  const result: { [key: string]: Value } = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key] ?? null, value);
  }
  return result;
}

/** `stac_modify`: a STAC resource with a JSON Merge Patch applied. */
export const stacModify = defineProcess({
  id: "stac_modify",
  summary: "Applies a JSON Merge Patch to a STAC resource.",
  fidelity: "exact",
  run: ({ data, changes }) => {
    if (!isObject(data))
      throw cubeFailure("ProcessParameterInvalid", "parameter 'data' must be a STAC object.");
    return mergePatch(data, changes ?? null);
  },
});
