import { stringArgument } from "../../cube/cube-argument.js";
import { defineProcess } from "../../process-entry.js";

/** `export_workspace`: answers the STAC resource unchanged; nothing is exported offline. */
export const exportWorkspace = defineProcess({
  id: "export_workspace",
  summary: "Answers the STAC resource that would be exported to a workspace, exporting nothing.",
  fidelity: "shape-only",
  run: ({ data, workspace }, context) => {
    const name = stringArgument(workspace, "workspace");
    context.warn(`export_workspace: nothing is exported to workspace '${name}' offline.`);
    return data ?? null;
  },
});
