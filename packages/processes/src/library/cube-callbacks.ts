import type { ProcessImplementation } from "../process-entry.js";
import { aggregateSpatial } from "./cube-callbacks/aggregate-spatial.js";
import { aggregateSpatialWindow } from "./cube-callbacks/aggregate-spatial-window.js";
import { aggregateTemporal } from "./cube-callbacks/aggregate-temporal.js";
import { aggregateTemporalPeriod } from "./cube-callbacks/aggregate-temporal-period.js";
import { anomaly } from "./cube-callbacks/anomaly.js";
import { apply } from "./cube-callbacks/apply.js";
import { applyDimension } from "./cube-callbacks/apply-dimension.js";
import { applyKernel } from "./cube-callbacks/apply-kernel.js";
import { applyNeighborhood } from "./cube-callbacks/apply-neighborhood.js";
import { applyPolygon } from "./cube-callbacks/apply-polygon.js";
import { climatologicalNormal } from "./cube-callbacks/climatological-normal.js";
import { ndvi } from "./cube-callbacks/ndvi.js";
import { reduceDimension } from "./cube-callbacks/reduce-dimension.js";
import { reduceSpatial } from "./cube-callbacks/reduce-spatial.js";

/** The datacube processes that run a callback over a cube: reduce, apply, aggregate. */
export const cubeCallbacksProcesses: readonly ProcessImplementation[] = [
  reduceDimension,
  apply,
  applyDimension,
  applyKernel,
  ndvi,
  aggregateTemporal,
  aggregateTemporalPeriod,
  reduceSpatial,
  aggregateSpatial,
  aggregateSpatialWindow,
  applyNeighborhood,
  applyPolygon,
  anomaly,
  climatologicalNormal,
];
