import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

type Decoder = (bytes: Buffer, options: { maxOutputLength: number }) => Buffer;

const DECODERS: Readonly<Record<string, Decoder>> = {
  gzip: gunzipSync,
  "x-gzip": gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/**
 * Watches a body go by: counts and hashes every byte and keeps the first `capBytes` for the judges. It never
 * holds more than the cap, whatever the body's length.
 */
export function createBodyCapture(capBytes: number) {
  const chunks: Buffer[] = [];
  const hash = createHash("sha256");
  let kept = 0;
  let total = 0;

  return {
    add(chunk: Buffer): void {
      total += chunk.length;
      hash.update(chunk);
      if (kept >= capBytes) return;
      const part = chunk.subarray(0, capBytes - kept);
      chunks.push(part);
      kept += part.length;
    },
    get total() {
      return total;
    },
    /** Whether every byte so far is kept. */
    get whole() {
      return total <= capBytes;
    },
    bytes: (): Buffer => Buffer.concat(chunks),
    sha256: (): string => hash.digest("hex"),
  };
}

export type BodyCapture = ReturnType<typeof createBodyCapture>;

/**
 * The kept body decoded by its Content-Encoding (identity, gzip, deflate, br), within the cap; undefined when it
 * cannot be decoded or would grow beyond the cap.
 */
export function decodeBody(
  bytes: Buffer,
  encoding: string | undefined,
  capBytes: number,
): Buffer | undefined {
  const name = encoding?.trim().toLowerCase();
  if (!name || name === "identity") return bytes;
  const decoder = DECODERS[name];
  if (!decoder) return undefined;
  try {
    return decoder(bytes, { maxOutputLength: capBytes });
  } catch {
    return undefined;
  }
}
