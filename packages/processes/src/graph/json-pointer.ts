/** Appends path segments to a JSON pointer, escaping `~` and `/` as RFC 6901 says. */
export function pointerTo(base: string, ...segments: readonly (string | number)[]): string {
  return segments.reduce<string>(
    (pointer, segment) => `${pointer}/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`,
    base,
  );
}
