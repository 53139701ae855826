import { labelsArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { defineProcess } from "../../process-entry.js";
import { loadFile } from "./load-file.js";

/** `load_uploaded_files`: the shape of the user's files, which the engine cannot read. */
export const loadUploadedFiles = defineProcess({
  id: "load_uploaded_files",
  summary: "Stands in for uploaded files: an empty vector cube or a synthetic raster, by format.",
  fidelity: "shape-only",
  run: ({ paths, format }, context) => {
    const files = labelsArgument(paths, "paths").map(String);
    if (files.length === 0)
      throw cubeFailure("ProcessParameterInvalid", "parameter 'paths' must list at least one file.");
    return loadFile("load_uploaded_files", files.join(", "), format ?? null, context);
  },
});
