import { errors, jwtVerify, SignJWT } from "jose";
import type { Account, UserRegistry } from "../auth/user-registry.js";
import { createRandom, type Random } from "../internal/random.js";
import type { Clock } from "../jobs/clock.js";
import { OAuthError } from "./oauth-error.js";
import { seededSigningKey } from "./seeded-signing-key.js";

/** What the token endpoint answers on success. */
export interface TokenResponse {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
  id_token: string;
  refresh_token?: string;
}

/** Mixed into the seed so refresh tokens and token ids draw from their own stream. */
const OIDC_STREAM = 0x0dc0ffee;

/** Issues and verifies the IdP's RS256 access tokens and its opaque refresh tokens. */
export class TokenService {
  #refresh = new Map<string, { user: string; clientId: string; scope: string }>();
  #random: Random;

  constructor(
    private readonly seed: number,
    private readonly clock: Clock,
    private readonly users: UserRegistry,
    private readonly lifetimeMs: number,
  ) {
    this.#random = createRandom(seed ^ OIDC_STREAM);
  }

  /** The public key of this seed as a JWK, for the JWKS. */
  get publicJwk(): Record<string, string> {
    return seededSigningKey(this.seed).publicJwk;
  }

  reset(): void {
    this.#refresh.clear();
    this.#random = createRandom(this.seed ^ OIDC_STREAM);
  }

  /** Signs an access token (and an ID token) for `account`; with `refresh`, also a refresh token. */
  async issue(
    issuer: string,
    account: Account,
    clientId: string,
    scope: string,
    refresh: boolean,
  ): Promise<TokenResponse> {
    const key = seededSigningKey(this.seed);
    const iat = Math.floor(this.clock.now() / 1000);
    const exp = iat + Math.max(1, Math.round(this.lifetimeMs / 1000));
    const sign = (claims: Record<string, unknown>, audience: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
        .setIssuer(issuer)
        .setSubject(account.name)
        .setAudience(audience)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .setJti(this.#random.hex(16))
        .sign(key.privateKey);
    const response: TokenResponse = {
      access_token: await sign({ client_id: clientId, scope }, "jobkit"),
      token_type: "Bearer",
      expires_in: exp - iat,
      scope,
      id_token: await sign({ name: account.name, preferred_username: account.name }, clientId),
    };
    if (refresh) {
      const token = this.#random.hex(40);
      this.#refresh.set(token, { user: account.name, clientId, scope });
      response.refresh_token = token;
    }
    return response;
  }

  /** The account and scope a refresh token was issued for; `invalid_grant` when unknown or of another client. */
  redeemRefresh(token: string, clientId: string): { account: Account; scope: string } {
    const grant = this.#refresh.get(token);
    const account = grant && this.users.byName(grant.user);
    if (!grant || !account) throw new OAuthError("invalid_grant", "The refresh token is unknown or revoked.");
    if (grant.clientId !== clientId) {
      throw new OAuthError(
        "invalid_grant",
        `The refresh token was issued to another client than '${clientId}'.`,
      );
    }
    return { account, scope: grant.scope };
  }

  /**
   * The account of an access token: signature (RS256, this seed's key), issuer and expiry on the mock's clock
   * are verified. `undefined` for any token that fails, including `alg: none` and tokens of other keys.
   */
  async verify(token: string, issuer: string): Promise<Account | undefined> {
    try {
      const { payload } = await jwtVerify(token, seededSigningKey(this.seed).publicKey, {
        issuer,
        algorithms: ["RS256"],
        currentDate: new Date(this.clock.now()),
      });
      return typeof payload.sub === "string" ? this.users.byName(payload.sub) : undefined;
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }
}
