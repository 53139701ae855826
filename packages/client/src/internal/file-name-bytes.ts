/** The longest file name (one path segment) that common file systems take: 255 bytes. */
export const NAME_MAX_BYTES = 255;

const utf8 = new TextEncoder();

/** The length of a file name in bytes of UTF-8, which is how file systems count it. */
export function fileNameBytes(name: string): number {
  return utf8.encode(name).byteLength;
}
