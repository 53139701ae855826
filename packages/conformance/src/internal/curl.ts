import type { Evidence } from "../types.js";

/** The shell's single-quoted form of a text. */
function quoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A redacted Authorization value with the secret as a shell variable: `Bearer basic//${OPENEO_TOKEN}`. */
function authorization(value: string): string {
  const variable = value.startsWith("Basic ") ? "OPENEO_BASIC" : "OPENEO_TOKEN";
  return `"Authorization: ${value.replace("<redacted>", `\${${variable}}`)}"`;
}

/**
 * A curl command that sends the request of an exchange again, with its headers and body. Credentials stay
 * redacted: the command reads them from `OPENEO_TOKEN` (the bearer value after its `method/provider/` prefix)
 * or `OPENEO_BASIC` (base64 of user:password).
 *
 * @example
 * toCurl(check.evidence[0]); // curl -i -X DELETE 'https://…/jobs/j-1' -H "Authorization: Bearer basic//${OPENEO_TOKEN}"
 */
export function toCurl(evidence: Evidence): string {
  const parts = ["curl", "-i"];
  if (evidence.method === "HEAD") parts.push("-I");
  else if (evidence.method !== "GET") parts.push("-X", evidence.method);
  parts.push(quoted(evidence.url));
  for (const [name, value] of Object.entries(evidence.requestHeaders)) {
    parts.push(
      "-H",
      name.toLowerCase() === "authorization" ? authorization(value) : quoted(`${name}: ${value}`),
    );
  }
  if (evidence.requestBody !== undefined) parts.push("--data-raw", quoted(evidence.requestBody));
  return parts.join(" ");
}
