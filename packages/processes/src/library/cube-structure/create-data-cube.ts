import { DataCube } from "../../cube/data-cube.js";
import { defineProcess } from "../../process-entry.js";

/** `create_data_cube`: a cube without dimensions and without cells, to build on with `add_dimension`. */
export const createDataCube = defineProcess({
  id: "create_data_cube",
  summary: "Starts an empty cube with no dimensions.",
  fidelity: "exact",
  run: () => new DataCube([], new Float64Array(0)),
});
