import { cubeFailure } from "../../cube/cube-failure.js";
import { APPROXIMATED_METHODS, RESAMPLE_METHODS } from "../../cube/resample-reducers.js";
import type { ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";

/** The `method` argument checked against gdalwarp's names; warns for those computed as bilinear offline. */
export function resampleMethod(process: string, method: Value, context: ProcessContext): string {
  const name = String(method ?? "near");
  if (!RESAMPLE_METHODS.includes(name)) {
    throw cubeFailure("ProcessParameterInvalid", `method must be one of ${RESAMPLE_METHODS.join(", ")}.`);
  }
  if (APPROXIMATED_METHODS.includes(name))
    context.warn(`${process}: method '${name}' is computed as bilinear.`);
  return name;
}
