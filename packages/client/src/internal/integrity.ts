import { JobkitClientError } from "../errors.js";
import type { AssetMetadata } from "../types.js";
import { type Checksum, parseMultihash } from "./multihash.js";

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
