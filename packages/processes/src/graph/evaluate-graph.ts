import type { Value } from "../value.js";
import type { ProcessGraph } from "./process-graph.js";
import type { EvaluationEnvironment } from "./run-graph.js";
import { runProcessGraph } from "./run-process-graph.js";

export { type EvaluationEnvironment, runProcess } from "./run-graph.js";

/**
 * Runs one process graph with the given parameter values and returns the value of its result node; the
 * graph is validated first ({@link runProcessGraph} with a bare graph).
 *
 * @example
 * ```ts
 * const graph = { sum: { process_id: "add", arguments: { x: 1, y: 2 }, result: true } };
 * evaluateGraph(graph, {}, { registry: createProcessRegistry(), context: { warn: () => {} } }); // 3
 * ```
 */
export function evaluateGraph(
  graph: ProcessGraph,
  parameters: Readonly<Record<string, Value>>,
  env: EvaluationEnvironment,
): Value {
  return runProcessGraph(
    { process_graph: graph },
    { registry: env.registry, context: env.context, parameters },
  );
}
