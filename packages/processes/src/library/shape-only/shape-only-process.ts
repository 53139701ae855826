import {
  defineProcess,
  type ProcessArguments,
  type ProcessContext,
  type ProcessImplementation,
} from "../../process-entry.js";
import type { Value } from "../../value.js";

/** What a shape-only process is: its id, summary, how it shapes its result, and why the values are not real. */
interface ShapeOnlySpec {
  readonly id: string;
  readonly summary: string;
  /** The sentence that tells the job log what was not computed. */
  readonly warning: string;
  readonly shape: (args: ProcessArguments, context: ProcessContext) => Value;
  /** Where the shape keeps cells in place (see `ProcessImplementation.cellsInPlace`). */
  readonly cellsInPlace?: ProcessImplementation["cellsInPlace"];
}

/**
 * A process jobkit cannot compute offline: it returns a result of the right shape and, once that succeeded,
 * warns `"<id>: <warning>"` through the context.
 */
export function shapeOnlyProcess(spec: ShapeOnlySpec): ProcessImplementation {
  const { id, summary, warning, shape, cellsInPlace } = spec;
  return defineProcess({
    id,
    summary,
    fidelity: "shape-only",
    ...(cellsInPlace && { cellsInPlace }),
    run: (args, context) => {
      const result = shape(args, context);
      context.warn(`${id}: ${warning}`);
      return result;
    },
  });
}
