const BEARER = /^Bearer\s+(.+)$/i;
/** The common exact form, checked without a regular expression. */
const FAST_PREFIX = "Bearer basic//";

/**
 * What an `Authorization` header holds: nothing, another scheme, a malformed bearer, a legacy basic token
 * (`basic//TOKEN`), or a plain token without the openEO prefix (openEO 1.3.0: a JWT, or the basic token as
 * @openeo/js-client sends it when the JWT conformance class is listed).
 */
export type BearerToken =
  | { kind: "missing" }
  | { kind: "not-bearer" }
  | { kind: "malformed" }
  | { kind: "basic"; token: string }
  | { kind: "plain"; token: string };

/** Reads `Authorization: Bearer basic//TOKEN` or `Authorization: Bearer TOKEN`; the one place bearer tokens are parsed. */
export function readBearerToken(header: string | undefined): BearerToken {
  if (!header) return { kind: "missing" };
  const bearer = header.startsWith(FAST_PREFIX) ? header.slice(7) : BEARER.exec(header)?.[1]?.trim();
  if (!bearer) return { kind: "not-bearer" };
  if (!bearer.includes("/")) return { kind: "plain", token: bearer };
  const parts = bearer.split("/");
  const token = parts[2];
  if (parts[0] !== "basic" || parts.length !== 3 || !token) return { kind: "malformed" };
  return { kind: "basic", token };
}
