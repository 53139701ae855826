import type { MiddlewareHandler } from "hono";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { UserRegistry } from "./user-registry.js";

const BEARER = /^Bearer\s+(.+)$/i;
/** The common exact form, checked without a regular expression. */
const FAST_PREFIX = "Bearer basic//";

/**
 * Requires `Authorization: Bearer basic//TOKEN`. None → 401 AuthenticationRequired;
 * another scheme or an unknown token → 403 TokenInvalid / AuthenticationSchemeInvalid.
 */
export function requireUser(users: UserRegistry): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header) {
      throw new OpenEOError(
        "AuthenticationRequired",
        "Authenticate first: GET /credentials/basic, then send Authorization: Bearer basic//TOKEN.",
      );
    }
    const bearer = header.startsWith(FAST_PREFIX) ? header.slice(7) : BEARER.exec(header)?.[1]?.trim();
    if (!bearer) {
      throw new OpenEOError(
        "AuthenticationSchemeInvalid",
        "Send the token as Authorization: Bearer basic//TOKEN.",
      );
    }
    const parts = bearer.split("/");
    const token = parts[2];
    if (parts[0] !== "basic" || parts.length !== 3 || !token) {
      throw new OpenEOError(
        "TokenInvalid",
        "The bearer token must look like basic//TOKEN; get one from GET /credentials/basic.",
      );
    }
    const account = users.byToken(token);
    if (!account) {
      throw new OpenEOError(
        "TokenInvalid",
        "The access token is unknown or expired; get a new one from GET /credentials/basic.",
      );
    }
    c.set("user", account);
    await next();
  };
}
