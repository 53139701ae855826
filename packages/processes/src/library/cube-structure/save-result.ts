import { isCallback } from "../../callback.js";
import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { isDataCube } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";

/** The `options` argument of `save_result` as an object (`null` or absent: no options). */
function optionsOf(options: Value | undefined): Readonly<Record<string, Value>> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options) || isDataCube(options) || isCallback(options)) {
    throw cubeFailure("ProcessParameterInvalid", "parameter 'options' must be an object.");
  }
  return options as Readonly<Record<string, Value>>;
}

/**
 * `save_result`: checks the format, hands the cube, format and options to `context.saveResult` (the caller, such
 * as the mock back-end, writes the files from them) and answers the STAC item the result is described by.
 */
export const saveResult = defineProcess({
  id: "save_result",
  summary: "Accepts a cube for output in a named file format and describes the result as a STAC item.",
  fidelity: "exact",
  run: ({ data, format, options }, context) => {
    const cube = cubeArgument(data, "data");
    const name = stringArgument(format, "format");
    if (name.trim() === "")
      throw cubeFailure("FormatUnsuitable", "parameter 'format' must name a file format.");
    context.saveResult?.(cube, name, optionsOf(options));
    const dimensions = Object.fromEntries(
      cube.dimensions.map((dimension) => [dimension.name, { type: dimension.type }]),
    );
    return {
      stac_version: "1.0.0",
      type: "Feature",
      id: "result",
      geometry: null,
      properties: { datetime: null, "cube:dimensions": dimensions },
      links: [],
      assets: { result: { href: `result.${name.toLowerCase()}`, roles: ["data"] } },
    };
  },
});
