const BEARER = /^Bearer\s+(.+)$/i;
/** The common exact form, checked without a regular expression. */
const FAST_PREFIX = "Bearer basic//";

/** What an `Authorization` header holds: nothing, another scheme, a malformed bearer, or a token of one of the three forms. */
export type BearerToken =
  | { kind: "missing" }
  | { kind: "not-bearer" }
  | { kind: "malformed" }
  | { kind: "basic"; token: string }
  | { kind: "oidc"; provider: string; token: string }
  | { kind: "plain"; token: string };

/**
 * Reads `Authorization: Bearer basic//TOKEN`, `Bearer oidc/PROVIDER/TOKEN` (openEO's legacy forms) or a plain
 * `Bearer TOKEN` without slashes (a JWT, accepted when the API version lists the JWT conformance class).
 */
export function readBearerToken(header: string | undefined): BearerToken {
  if (!header) return { kind: "missing" };
  const bearer = header.startsWith(FAST_PREFIX) ? header.slice(7) : BEARER.exec(header)?.[1]?.trim();
  if (!bearer) return { kind: "not-bearer" };
  const parts = bearer.split("/");
  if (parts.length === 1) return { kind: "plain", token: bearer };
  const [method, provider, token] = parts;
  if (parts.length !== 3 || !token) return { kind: "malformed" };
  if (method === "basic" && provider === "") return { kind: "basic", token };
  if (method === "oidc" && provider) return { kind: "oidc", provider, token };
  return { kind: "malformed" };
}
