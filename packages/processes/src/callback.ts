import type { ProcessGraph } from "./graph/process-graph.js";
import type { ProcessRegistry } from "./process-registry.js";
import type { Value } from "./value.js";

/** A child process graph passed as an argument (`reduce_dimension`'s reducer, `array_apply`'s process, ...). */
export interface Callback {
  readonly kind: "callback";
  /** Runs the child graph with the parameters its parent process hands it. */
  call(parameters: Readonly<Record<string, Value>>): Value;
  /** The child graph itself, so that a cube process can recognise a one-node callback and run a number kernel. */
  readonly graph?: ProcessGraph;
  /** The processes the child graph runs with. */
  readonly registry?: ProcessRegistry;
}

/** Whether a value is a callback. */
export function isCallback(value: unknown): value is Callback {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "callback";
}
