/** A hash function named by a multihash code, with its name in Node's `crypto` and in WebCrypto. */
export interface HashAlgorithm {
  node: string;
  web: string | undefined;
}

const ALGORITHMS: Record<number, HashAlgorithm> = {
  17: { node: "sha1", web: "SHA-1" },
  18: { node: "sha256", web: "SHA-256" },
  19: { node: "sha512", web: "SHA-512" },
  20: { node: "sha3-512", web: undefined },
  22: { node: "sha3-256", web: undefined },
  213: { node: "md5", web: undefined },
};

/** A parsed `file:checksum`: the algorithm (when known) and the expected digest in lower-case hex. */
export interface Checksum {
  code: number;
  algorithm: HashAlgorithm | undefined;
  digest: string;
}

/**
 * Parses a hex multihash (`<varint code><varint length><digest>`, e.g. `1220` + a SHA-256 digest).
 * Returns `undefined` when the string is not a well-formed multihash.
 */
export function parseMultihash(hex: string): Checksum | undefined {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return undefined;
  const bytes =
    hex
      .toLowerCase()
      .match(/../g)
      ?.map((pair) => Number.parseInt(pair, 16)) ?? [];
  let position = 0;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = bytes[position++];
      if (byte === undefined) return undefined;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  const code = varint();
  const length = varint();
  if (code === undefined || length === undefined || bytes.length - position !== length) return undefined;
  return { code, algorithm: ALGORITHMS[code], digest: hex.toLowerCase().slice(position * 2) };
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
