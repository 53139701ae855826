import type { Context, MiddlewareHandler } from "hono";
import type { TokenWeakness } from "../faults/fault.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { requestHeader } from "../internal/request-header.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { ISSUER_PATH, PROVIDER_ID } from "../oidc/identity-provider.js";
import { acceptsPlainBearer } from "../routes/endpoints.js";
import { type BearerToken, readBearerToken } from "./read-bearer-token.js";
import type { Account } from "./user-registry.js";

const HOW = "GET /credentials/basic (then Bearer basic//TOKEN) or an access token of GET /credentials/oidc";

function invalid(message: string): OpenEOError {
  return new OpenEOError("TokenInvalid", `${message} Authenticate again: ${HOW}.`);
}

/** The `basic-name` weakness: a token that is the base64 of a user name stands for that user. */
function byBase64Name(ctx: MockContext, token: string): Account | undefined {
  return ctx.users.byName(Buffer.from(token, "base64").toString("utf8"));
}

/** The `token-weakness` fault that applies to this request, if any (none without faults). */
function weaknessOf(ctx: MockContext, c: Context<MockEnv>): TokenWeakness | undefined {
  if (ctx.faults.isEmpty) return undefined;
  return ctx.faults.peek("token-weakness", {
    method: c.req.method,
    path: c.req.path.slice(c.get("api").prefix.length) || "/",
    user: undefined,
    jobId: undefined,
  })?.weakness;
}

/**
 * The account of a well-formed bearer, or the 403 TokenInvalid that says why there is none. Synchronous for
 * the tokens of `GET /credentials/basic`; a JWT is verified asynchronously.
 */
function accountOf(ctx: MockContext, c: Context<MockEnv>, bearer: BearerToken): Account | Promise<Account> {
  const weakness = weaknessOf(ctx, c);
  if (bearer.kind === "basic") {
    const account =
      ctx.users.byToken(bearer.token) ??
      (weakness === "basic-name" ? byBase64Name(ctx, bearer.token) : undefined);
    if (!account) throw invalid("The basic access token is unknown or expired.");
    return account;
  }
  if (bearer.kind === "oidc" && bearer.provider !== PROVIDER_ID) {
    throw invalid(
      `Unknown OpenID Connect provider '${bearer.provider}'; GET /credentials/oidc lists '${PROVIDER_ID}'.`,
    );
  }
  if (bearer.kind === "plain" && !acceptsPlainBearer(c.get("api").version)) {
    throw invalid(
      "A bearer token needs a method prefix on this API version (basic//TOKEN or oidc/PROVIDER/TOKEN).",
    );
  }
  // openEO 1.3.0 clients send the token of GET /credentials/basic without its prefix too.
  const basic = bearer.kind === "plain" ? ctx.users.byToken(bearer.token) : undefined;
  if (basic) return basic;
  if (bearer.kind !== "oidc" && bearer.kind !== "plain") throw invalid("The bearer token is malformed.");
  return verifiedAccount(ctx, c, bearer.token, weakness);
}

async function verifiedAccount(
  ctx: MockContext,
  c: Context<MockEnv>,
  token: string,
  weakness: TokenWeakness | undefined,
): Promise<Account> {
  const account = ctx.external
    ? await ctx.external.verify(token)
    : await ctx.idp.tokens.verify(token, `${ctx.origin(c)}${ISSUER_PATH}`, weakness);
  if (!account)
    throw invalid("The access token is expired, not signed by this back-end's provider, or malformed.");
  return account;
}

/**
 * Requires a bearer token: `basic//TOKEN`, `oidc/jobkit/JWT`, or a plain token (JWT or basic) where the
 * version lists the JWT conformance class.
 * None → 401 AuthenticationRequired; another scheme → 403 AuthenticationSchemeInvalid; a token that is
 * unknown, expired, tampered or signed by another key → 403 TokenInvalid.
 */
export function requireUser(ctx: MockContext): MiddlewareHandler<MockEnv> {
  return (c, next) => {
    const bearer = readBearerToken(requestHeader(c, "authorization"));
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
    const account = accountOf(ctx, c, bearer);
    if (!(account instanceof Promise)) {
      c.set("user", account);
      return next();
    }
    return account.then((verified) => {
      c.set("user", verified);
      return next();
    });
  };
}
