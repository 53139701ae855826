import type { MiddlewareHandler } from "hono";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { readBearerToken } from "./read-bearer-token.js";
import type { UserRegistry } from "./user-registry.js";

/**
 * Requires `Authorization: Bearer basic//TOKEN`, or on openEO 1.3.0 the same token sent plain
 * (`Bearer TOKEN`). None → 401 AuthenticationRequired; another scheme or an unknown token → 403 TokenInvalid /
 * AuthenticationSchemeInvalid.
 */
export function requireUser(users: UserRegistry): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const bearer = readBearerToken(c.req.header("authorization"));
    if (bearer.kind === "missing") {
      throw new OpenEOError(
        "AuthenticationRequired",
        "Authenticate first: GET /credentials/basic, then send Authorization: Bearer basic//TOKEN.",
      );
    }
    if (bearer.kind === "not-bearer") {
      throw new OpenEOError(
        "AuthenticationSchemeInvalid",
        "Send the token as Authorization: Bearer basic//TOKEN.",
      );
    }
    if (bearer.kind === "malformed" || (bearer.kind === "plain" && c.get("api").version !== "1.3.0")) {
      throw new OpenEOError(
        "TokenInvalid",
        "The bearer token must look like basic//TOKEN; get one from GET /credentials/basic.",
      );
    }
    const account = users.byToken(bearer.token);
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
