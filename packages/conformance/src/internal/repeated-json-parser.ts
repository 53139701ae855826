import { parseJsonBytes } from "./parse-json-bytes.js";

/** Answers at least this large are parsed once when the next large answer has the same bytes. */
const LARGE_BYTES = 64 * 1024;

/** What {@link parseJsonBytes} answers. */
type Parsed = ReturnType<typeof parseJsonBytes>;

/**
 * {@link parseJsonBytes} that parses a large JSON body once when it comes again byte for byte before another large
 * JSON body (a run asks `GET /processes`, 180 KB on the mock, twice; downloads in between are not JSON): comparing
 * bytes costs a fraction of parsing them. The two exchanges then share one parsed value, which the kit only reads.
 */
export function repeatedJsonParser(): (bytes: Uint8Array) => Parsed {
  let last: { bytes: Uint8Array; parsed: Parsed } | undefined;
  return (bytes) => {
    if (bytes.length < LARGE_BYTES) return parseJsonBytes(bytes);
    if (last && Buffer.compare(last.bytes, bytes) === 0) return last.parsed;
    const parsed = parseJsonBytes(bytes);
    if (parsed.ok) last = { bytes, parsed };
    return parsed;
  };
}
