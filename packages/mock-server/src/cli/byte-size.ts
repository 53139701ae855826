import { MockOptionsError } from "../mock-error.js";

const UNIT_BYTES = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 } as const;

/**
 * A size flag in bytes: `512KiB`, `16MiB`, `1GiB`, or a bare number of bytes (`B` may be written). Throws a
 * {@link MockOptionsError} naming `--flag`; undefined when absent.
 */
export function byteSize(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB)?$/.exec(value.trim());
  const bytes = match
    ? Math.floor(Number(match[1]) * UNIT_BYTES[(match[2] ?? "B") as keyof typeof UNIT_BYTES])
    : NaN;
  if (!Number.isSafeInteger(bytes))
    throw new MockOptionsError(
      `--${flag} needs a size such as 512KiB, 16MiB or 1GiB (a bare number is bytes), got "${value}".`,
    );
  return bytes;
}
