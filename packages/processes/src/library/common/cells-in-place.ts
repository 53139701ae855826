/** The names of the spatial dimensions of the cubes loaders make. */
const SPATIAL = ["x", "y"];

/** Whether `value`, as written, names a dimension other than x and y (null when `nullMeansOther`). */
function otherThanSpatial(value: unknown, nullMeansOther: boolean): boolean {
  if (value === undefined || value === null) return nullMeansOther;
  return typeof value === "string" && !SPATIAL.includes(value);
}

/** `cellsInPlace` of a process that works cell by cell on the cube arguments `cubes`. */
export function cellByCell(...cubes: string[]): () => readonly string[] {
  return () => cubes;
}

/**
 * `cellsInPlace` of a process that works along the dimensions some of its arguments name: its `data` keeps cells
 * in place when each of them names, as a literal, a dimension other than x and y. `dimensions` maps each such
 * argument to whether leaving it out (or null) means another dimension too (the temporal one, or a new one).
 */
export function alongDimensions(
  dimensions: Readonly<Record<string, boolean>>,
): (args: Readonly<Record<string, unknown>>) => readonly string[] | undefined {
  const entries = Object.entries(dimensions);
  return (args) =>
    entries.every(([name, nullMeansOther]) => otherThanSpatial(args[name], nullMeansOther))
      ? ["data"]
      : undefined;
}
