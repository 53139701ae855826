import { JobkitClientError } from "../errors.js";
import type { AssetMetadata } from "../types.js";
import { type Checksum, parseMultihash } from "./multihash.js";
import type { TransferLimit } from "./transfer.js";

/** The asset's `file:checksum`, parsed; `undefined` when it has none. */
export function expectedChecksum(name: string, metadata: AssetMetadata): Checksum | undefined {
  const value = metadata["file:checksum"];
  if (value === undefined) return undefined;
  const checksum = typeof value === "string" ? parseMultihash(value) : undefined;
  if (!checksum) {
    throw new JobkitClientError(
      "InvalidResponse",
      `asset "${name}" has a file:checksum that is not a hex multihash: ${value}`,
    );
  }
  return checksum;
}

/**
 * The most bytes a read of the asset may take: its `file:size` (more is `SizeMismatch`), else `maxBytes`
 * (more is `SizeLimitExceeded`); none when neither is known. A `file:size` above `maxBytes` is refused up
 * front.
 */
export function readLimit(
  name: string,
  metadata: AssetMetadata,
  maxBytes: number | undefined,
): TransferLimit | undefined {
  if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes >= 0))
    throw new JobkitClientError("InvalidOption", `maxBytes must be a whole number ≥ 0, got ${maxBytes}`);
  const size = metadata["file:size"];
  const tooLarge = (what: string) =>
    new JobkitClientError(
      "SizeLimitExceeded",
      `asset "${name}" ${what} more than maxBytes (${maxBytes}); nothing was kept. Raise { maxBytes } to read it.`,
    );
  if (typeof size !== "number")
    return maxBytes === undefined ? undefined : { bytes: maxBytes, exceeded: () => tooLarge("sent") };
  if (maxBytes !== undefined && size > maxBytes) throw tooLarge(`declares file:size ${size},`);
  const overrun = `asset "${name}" sent more than its file:size of ${size} bytes; stopped reading, nothing was kept`;
  return { bytes: size, exceeded: () => new JobkitClientError("SizeMismatch", overrun) };
}

/** Throws `SizeMismatch` when the asset declares a `file:size` other than `received`. */
export function checkSize(name: string, metadata: AssetMetadata, received: number): void {
  const size = metadata["file:size"];
  if (typeof size === "number" && size !== received) {
    throw new JobkitClientError(
      "SizeMismatch",
      `asset "${name}" has ${received} bytes but its metadata says file:size ${size}; nothing was kept`,
    );
  }
}

/** Throws `ChecksumMismatch` when the computed digest differs from the declared one. */
export function checkDigest(name: string, checksum: Checksum, actual: string): void {
  if (checksum.digest !== actual) {
    throw new JobkitClientError(
      "ChecksumMismatch",
      `asset "${name}" does not match its file:checksum (expected ${checksum.digest}, got ${actual}); nothing was kept`,
    );
  }
}
