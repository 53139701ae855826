/** The RFC 6749 / RFC 8628 error codes the mock's identity provider answers with. */
export type OAuthErrorCode =
  | "invalid_request"
  | "invalid_client"
  | "invalid_grant"
  | "invalid_token"
  | "unsupported_grant_type"
  | "authorization_pending"
  | "slow_down"
  | "expired_token"
  | "access_denied"
  | "temporarily_unavailable";

/** An error of the identity provider, rendered as `{error, error_description}` (not as an openEO error). */
// biome-ignore lint/plugin: an HTTP answer in OAuth's own format (RFC 6749), never thrown to a caller
export class OAuthError extends Error {
  override readonly name = "OAuthError";
  readonly status: 400 | 401 | 503;

  constructor(
    readonly error: OAuthErrorCode,
    description: string,
  ) {
    super(description);
    this.status =
      error === "invalid_client" || error === "invalid_token"
        ? 401
        : error === "temporarily_unavailable"
          ? 503
          : 400;
  }

  get body(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.error, error_description: this.message };
  }
}
