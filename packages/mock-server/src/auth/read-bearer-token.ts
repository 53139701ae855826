const BEARER = /^Bearer\s+(.+)$/i;
/** The common exact form, checked without a regular expression. */
const FAST_PREFIX = "Bearer basic//";

/** What an `Authorization` header holds: nothing, another scheme, a malformed bearer, or a basic token. */
export type BearerToken =
  | { kind: "missing" }
  | { kind: "not-bearer" }
  | { kind: "malformed" }
  | { kind: "basic"; token: string };

/** Reads `Authorization: Bearer basic//TOKEN`, the one token form the mock issues. */
export function readBearerToken(header: string | undefined): BearerToken {
  if (!header) return { kind: "missing" };
  const bearer = header.startsWith(FAST_PREFIX) ? header.slice(7) : BEARER.exec(header)?.[1]?.trim();
  if (!bearer) return { kind: "not-bearer" };
  const parts = bearer.split("/");
  const token = parts[2];
  if (parts[0] !== "basic" || parts.length !== 3 || !token) return { kind: "malformed" };
  return { kind: "basic", token };
}
