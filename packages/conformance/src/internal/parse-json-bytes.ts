const decoder = new TextDecoder();

/** The bytes a JSON text can begin with, after its whitespace: `{ [ "`, a number's `-` or digit, `t f n`. */
const JSON_START = new Set([...'{["-0123456789tfn'].map((char) => char.charCodeAt(0)));
/** JSON's whitespace: space, tab, line feed, carriage return. */
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Whether the bytes could parse as JSON, read from their first bytes alone: false for what `JSON.parse` would
 * refuse at its first character anyway (a GeoTIFF, a PNG, an empty or blank body). Decoding drops a leading
 * UTF-8 byte order mark, so it is skipped here too.
 */
function mayBeJson(bytes: Uint8Array): boolean {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && JSON_SPACE.has(bytes[index] as number)) index += 1;
  return index < bytes.length && JSON_START.has(bytes[index] as number);
}

/**
 * Bytes (UTF-8, bad sequences replaced) parsed as JSON, or `{ ok: false }` when they do not parse; the same as
 * `JSON.parse(new TextDecoder().decode(bytes))`, without decoding a body that cannot be JSON (a download).
 */
export function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  if (!mayBeJson(bytes)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(decoder.decode(bytes)) };
  } catch {
    return { ok: false };
  }
}
