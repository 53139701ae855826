/** A path segment with its %-escapes decoded; as it is when they are malformed (the server's fault, not the kit's). */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
