import type { MiddlewareHandler } from "hono";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { UserRegistry } from "./user-registry.js";

const BEARER = /^Bearer\s+(.+)$/i;

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
    const bearer = BEARER.exec(header)?.[1]?.trim();
    if (!bearer) {
      throw new OpenEOError(
        "AuthenticationSchemeInvalid",
        "Send the token as Authorization: Bearer basic//TOKEN.",
      );
    }
    const [method, , token] = bearer.split("/");
    if (method !== "basic" || bearer.split("/").length !== 3 || !token) {
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
