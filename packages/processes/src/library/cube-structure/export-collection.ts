import { stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { defineProcess } from "../../process-entry.js";

/** `export_collection`: checks the collection id and answers it; nothing is exported offline. */
export const exportCollection = defineProcess({
  id: "export_collection",
  summary: "Answers the collection id the results would be exported to, exporting nothing.",
  fidelity: "shape-only",
  run: ({ collection }, context) => {
    const id = stringArgument(collection, "collection");
    if (!/^[A-Za-z0-9_\-.~/]+$/.test(id)) {
      throw cubeFailure(
        "ProcessParameterInvalid",
        `'${id}' is not a valid collection id (letters, digits, _-.~/).`,
      );
    }
    context.warn(`export_collection: nothing is exported to '${id}' offline.`);
    return id;
  },
});
