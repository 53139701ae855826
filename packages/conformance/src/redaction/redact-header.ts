/** What every redacted secret becomes. */
export const REDACTED = "<redacted>";

/** A header value with its credentials hidden: `Bearer basic//<redacted>`, `Basic <redacted>`, cookies whole. */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === "cookie" || lower === "set-cookie") return REDACTED;
  if (lower !== "authorization" && lower !== "proxy-authorization") return value;
  const [scheme, credentials = ""] = value.split(" ", 2);
  if (scheme?.toLowerCase() === "bearer") {
    const prefix = credentials.lastIndexOf("/");
    return `Bearer ${prefix >= 0 ? credentials.slice(0, prefix + 1) : ""}${REDACTED}`;
  }
  return `${scheme} ${REDACTED}`;
}

/** Headers as a plain record with credentials hidden. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = redactHeader(name, value);
  });
  return record;
}

/**
 * One `-H` argument of a curl command: a redacted Authorization value becomes a shell variable
 * (`"Authorization: Bearer basic//${OPENEO_TOKEN}"`, `${OPENEO_BASIC}` for Basic); other headers are quoted.
 */
export function curlHeader(name: string, value: string): string {
  const shown = redactHeader(name, value);
  if (!shown.includes(REDACTED)) return shellQuoted(`${name}: ${shown}`);
  const variable = shown.startsWith("Basic ") ? "OPENEO_BASIC" : "OPENEO_TOKEN";
  const label = name.toLowerCase() === "authorization" ? "Authorization" : name;
  return `"${label}: ${shown.replace(REDACTED, `\${${variable}}`)}"`;
}

/** The shell's single-quoted form of a text. */
export function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
