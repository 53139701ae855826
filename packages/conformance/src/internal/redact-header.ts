/** A header value with its credentials hidden: `Bearer basic//<redacted>`, `Basic <redacted>`, cookies whole. */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === "cookie" || lower === "set-cookie") return "<redacted>";
  if (lower !== "authorization") return value;
  const [scheme, credentials = ""] = value.split(" ", 2);
  if (scheme?.toLowerCase() === "bearer") {
    const prefix = credentials.lastIndexOf("/");
    return `Bearer ${prefix >= 0 ? credentials.slice(0, prefix + 1) : ""}<redacted>`;
  }
  return `${scheme} <redacted>`;
}
