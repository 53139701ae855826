import type { ProcessImplementation } from "../process-entry.js";
import { addDimension } from "./cube-structure/add-dimension.js";
import { createDataCube } from "./cube-structure/create-data-cube.js";
import { dimensionLabels } from "./cube-structure/dimension-labels.js";
import { dropDimension } from "./cube-structure/drop-dimension.js";
import { filterBands } from "./cube-structure/filter-bands.js";
import { filterBbox } from "./cube-structure/filter-bbox.js";
import { filterLabels } from "./cube-structure/filter-labels.js";
import { filterSpatial } from "./cube-structure/filter-spatial.js";
import { filterTemporal } from "./cube-structure/filter-temporal.js";
import { flattenDimensions } from "./cube-structure/flatten-dimensions.js";
import { loadCollection } from "./cube-structure/load-collection.js";
import { mask } from "./cube-structure/mask.js";
import { maskPolygon } from "./cube-structure/mask-polygon.js";
import { mergeCubes } from "./cube-structure/merge-cubes.js";
import { renameDimension } from "./cube-structure/rename-dimension.js";
import { renameLabels } from "./cube-structure/rename-labels.js";
import { resampleCubeSpatial } from "./cube-structure/resample-cube-spatial.js";
import { resampleCubeTemporal } from "./cube-structure/resample-cube-temporal.js";
import { resampleSpatial } from "./cube-structure/resample-spatial.js";
import { saveResult } from "./cube-structure/save-result.js";
import { trimCube } from "./cube-structure/trim-cube.js";
import { unflattenDimension } from "./cube-structure/unflatten-dimension.js";

/** The datacube processes that reshape, filter, combine, load and save cubes. */
export const cubeStructureProcesses: readonly ProcessImplementation[] = [
  addDimension,
  createDataCube,
  dimensionLabels,
  dropDimension,
  filterBands,
  filterBbox,
  filterLabels,
  filterSpatial,
  filterTemporal,
  loadCollection,
  mask,
  maskPolygon,
  mergeCubes,
  renameDimension,
  renameLabels,
  saveResult,
  trimCube,
  flattenDimensions,
  unflattenDimension,
  resampleCubeTemporal,
  resampleSpatial,
  resampleCubeSpatial,
];
