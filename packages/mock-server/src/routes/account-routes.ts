import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { json } from "../internal/respond.js";
import { DEFAULT_PLAN } from "../jobs/job-view.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { oidcProviders } from "./oidc-providers.js";

function decodeBasic(header: string | undefined): { name: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** `GET /credentials/basic` (HTTP Basic → token), `GET /credentials/oidc` (the OpenID providers) and `GET /me`. */
export function accountRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();

  app.get("/credentials/basic", (c) => {
    const header = c.req.header("authorization");
    if (!header) {
      throw new OpenEOError(
        "AuthenticationRequired",
        "Send HTTP Basic credentials (Authorization: Basic base64(user:password)).",
      );
    }
    const credentials = decodeBasic(header);
    if (!credentials) {
      throw new OpenEOError(
        "AuthenticationSchemeInvalid",
        "Only HTTP Basic is accepted here: Authorization: Basic base64(user:password).",
      );
    }
    const token = ctx.users.login(credentials.name, credentials.password);
    if (!token) throw new OpenEOError("CredentialsInvalid", "The user name or password is wrong.");
    return json(c, { access_token: token } satisfies Schema<"access_token">);
  });

  app.get("/credentials/oidc", (c) => json(c, oidcProviders(ctx, ctx.origin(c), c.get("api").version)));

  app.get("/me", requireUser(ctx), (c) => {
    const user = c.get("user");
    return json(c, {
      user_id: user.name,
      name: user.name,
      budget: user.credit,
      default_plan: DEFAULT_PLAN,
      links: [{ rel: "related", href: `${ctx.base(c)}/jobs`, title: "Batch jobs", type: "application/json" }],
    } satisfies Schema<"user">);
  });

  return app;
}
