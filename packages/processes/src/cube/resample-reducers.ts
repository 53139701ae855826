import { definitions } from "../generated/definitions.js";

const methodSchema = definitions
  .find((definition) => definition.id === "resample_spatial")
  ?.parameters.find((parameter) => parameter.name === "method")?.schema as { enum?: string[] } | undefined;

/** The resampling methods of `resample_spatial` and `resample_cube_spatial`, as the official definition lists them. */
export const RESAMPLE_METHODS: readonly string[] = methodSchema?.enum ?? [];

/** Methods computed as bilinear offline, with a warning. */
export const APPROXIMATED_METHODS: readonly string[] = ["cubic", "cubicspline", "lanczos"];

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = Number.NaN;
  let most = 0;
  for (const [value, count] of [...counts.entries()].sort(([a], [b]) => a - b)) {
    if (count > most) [best, most] = [value, count];
  }
  return best;
}

const REDUCERS: Readonly<Record<string, (valid: number[], weights: number[]) => number>> = {
  average: (v) => v.reduce((a, b) => a + b, 0) / v.length,
  bilinear: (v, w) =>
    v.reduce((sum, value, index) => sum + value * (w[index] as number), 0) / w.reduce((a, b) => a + b, 0),
  max: (v) => Math.max(...v),
  min: (v) => Math.min(...v),
  med: (v) =>
    quantile(
      [...v].sort((a, b) => a - b),
      0.5,
    ),
  q1: (v) =>
    quantile(
      [...v].sort((a, b) => a - b),
      0.25,
    ),
  q3: (v) =>
    quantile(
      [...v].sort((a, b) => a - b),
      0.75,
    ),
  mode,
  rms: (v) => Math.sqrt(v.reduce((sum, value) => sum + value * value, 0) / v.length),
  sum: (v) => v.reduce((a, b) => a + b, 0),
};

/**
 * Combines the source values of one target pixel: `near` takes the nearest as it is (no-data included); the other
 * methods use the valid values only (no-data when there is none), bilinear by weight.
 */
export function combine(method: string, values: readonly number[], weights: readonly number[]): number {
  if (method === "near") return values[0] ?? Number.NaN;
  const valid = values.flatMap((value, index) =>
    Number.isNaN(value) ? [] : [[value, weights[index] as number]],
  );
  if (valid.length === 0) return Number.NaN;
  const reducer = REDUCERS[APPROXIMATED_METHODS.includes(method) ? "bilinear" : method] ?? REDUCERS.average;
  return (reducer as (v: number[], w: number[]) => number)(
    valid.map(([value]) => value as number),
    valid.map(([, weight]) => weight as number),
  );
}
