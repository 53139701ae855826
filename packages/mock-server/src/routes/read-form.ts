import type { Context } from "hono";
import { readBodyBytes } from "../internal/read-json-body.js";
import type { MockEnv } from "../mock-env.js";
import { OAuthError } from "../oidc/oauth-error.js";

/** A form-encoded body as a prototype-free record; HTTP Basic client credentials become client_id/client_secret. */
export async function readForm(c: Context<MockEnv>, maxBytes: number): Promise<Record<string, string>> {
  const form: Record<string, string> = Object.create(null);
  const text = new TextDecoder().decode(await readBodyBytes(c, maxBytes));
  for (const [name, value] of new URLSearchParams(text)) form[name] = value;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new OAuthError("invalid_client", "HTTP Basic client credentials need id:secret.");
    form.client_id = formDecoded(decoded.slice(0, colon));
    form.client_secret = formDecoded(decoded.slice(colon + 1));
  }
  return form;
}

/** A form-urlencoded part of HTTP Basic client credentials (RFC 6749 §2.3.1); a broken %-escape is 400 invalid_request. */
function formDecoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new OAuthError(
      "invalid_request",
      "The HTTP Basic client credentials are not form-urlencoded (a broken %-escape); encode client_id and client_secret.",
    );
  }
}
