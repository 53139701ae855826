/** OpenID Connect client credentials (client credentials grant) of one user. */
export interface OidcClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** A provider id of `GET /credentials/oidc`; default: the first listed. */
  readonly providerId?: string;
}
