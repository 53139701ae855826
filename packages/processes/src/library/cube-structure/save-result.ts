import { cubeArgument, stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { defineProcess } from "../../process-entry.js";

/**
 * `save_result`: checks the format and answers the STAC item the result would be described by; the caller (the
 * mock back-end) writes the files.
 */
export const saveResult = defineProcess({
  id: "save_result",
  summary: "Accepts a cube for output in a named file format and describes the result as a STAC item.",
  fidelity: "exact",
  run: ({ data, format }) => {
    const cube = cubeArgument(data, "data");
    const name = stringArgument(format, "format");
    if (name.trim() === "")
      throw cubeFailure("FormatUnsuitable", "parameter 'format' must name a file format.");
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
