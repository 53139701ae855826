import { DEFAULT_MAX_CUBE_CELLS } from "../cube/cube-index.js";
import type { ProcessContext } from "../process-entry.js";
import { createProcessRegistry, type ProcessRegistry } from "../process-registry.js";
import { validateProcess } from "../validation/validate-process.js";
import type { ValidationLimits } from "../validation/validation-limits.js";
import type { Value } from "../value.js";
import { isRecord } from "./is-record.js";
import { withCurrentReferences } from "./legacy-references.js";
import type { ProcessGraph } from "./process-graph.js";
import { runGraph } from "./run-graph.js";

/** How {@link runProcessGraph} runs a process. */
export interface RunOptions {
  /** The processes the graph may call; every implemented process when not given. */
  readonly registry?: ProcessRegistry;
  /** What processes report to and read; `maxCubeCells` defaults to {@link DEFAULT_MAX_CUBE_CELLS}. */
  readonly context?: Partial<ProcessContext>;
  /** Values of the process's parameters, by name. */
  readonly parameters?: Readonly<Record<string, Value>>;
  /** Bounds on the graph's size and nesting (see {@link validateProcess}). */
  readonly limits?: Partial<ValidationLimits>;
}

/**
 * Validates an openEO process (`{ process_graph, parameters? }`) with {@link validateProcess}, then runs it:
 * every node once, in an order where each comes after the nodes it reads, callbacks with openEO's parameter
 * scoping. Throws the first refusal as a `ProcessGraphRejectedError`, before anything runs; a process that
 * fails while running throws a `ProcessFailedError`. Both carry `openeoCode`, `status` and `pointer`.
 *
 * @returns the value of the graph's result node.
 * @example
 * ```ts
 * const value = runProcessGraph({
 *   process_graph: {
 *     a: { process_id: "add", arguments: { x: 1, y: { from_parameter: "y" } } },
 *     b: { process_id: "add", arguments: { x: { from_node: "a" }, y: 10 }, result: true },
 *   },
 *   parameters: [{ name: "y", schema: { type: "number" } }],
 * }, { parameters: { y: 2 } });
 * // value === 13
 * ```
 */
export function runProcessGraph(raw: unknown, options: RunOptions = {}): Value {
  const process = withCurrentReferences(raw);
  const registry = options.registry ?? createProcessRegistry();
  const parameters = options.parameters ?? {};
  const [refusal] = validateProcess(process, { registry, parameters, limits: options.limits ?? {} });
  if (refusal) throw refusal;
  const { process_graph: graph, parameters: declared } = process as {
    process_graph: ProcessGraph;
    parameters?: unknown;
  };
  const context: ProcessContext = {
    warn: () => {},
    maxCubeCells: DEFAULT_MAX_CUBE_CELLS,
    ...options.context,
  };
  return runGraph(graph, { ...defaultsOf(declared), ...parameters }, { registry, context }, "/process_graph");
}

/** The defaults of the parameters a process declares. */
function defaultsOf(declared: unknown): Record<string, Value> {
  const list = Array.isArray(declared) ? declared : [];
  const withDefault = list.filter((parameter) => isRecord(parameter) && "default" in parameter);
  return Object.fromEntries(withDefault.map((parameter) => [parameter.name, parameter.default as Value]));
}
