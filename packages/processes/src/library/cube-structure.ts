import type { ProcessImplementation } from "../process-entry.js";
import { addDimension } from "./cube-structure/add-dimension.js";
import { createDataCube } from "./cube-structure/create-data-cube.js";
import { dimensionLabels } from "./cube-structure/dimension-labels.js";
import { dropDimension } from "./cube-structure/drop-dimension.js";
import { exportCollection } from "./cube-structure/export-collection.js";
import { exportWorkspace } from "./cube-structure/export-workspace.js";
import { filterBands } from "./cube-structure/filter-bands.js";
import { filterBbox } from "./cube-structure/filter-bbox.js";
import { filterLabels } from "./cube-structure/filter-labels.js";
import { filterSpatial } from "./cube-structure/filter-spatial.js";
import { filterTemporal } from "./cube-structure/filter-temporal.js";
import { filterVector } from "./cube-structure/filter-vector.js";
import { flattenDimensions } from "./cube-structure/flatten-dimensions.js";
import { loadCollection } from "./cube-structure/load-collection.js";
import { loadGeojson } from "./cube-structure/load-geojson.js";
import { loadStac } from "./cube-structure/load-stac.js";
import { loadUploadedFiles } from "./cube-structure/load-uploaded-files.js";
import { loadUrl } from "./cube-structure/load-url.js";
import { mask } from "./cube-structure/mask.js";
import { maskPolygon } from "./cube-structure/mask-polygon.js";
import { mergeCubes } from "./cube-structure/merge-cubes.js";
import { renameDimension } from "./cube-structure/rename-dimension.js";
import { renameLabels } from "./cube-structure/rename-labels.js";
import { resampleCubeSpatial } from "./cube-structure/resample-cube-spatial.js";
import { resampleCubeTemporal } from "./cube-structure/resample-cube-temporal.js";
import { resampleSpatial } from "./cube-structure/resample-spatial.js";
import { saveResult } from "./cube-structure/save-result.js";
import { stacModify } from "./cube-structure/stac-modify.js";
import { trimCube } from "./cube-structure/trim-cube.js";
import { unflattenDimension } from "./cube-structure/unflatten-dimension.js";
import { vectorBuffer } from "./cube-structure/vector-buffer.js";
import { vectorReproject } from "./cube-structure/vector-reproject.js";
import { vectorToRandomPoints } from "./cube-structure/vector-to-random-points.js";
import { vectorToRegularPoints } from "./cube-structure/vector-to-regular-points.js";

/** The datacube processes that reshape, filter, combine, load and save cubes. */
export const cubeStructureProcesses: readonly ProcessImplementation[] = [
  addDimension,
  createDataCube,
  dimensionLabels,
  dropDimension,
  exportCollection,
  exportWorkspace,
  filterBands,
  filterBbox,
  filterLabels,
  filterSpatial,
  filterTemporal,
  filterVector,
  flattenDimensions,
  loadCollection,
  loadGeojson,
  loadStac,
  loadUploadedFiles,
  loadUrl,
  mask,
  maskPolygon,
  mergeCubes,
  renameDimension,
  renameLabels,
  resampleCubeSpatial,
  resampleCubeTemporal,
  resampleSpatial,
  saveResult,
  stacModify,
  trimCube,
  unflattenDimension,
  vectorBuffer,
  vectorReproject,
  vectorToRandomPoints,
  vectorToRegularPoints,
];
