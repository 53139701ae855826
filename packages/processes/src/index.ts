export { REVISIT_DAYS } from "./calendar.js";
export { type Callback, isCallback } from "./callback.js";
export type { CellSource } from "./cube/cell-source.js";
export type { CollectionCatalog, CollectionInfo } from "./cube/collection-catalog.js";
export { DEFAULT_MAX_CUBE_CELLS } from "./cube/cube-index.js";
export { type CubeJson, cubeFromJson, cubeToJson } from "./cube/cube-json.js";
export { type CellType, DataCube, type Dimension, type DimensionType, isDataCube } from "./cube/data-cube.js";
export { periodStart, TEMPORAL_PERIODS, type TemporalPeriod } from "./cube/temporal-period.js";
export { definitions, PROCESSES_VERSION, subtypeSchemas } from "./generated/definitions.js";
export { earlierReleases } from "./generated/earlier-releases.js";
export { type EvaluationEnvironment, evaluateGraph, runProcess } from "./graph/evaluate-graph.js";
export { isPredefinedNamespace } from "./graph/is-predefined-namespace.js";
export type { ProcessGraph, ProcessNode } from "./graph/process-graph.js";
export { type RunOptions, runProcessGraph } from "./graph/run-process-graph.js";
export { LabeledArray } from "./labeled-array.js";
export type { ComparedDefinition, OfficialRelease } from "./official-release.js";
export type { ParameterDefinition, ProcessDefinition, Schema } from "./process-definition.js";
export {
  defineProcess,
  type Fidelity,
  type FilterPushdown,
  type ProcessArguments,
  type ProcessContext,
  type ProcessEntry,
  type ProcessImplementation,
  type PushedFilter,
} from "./process-entry.js";
export { createProcessRegistry, documentationOf, ProcessRegistry } from "./process-registry.js";
export {
  JobkitProcessesError,
  type OpenEOErrorFacts,
  PROCESSES_ERROR_CODES,
  PROCESSES_PREFIX,
  type ProcessesErrorCode,
  ProcessFailedError,
  ProcessGraphRejectedError,
} from "./processes-error.js";
export { REJECTION_CODES, type RejectionCode } from "./validation/rejection.js";
export { type ValidationOptions, validateProcess } from "./validation/validate-process.js";
export { DEFAULT_VALIDATION_LIMITS, type ValidationLimits } from "./validation/validation-limits.js";
export type { JsonValue, Value } from "./value.js";
export { withoutProse } from "./without-prose.js";
