import { MockOptionsError } from "../mock-error.js";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * A duration flag in milliseconds: `500ms`, `30s`, `2m`, `1h`, or a bare number of milliseconds (the flags end in
 * `-ms`). Throws a {@link MockOptionsError} naming `--flag`; undefined when absent.
 */
export function duration(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match)
    throw new MockOptionsError(
      `--${flag} needs a duration such as 500ms, 30s or 2m (a bare number is ms), got "${value}".`,
    );
  return Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? "ms") as keyof typeof UNIT_MS]);
}
