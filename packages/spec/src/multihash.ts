// Dependency-free on purpose (no Ajv, no node:crypto): any package, the browser-ready client included, may use it.

/** The multihash prefix of a sha2-256 digest in hex: function code 0x12, digest length 0x20 (32 bytes). */
export const SHA256_MULTIHASH_PREFIX = "1220";

/**
 * The STAC `file:checksum` of a sha2-256 digest: its multihash in hex.
 *
 * @example
 * sha256Multihash(createHash("sha256").update(bytes).digest("hex")); // "1220" + 64 hex digits
 */
export function sha256Multihash(hexDigest: string): string {
  return `${SHA256_MULTIHASH_PREFIX}${hexDigest.toLowerCase()}`;
}
