import {
  decodeJwt,
  decodeProtectedHeader,
  EmbeddedJWK,
  errors,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from "jose";
import type { Account, UserRegistry } from "../auth/user-registry.js";
import type { TokenWeakness } from "../faults/fault.js";
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

/** The protected header of a JWT, or `{}` when it is not one. */
function headerOf(token: string): ReturnType<typeof decodeProtectedHeader> {
  try {
    return decodeProtectedHeader(token);
  } catch {
    return {};
  }
}

/** Mixed into the seed so refresh tokens and token ids draw from their own stream. */
const OIDC_STREAM = 0x0dc0ffee;

/** How many verified access tokens are remembered; the oldest is forgotten first. */
const VERIFIED_TOKENS = 10_000;

/** Issues and verifies the IdP's RS256 access tokens and its opaque refresh tokens. */
export class TokenService {
  #refresh = new Map<string, { user: string; clientId: string; scope: string }>();
  /** Signatures verified so far: only the `signature-cache` weakness reads them. */
  #verified = new Set<string>();
  /**
   * The claims of whole tokens (header, payload and signature, byte for byte) whose signature was verified: a
   * token is verified once, its claims (issuer, expiry, not-before) on every request. Any change to a token
   * makes another key, so a tampered copy is verified in full and fails.
   */
  #claims = new Map<string, JWTPayload>();
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
    this.#verified.clear();
    this.#claims.clear();
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
   * A `weakness` (a fault) relaxes exactly one of these checks, as a buggy back-end would.
   */
  async verify(token: string, issuer: string, weakness?: TokenWeakness): Promise<Account | undefined> {
    try {
      const weak = weakness && this.#weakClaims(token, issuer, weakness);
      if (weak !== undefined) return weak === false ? undefined : this.#account(weak);
      const known = this.#claims.get(token);
      if (known && this.#claimsHold(known, issuer)) return this.#account(known.sub);
      const { payload } = await jwtVerify(token, seededSigningKey(this.seed).publicKey, this.#checks(issuer));
      this.#remember(token, payload);
      return this.#account(payload.sub);
    } catch (error) {
      if (!(error instanceof errors.JOSEError)) throw error;
      if (weakness === "no-expiry" && error instanceof errors.JWTExpired)
        return this.#account(error.payload.sub);
      if (weakness === "embedded-jwk" && headerOf(token).jwk) {
        return this.#account(
          (await jwtVerify(token, EmbeddedJWK, this.#checks(issuer)).catch(() => undefined))?.payload.sub,
        );
      }
      return undefined;
    }
  }

  #checks(issuer: string) {
    return { issuer, algorithms: ["RS256"], currentDate: new Date(this.clock.now()) };
  }

  #account(sub: unknown): Account | undefined {
    return typeof sub === "string" ? this.users.byName(sub) : undefined;
  }

  /** The claim checks `jwtVerify` makes with {@link TokenService.#checks}, on the mock's clock now. */
  #claimsHold(claims: JWTPayload, issuer: string): boolean {
    const now = Math.floor(this.clock.now() / 1000);
    if (claims.iss !== issuer) return false;
    if (claims.exp !== undefined && claims.exp <= now) return false;
    return claims.nbf === undefined || claims.nbf <= now;
  }

  #remember(token: string, claims: JWTPayload): void {
    if (this.#verified.size >= VERIFIED_TOKENS) this.#verified.clear();
    this.#verified.add(token.slice(token.lastIndexOf(".") + 1));
    if (this.#claims.size >= VERIFIED_TOKENS) this.#claims.delete(this.#claims.keys().next().value as string);
    this.#claims.set(token, claims);
  }

  /**
   * The subject under the weaknesses that skip the signature: `alg-none` takes an unsigned token, and
   * `signature-cache` a token whose signature was verified before (both still check issuer and expiry).
   * `undefined` when the weakness does not apply, `false` when it applies and the claims fail.
   */
  #weakClaims(token: string, issuer: string, weakness: TokenWeakness): string | false | undefined {
    const signature = token.slice(token.lastIndexOf(".") + 1);
    const unsigned = weakness === "alg-none" && headerOf(token).alg === "none";
    const cached = weakness === "signature-cache" && this.#verified.has(signature);
    if (!unsigned && !cached) return undefined;
    let claims: ReturnType<typeof decodeJwt>;
    try {
      claims = decodeJwt(token);
    } catch {
      return false;
    }
    const fresh = typeof claims.exp === "number" && claims.exp * 1000 > this.clock.now();
    return claims.iss === issuer && fresh && typeof claims.sub === "string" ? claims.sub : false;
  }
}
