import { REDACTED } from "./redact-header.js";

/** Names of JSON members, form fields and query parameters whose values are secrets (compared lowercase). */
const SECRET_NAMES = [
  "access_token",
  "refresh_token",
  "id_token",
  "token",
  "password",
  "client_secret",
  "code_verifier",
  "signature",
  "sig",
  "x-amz-signature",
  "x-amz-credential",
  "x-amz-security-token",
  "x-goog-signature",
  "x-goog-credential",
  "api_key",
  "apikey",
] as const;
const NAMES = SECRET_NAMES.join("|");

/** `"access_token": "…"` in JSON text, also when an excerpt cut the value short. */
const JSON_MEMBER = new RegExp(`("(?:${NAMES})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)*`, "gi");
/** `?token=…`, `&X-Amz-Signature=…` in URLs and `client_secret=…` in form bodies. */
const PARAMETER = new RegExp(`((?:^|[?&;\\s"'])(?:${NAMES})=)[^&#;\\s"'<>]+`, "gim");
/** The password of a URL's user information: `https://me:secret@host/`. */
const USERINFO = /(\/\/[^/\s:@"'<>]+:)[^/\s@"'<>]+@/g;
/**
 * A bearer value of eight characters or more in free text (`Authorization: Bearer …`), keeping its openEO
 * `method/provider/` prefix (`Bearer basic//TOKEN`, a placeholder, stays).
 */
const BEARER = /(\bBearer\s+(?:[a-z]+\/[\w.-]*\/)?)(?![a-z]+\/[\w.-]*\/)[A-Za-z0-9._~+/=-]{8,}/g;

/** Whether a member, field or parameter of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return (SECRET_NAMES as readonly string[]).includes(name.toLowerCase());
}

/**
 * Text (a body, a URL, a curl line, an observation) with every secret it shows by name hidden: token, password
 * and client-secret members of JSON, form fields and query parameters (`?token=`, signed-link signatures such as
 * `X-Amz-Signature`), passwords in URLs (`//me:secret@host`) and bearer values. Idempotent: redacted text stays as it is.
 */
export function redactText(text: string): string {
  // Each pattern needs one plain character or word; most texts lack them, and includes() is far cheaper than a scan.
  let shown = text;
  if (shown.includes('"')) shown = shown.replace(JSON_MEMBER, `$1${REDACTED}`);
  if (shown.includes("=")) shown = shown.replace(PARAMETER, `$1${REDACTED}`);
  if (shown.includes("@")) shown = shown.replace(USERINFO, `$1${REDACTED}@`);
  if (shown.includes("Bearer")) shown = shown.replace(BEARER, `$1${REDACTED}`);
  return shown;
}
