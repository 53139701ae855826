import { createHash } from "node:crypto";
import { sha256Multihash } from "@jobkit/spec/facts";

/** The STAC `file:checksum` of some bytes: a sha2-256 multihash in hex (`1220` + digest). */
export function multihashSha256(chunks: Iterable<Uint8Array>): string {
  const hash = createHash("sha256");
  for (const chunk of chunks) hash.update(chunk);
  return sha256Multihash(hash.digest("hex"));
}
