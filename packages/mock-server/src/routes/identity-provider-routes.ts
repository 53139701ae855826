import type { Context } from "hono";
import { Hono } from "hono";
import { json } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { ISSUER_PATH } from "../oidc/identity-provider.js";
import { OAuthError } from "../oidc/oauth-error.js";
import { authenticateClient } from "../oidc/oidc-clients.js";
import { readForm } from "./read-form.js";

/** The mock's OpenID provider below `/oidc` at the origin: discovery, JWKS, token, device, userinfo. */
export function identityProviderRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const issuer = (c: Context) => `${ctx.origin(c)}${ISSUER_PATH}`;
  const noStore = { "cache-control": "no-store" };

  app.get(`${ISSUER_PATH}/.well-known/openid-configuration`, (c) => {
    const base = issuer(c);
    return json(c, {
      issuer: base,
      token_endpoint: `${base}/token`,
      device_authorization_endpoint: `${base}/device`,
      userinfo_endpoint: `${base}/userinfo`,
      jwks_uri: `${base}/jwks`,
      scopes_supported: ["openid", "profile", "offline_access"],
      response_types_supported: ["none"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      grant_types_supported: ctx.idp.grantTypes,
      token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic", "none"],
      code_challenge_methods_supported: ["S256"],
    });
  });

  app.get(`${ISSUER_PATH}/jwks`, (c) => json(c, { keys: [ctx.idp.tokens.publicJwk] }));

  app.post(`${ISSUER_PATH}/token`, async (c) => {
    const form = await readForm(c, ctx.options.maxBodyBytes);
    return json(c, await ctx.idp.token(issuer(c), form), 200, noStore);
  });

  app.post(`${ISSUER_PATH}/device`, async (c) => {
    const form = await readForm(c, ctx.options.maxBodyBytes);
    const challenge = form.code_challenge;
    if (challenge !== undefined && form.code_challenge_method !== "S256") {
      throw new OAuthError("invalid_request", "code_challenge_method must be S256.");
    }
    const client = authenticateClient(form, (name) => ctx.users.byName(name), challenge === undefined);
    const grant = ctx.idp.devices.start(client.id, form.scope?.trim() || "openid", challenge);
    const verification = `${issuer(c)}/device`;
    return json(
      c,
      {
        device_code: grant.deviceCode,
        user_code: grant.userCode,
        verification_uri: verification,
        verification_uri_complete: `${verification}?user_code=${grant.userCode}`,
        expires_in: Math.round((grant.expiresAt - grant.createdAt) / 1000),
        interval: ctx.options.oidc.pollIntervalS,
      },
      200,
      noStore,
    );
  });

  const userinfo = async (c: Context<MockEnv>) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
    const account = token && (await ctx.idp.tokens.verify(token, issuer(c)));
    if (!account) {
      const error = new OAuthError(
        "invalid_token",
        "Send a valid access token as Authorization: Bearer TOKEN.",
      );
      return json(c, error.body, 401, { "www-authenticate": 'Bearer error="invalid_token"' });
    }
    return json(c, { sub: account.name, name: account.name, preferred_username: account.name });
  };
  app.get(`${ISSUER_PATH}/userinfo`, userinfo);
  app.post(`${ISSUER_PATH}/userinfo`, userinfo);

  return app;
}
