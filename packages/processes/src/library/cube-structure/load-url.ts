import { stringArgument } from "../../cube/cube-argument.js";
import { defineProcess } from "../../process-entry.js";
import { loadFile } from "./load-file.js";

/** `load_url`: the shape of a file at a URL, which is not fetched offline. */
export const loadUrl = defineProcess({
  id: "load_url",
  summary: "Stands in for a file at a URL: an empty vector cube or a synthetic raster, by format.",
  fidelity: "shape-only",
  run: ({ url, format }, context) =>
    loadFile("load_url", stringArgument(url, "url"), format ?? null, context),
});
