/** Shared setup of the cube-callback tests: small cubes, a registry with test kernels, one-node graphs. */
import {
  createProcessRegistry,
  DataCube,
  type Dimension,
  defineProcess,
  definitions,
  documentationOf,
  evaluateGraph,
  type ProcessEntry,
  type ProcessImplementation,
  ProcessRegistry,
  type Value,
} from "../src/index.js";

/** A cube of the given dimensions (labels only) and cells. */
export function cubeOf(dimensions: readonly Dimension[], cells: readonly number[]): DataCube {
  return new DataCube(dimensions, Float64Array.from(cells));
}

export const T: Dimension = {
  name: "t",
  type: "temporal",
  labels: ["2020-01-01", "2020-01-02", "2020-01-03"],
};
export const Y: Dimension = { name: "y", type: "spatial", axis: "y", labels: [2, 1] };
export const X: Dimension = { name: "x", type: "spatial", axis: "x", labels: [1, 2] };

/** The engine's registry plus test implementations (paired with the official definitions of their ids). */
export function registryWith(...extra: ProcessImplementation[]): ProcessRegistry {
  const paired: ProcessEntry[] = extra.map((implementation) => {
    const definition = definitions.find((candidate) => candidate.id === implementation.id);
    if (!definition) throw new Error(`no official definition '${implementation.id}'`);
    return { ...implementation, definition, documentation: documentationOf(implementation.id) };
  });
  return new ProcessRegistry([...createProcessRegistry().list(), ...paired]);
}

/** Runs one process on a cube given as parameter `cube` (more parameters in `parameters`); its other arguments as written in a graph. */
export function runOn(
  registry: ProcessRegistry,
  processId: string,
  cube: DataCube,
  args: Record<string, unknown>,
  warnings: string[] = [],
  parameters: Record<string, Value> = {},
): Value {
  const graph = {
    node: { process_id: processId, arguments: { data: { from_parameter: "cube" }, ...args }, result: true },
  };
  return evaluateGraph(
    graph,
    { ...parameters, cube },
    { registry, context: { warn: (message) => warnings.push(message) } },
  );
}

/** A one-node child graph calling `processId` with these arguments. */
export function oneNode(processId: string, args: Record<string, unknown>): { process_graph: unknown } {
  return { process_graph: { node: { process_id: processId, arguments: args, result: true } } };
}

/**
 * A registry whose `inspect` records every cube it gets (in `seen`) and returns `tester.change(cube)`, and the
 * one-node child graph that calls it.
 */
export function cubeInspector(change: (cube: DataCube) => DataCube) {
  const tester = { seen: [] as DataCube[], change };
  const registry = registryWith(
    defineProcess({
      id: "inspect",
      summary: "test inspect: records the cube it gets and changes it",
      fidelity: "exact",
      run: ({ data }) => {
        tester.seen.push(data as DataCube);
        return tester.change(data as DataCube);
      },
    }),
  );
  return { tester, registry, process: oneNode("inspect", { data: { from_parameter: "data" } }) };
}
