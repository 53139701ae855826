import { UsageError } from "./usage-error.js";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * A duration flag in milliseconds: `500ms`, `30s`, `2m`, `1h`, or a bare number in `bare` units (jobkit:
 * milliseconds). Throws a {@link UsageError} unless it is at least `minMs`; undefined when absent.
 */
export function duration(
  value: string | undefined,
  flag: string,
  { bare = "ms", minMs = 1 }: { bare?: keyof typeof UNIT_MS; minMs?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? bare) as keyof typeof UNIT_MS]) : NaN;
  if (!(ms >= minMs))
    throw new UsageError(
      `--${flag} needs a duration such as 500ms, 30s or 2m (a bare number is ${bare}), got "${value}"`,
    );
  return ms;
}
