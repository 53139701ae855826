import { AuthenticationError, JobkitClientError } from "../errors.js";
import type { CallOptions, Http } from "../internal/http.js";

/** What a token endpoint answers on success (the fields the client uses). */
export interface TokenSet {
  accessToken: string;
  refreshToken: string | undefined;
  /** Seconds the access token lives, when the provider says. */
  expiresIn: number | undefined;
}

interface TokenAnswer {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

/** An RFC 6749 error answer: its `error` and `error_description`. */
export interface OAuthFailure {
  status: number;
  error: string;
  description: string | undefined;
}

/** POSTs a form to an IdP endpoint without the session's token; error answers come back as {@link OAuthFailure}. */
export async function postForm<T>(
  http: Http,
  endpoint: string,
  form: Record<string, string>,
  options: CallOptions,
): Promise<{ ok: true; body: T } | ({ ok: false } & OAuthFailure)> {
  return http.send(
    endpoint,
    { ...options, method: "POST", form, readErrors: true, anonymous: true },
    async (r) => {
      const text = await r.text();
      let body: (T & TokenAnswer) | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (r.ok && body) return { ok: true, body };
      const error = typeof body?.error === "string" ? body.error : `HTTP ${r.status}`;
      const description = typeof body?.error_description === "string" ? body.error_description : undefined;
      return { ok: false, status: r.status, error, description };
    },
  );
}

/** Reads a successful token answer; `InvalidResponse` when it has no access token. */
export function tokenSet(body: TokenAnswer, endpoint: string): TokenSet {
  if (typeof body.access_token !== "string" || body.access_token === "") {
    throw new JobkitClientError("InvalidResponse", `${endpoint} answered without an access_token`);
  }
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === "string" ? body.refresh_token : undefined,
    expiresIn: typeof body.expires_in === "number" ? body.expires_in : undefined,
  };
}

/** Requests a token with one grant; an error answer raises {@link AuthenticationError}. */
export async function requestToken(
  http: Http,
  endpoint: string,
  form: Record<string, string>,
  options: CallOptions,
): Promise<TokenSet> {
  const answer = await postForm<TokenAnswer>(http, endpoint, form, options);
  if (!answer.ok) {
    throw new AuthenticationError(
      "AuthenticationFailed",
      answer.error,
      answer.description,
      `the ${form.grant_type} grant`,
    );
  }
  return tokenSet(answer.body, endpoint);
}
