import {
  createProcessRegistry,
  DataCube,
  documentationOf,
  isCallback,
  isDataCube,
  type ProcessContext,
  type ProcessDefinition,
  type ProcessEntry,
  ProcessRegistry,
  type Schema,
  type Value,
} from "../src/index.js";

type Run = ProcessEntry["run"];

/** A test-only process: a definition written here, and its run. */
export function testProcess(
  id: string,
  parameters: ProcessDefinition["parameters"],
  returns: Schema | readonly Schema[],
  run: Run,
): ProcessEntry {
  const definition: ProcessDefinition = {
    id,
    categories: ["test"],
    experimental: false,
    deprecated: false,
    parameters,
    returns: { schema: returns },
    exceptions: {},
  };
  return {
    id,
    summary: "A process for the engine's tests.",
    fidelity: "exact",
    run,
    definition,
    documentation: documentationOf(id),
  };
}

const CUBE: Schema = { type: "object", subtype: "datacube" };
const callbackSchema = (...names: string[]): Schema => ({
  type: "object",
  subtype: "process-graph",
  parameters: names.map((name) => ({
    name,
    schema: name === "data" ? { type: "array", subtype: "labeled-array" } : {},
  })),
});

/** The contexts the `cube` process saw, newest last. */
export const seenContexts: ProcessContext[] = [];

/**
 * `add` (the official one), `cube` (a 2-cell raster cube), `reduce` (calls its reducer with the cube's values as
 * `data`), `apply` (calls its process with `x`), `extent` (takes a bounding box and a temporal interval) and
 * `label` (takes a number or a string), `filter` (a callback that must return a boolean).
 */
export function engineRegistry(): ProcessRegistry {
  const add = createProcessRegistry().get("add") as ProcessEntry;
  return new ProcessRegistry([
    add,
    testProcess("cube", [], CUBE, (_args, context) => {
      seenContexts.push(context);
      return new DataCube([{ name: "x", type: "spatial", axis: "x", labels: [1, 2] }], Float64Array.of(1, 2));
    }),
    testProcess(
      "reduce",
      [
        { name: "data", schema: CUBE },
        { name: "reducer", schema: callbackSchema("data", "context") },
      ],
      { type: ["number", "null"] },
      ({ data, reducer }) =>
        isCallback(reducer) && isDataCube(data)
          ? reducer.call({ data: [...data.values], context: null })
          : null,
    ),
    testProcess(
      "apply",
      [
        { name: "x", schema: {} },
        { name: "process", schema: callbackSchema("x") },
      ],
      {},
      ({ x, process }) => (isCallback(process) ? process.call({ x: x as Value }) : null),
    ),
    testProcess(
      "extent",
      [
        { name: "bbox", schema: { type: "object", subtype: "bounding-box" } },
        { name: "interval", schema: { type: "array", subtype: "temporal-interval" }, optional: true },
      ],
      { type: "null" },
      () => null,
    ),
    testProcess(
      "label",
      [{ name: "value", schema: [{ type: "number" }, { type: "string" }] }],
      {},
      ({ value }) => value ?? null,
    ),
    testProcess(
      "filter",
      [
        { name: "data", schema: { type: "array" } },
        { name: "condition", schema: { ...callbackSchema("x"), returns: { schema: { type: "boolean" } } } },
      ],
      { type: "array" },
      ({ data }) => data ?? null,
    ),
  ]);
}
