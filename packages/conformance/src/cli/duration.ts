import { ConformanceUsageError } from "../errors.js";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * A duration flag in milliseconds: `500ms`, `30s`, `2m`, `1h`, or a bare number of seconds (the kit's unit since
 * its first release). Throws a {@link ConformanceUsageError} unless it is at least a millisecond; undefined when
 * absent.
 */
export function duration(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?|\.\d+)(ms|s|m|h)?$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? "s") as keyof typeof UNIT_MS]) : 0;
  if (ms < 1)
    throw new ConformanceUsageError(
      `--${flag} needs a duration of at least 1ms such as 500ms, 30s or 2m (a bare number is seconds), got "${value}".`,
    );
  return ms;
}
