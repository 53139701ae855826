import type { Context, MiddlewareHandler } from "hono";
import type { MockContext } from "../internal/mock-context.js";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { ISSUER_PATH, PROVIDER_ID } from "../oidc/identity-provider.js";
import { type BearerToken, readBearerToken } from "./read-bearer-token.js";
import type { Account } from "./user-registry.js";

const HOW = "GET /credentials/basic (then Bearer basic//TOKEN) or an access token of GET /credentials/oidc";

function invalid(message: string): OpenEOError {
  return new OpenEOError("TokenInvalid", `${message} Authenticate again: ${HOW}.`);
}

/** The account of a well-formed bearer, or the 403 TokenInvalid that says why there is none. */
async function accountOf(ctx: MockContext, c: Context<MockEnv>, bearer: BearerToken): Promise<Account> {
  if (bearer.kind === "basic") {
    const account = ctx.users.byToken(bearer.token);
    if (!account) throw invalid("The basic access token is unknown or expired.");
    return account;
  }
  if (bearer.kind === "oidc" && bearer.provider !== PROVIDER_ID) {
    throw invalid(
      `Unknown OpenID Connect provider '${bearer.provider}'; GET /credentials/oidc lists '${PROVIDER_ID}'.`,
    );
  }
  if (bearer.kind === "plain" && !ctx.acceptsPlainJwt) {
    throw invalid(
      "A bearer token needs a method prefix on this API version (basic//TOKEN or oidc/PROVIDER/TOKEN).",
    );
  }
  if (bearer.kind !== "oidc" && bearer.kind !== "plain") throw invalid("The bearer token is malformed.");
  const account = await ctx.idp.tokens.verify(bearer.token, `${ctx.base(c)}${ISSUER_PATH}`);
  if (!account)
    throw invalid("The access token is expired, not signed by this back-end's provider, or malformed.");
  return account;
}

/**
 * Requires a bearer token: `basic//TOKEN`, `oidc/jobkit/JWT`, or a plain JWT where the version allows it.
 * None → 401 AuthenticationRequired; another scheme → 403 AuthenticationSchemeInvalid; a token that is
 * unknown, expired, tampered or signed by another key → 403 TokenInvalid.
 */
export function requireUser(ctx: MockContext): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const bearer = readBearerToken(c.req.header("authorization"));
    if (bearer.kind === "missing") {
      throw new OpenEOError("AuthenticationRequired", `Authenticate first: ${HOW}.`);
    }
    if (bearer.kind === "not-bearer") {
      throw new OpenEOError(
        "AuthenticationSchemeInvalid",
        "Send the token as Authorization: Bearer basic//TOKEN or Bearer oidc/jobkit/TOKEN.",
      );
    }
    if (bearer.kind === "malformed") throw invalid("The bearer token is malformed.");
    c.set("user", await accountOf(ctx, c, bearer));
    await next();
  };
}
