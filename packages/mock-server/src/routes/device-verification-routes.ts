import type { Context } from "hono";
import { Hono } from "hono";
import { send } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { ISSUER_PATH } from "../oidc/identity-provider.js";
import { OAuthError } from "../oidc/oauth-error.js";
import { readForm } from "./read-form.js";

/** Where the verification page posts the user's decision. */
export const VERIFY_PATH = `${ISSUER_PATH}/device/verify`;

const HTML = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(c: Context, status: number, body: string): Response {
  return send(c, `<!doctype html><title>jobkit-mock device sign-in</title>${body}`, status, HTML);
}

/**
 * The device flow's verification page (`verification_uri`): a user signs in with their name and password and
 * approves or denies a user code. With the control API, the only way a device code is approved beyond loopback.
 */
export function deviceVerificationRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();

  app.get(`${ISSUER_PATH}/device`, (c) => {
    const code = escapeHtml(c.req.query("user_code") ?? "");
    return page(
      c,
      200,
      `<form method="post" action="${VERIFY_PATH}"><label>Code <input name="user_code" value="${code}"></label>
<label>User <input name="username"></label> <label>Password <input name="password" type="password"></label>
<button name="decision" value="approve">Approve</button> <button name="decision" value="deny">Deny</button></form>`,
    );
  });

  app.post(VERIFY_PATH, async (c) => {
    const form = await readForm(c, ctx.options.maxBodyBytes);
    const account = ctx.users.byName(form.username ?? "");
    if (!account?.password || account.password !== form.password)
      throw new OAuthError("access_denied", "The user name or password is wrong; nothing was decided.");
    const decision =
      form.decision === "deny" ? { kind: "deny" as const } : { kind: "approve" as const, user: account };
    if (!ctx.idp.devices.decide(form.user_code ?? "", decision))
      throw new OAuthError(
        "invalid_grant",
        "No pending device code has this user code; it may have expired.",
      );
    const done = decision.kind === "deny" ? "denied" : `approved as ${escapeHtml(account.name)}`;
    return page(c, 200, `<p>The device is ${done}. You can close this page.</p>`);
  });

  return app;
}
