import { isDataCube, type ProcessEntry, ProcessRegistry, type Value } from "@jobkit/processes";
import { entryOfDescription } from "./entry-of-description.js";
import type { ProcessDescription } from "./stored-process.js";

/**
 * The entry of a process a back-end lists that the engine does not implement: called as its definition says,
 * it answers its first data cube argument unchanged (or null), and warns that it did. Its cells stay in place
 * (`cellsInPlace`): a filter of x and y after it is taken into the load before it.
 */
export function shapeOnlyEntry(process: ProcessDescription): ProcessEntry {
  const entry = entryOfDescription(process, "shape-only", (args, context) => {
    context.warn(
      `${process.id}: the mock does not implement this process; its result is its first data cube argument, unchanged (shape only).`,
    );
    return (Object.values(args).find(isDataCube) as Value | undefined) ?? null;
  });
  // that result keeps every cell in place, so a filter of x and y after it is pushed into the load
  return { ...entry, cellsInPlace: (args) => Object.keys(args) };
}

/**
 * The predefined processes of a back-end that lists exactly `listed` (`--processes`): the engine's implementation
 * of each it has, a shape-only one (see {@link shapeOnlyEntry}) of each it has not.
 */
export function predefinedRegistry(
  listed: readonly ProcessDescription[],
  engine: ProcessRegistry,
): ProcessRegistry {
  return new ProcessRegistry(listed.map((process) => engine.get(process.id) ?? shapeOnlyEntry(process)));
}
