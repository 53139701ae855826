import type { JWTPayload, ProtectedHeaderParameters } from "jose";
import type { Account, UserRegistry } from "../auth/user-registry.js";
import type { TokenWeakness } from "../faults/fault.js";
import type { Random } from "../internal/random.js";
import type { Secrets } from "../internal/secrets.js";
import type { Clock } from "../jobs/clock.js";
import { jose } from "./jose.js";
import { RefreshTokens } from "./refresh-tokens.js";
import { signRs256 } from "./sign-rs256.js";
import { type SigningKey, signingKeyOf } from "./signing-key.js";

/** What the token endpoint answers on success. */
export interface TokenResponse {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
  id_token: string;
  refresh_token?: string;
}

/** The protected header of a JWT, or `{}` when it is not one. Needs jose loaded. */
function headerOf(token: string): ProtectedHeaderParameters {
  try {
    return jose.get().decodeProtectedHeader(token);
  } catch {
    return {};
  }
}

/**
 * The audience of the mock's access tokens. Only tokens for it are accepted: an ID token (its audience is the
 * client) or a token minted for another audience is refused.
 */
export const ACCESS_AUDIENCE = "jobkit";

/** The lifetimes of the IdP's tokens, on the mock's clock. */
export interface TokenLifetimes {
  accessMs: number;
  refreshMs: number;
}

/** Whether the token's audience is the mock's access audience (a string or a list holding it). */
function forUs(claims: JWTPayload): boolean {
  const aud = claims.aud;
  return aud === ACCESS_AUDIENCE || (Array.isArray(aud) && aud.includes(ACCESS_AUDIENCE));
}

/** How many verified access tokens are remembered; the oldest is forgotten first. */
const VERIFIED_TOKENS = 10_000;

/** Issues and verifies the IdP's RS256 access tokens and its opaque refresh tokens. */
export class TokenService {
  readonly refresh: RefreshTokens;
  /** Derived on first use (a token signed or verified, the JWKS served): it costs more than the rest of a start. */
  #signingKey: SigningKey | undefined;
  /** Signatures verified so far: only the `signature-cache` weakness reads them. */
  #verified = new Set<string>();
  /**
   * The claims of whole tokens (header, payload and signature, byte for byte) whose signature was verified: a
   * token is verified once, its claims (issuer, expiry, not-before) on every request. Any change to a token
   * makes another key, so a tampered copy is verified in full and fails.
   */
  #claims = new Map<string, JWTPayload>();
  /**
   * Whole tokens whose signature failed: a signature fails the same way on every request (whatever the clock
   * says), so a forged token sent again is refused without verifying it again.
   */
  #badSignatures = new Set<string>();
  #random: Random;

  constructor(
    private readonly secrets: Secrets,
    private readonly clock: Clock,
    private readonly users: UserRegistry,
    private readonly lifetimes: TokenLifetimes,
  ) {
    this.#random = secrets.stream("token-ids");
    this.refresh = new RefreshTokens(() => secrets.stream("refresh-tokens"), clock, lifetimes.refreshMs);
  }

  get #key(): SigningKey {
    this.#signingKey ??= signingKeyOf(this.secrets);
    return this.#signingKey;
  }

  /** The public signing key as a JWK, for the JWKS. */
  get publicJwk(): Record<string, string> {
    return this.#key.publicJwk;
  }

  reset(): void {
    this.refresh.reset();
    this.#verified.clear();
    this.#claims.clear();
    this.#badSignatures.clear();
    this.#random = this.secrets.stream("token-ids");
  }

  /**
   * Signs an access token (and an ID token) for `account`; with `refresh`, also a refresh token (in the family
   * of the one it replaces, if it is a number).
   */
  async issue(
    issuer: string,
    account: Account,
    clientId: string,
    scope: string,
    refresh: boolean | number,
  ): Promise<TokenResponse> {
    const key = this.#key;
    const iat = Math.floor(this.clock.now() / 1000);
    const exp = iat + Math.max(1, Math.round(this.lifetimes.accessMs / 1000));
    const sign = (claims: Record<string, unknown>, audience: string) =>
      signRs256({ alg: "RS256", kid: key.kid, typ: "JWT" }, key.privateKey, {
        ...claims,
        iss: issuer,
        sub: account.name,
        aud: audience,
        iat,
        exp,
        jti: this.#random.hex(16),
      });
    const accessToken = sign({ client_id: clientId, scope }, ACCESS_AUDIENCE);
    const idToken = sign({ name: account.name, preferred_username: account.name }, clientId);
    const response: TokenResponse = {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: exp - iat,
      scope,
      id_token: idToken,
    };
    if (refresh !== false) {
      const family = typeof refresh === "number" ? refresh : undefined;
      response.refresh_token = this.refresh.issue(account.name, clientId, scope, family);
    }
    return response;
  }

  /**
   * The account of an access token: signature (RS256, the IdP's key), issuer, audience ({@link ACCESS_AUDIENCE})
   * and expiry on the mock's clock are verified. `undefined` for any token that fails, including `alg: none` and tokens of other keys.
   * A `weakness` (a fault) relaxes exactly one of these checks, as a buggy back-end would.
   */
  async verify(token: string, issuer: string, weakness?: TokenWeakness): Promise<Account | undefined> {
    const { EmbeddedJWK, errors, jwtVerify } = await jose.load();
    try {
      const weak = weakness && this.#weakClaims(token, issuer, weakness);
      if (weak !== undefined) return weak === false ? undefined : this.#account(weak);
      const known = this.#claims.get(token);
      if (known && this.#claimsHold(known, issuer)) return this.#account(known.sub);
      if (this.#badSignatures.has(token)) throw new errors.JWSSignatureVerificationFailed();
      const { payload } = await jwtVerify(token, this.#key.publicKey, this.#checks(issuer));
      this.#remember(token, payload);
      return this.#account(payload.sub);
    } catch (error) {
      if (!(error instanceof errors.JOSEError)) throw error;
      if (error instanceof errors.JWSSignatureVerificationFailed) this.#rememberBad(token);
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
    return {
      issuer,
      audience: ACCESS_AUDIENCE,
      algorithms: ["RS256"],
      currentDate: new Date(this.clock.now()),
    };
  }

  #account(sub: unknown): Account | undefined {
    return typeof sub === "string" ? this.users.byName(sub) : undefined;
  }

  /** The claim checks `jwtVerify` makes with {@link TokenService.#checks}, on the mock's clock now. */
  #claimsHold(claims: JWTPayload, issuer: string): boolean {
    const now = Math.floor(this.clock.now() / 1000);
    if (claims.iss !== issuer || !forUs(claims)) return false;
    if (claims.exp !== undefined && claims.exp <= now) return false;
    return claims.nbf === undefined || claims.nbf <= now;
  }

  #remember(token: string, claims: JWTPayload): void {
    if (this.#verified.size >= VERIFIED_TOKENS) this.#verified.clear();
    this.#verified.add(token.slice(token.lastIndexOf(".") + 1));
    if (this.#claims.size >= VERIFIED_TOKENS) this.#claims.delete(this.#claims.keys().next().value as string);
    this.#claims.set(token, claims);
  }

  #rememberBad(token: string): void {
    if (this.#badSignatures.size >= VERIFIED_TOKENS) this.#badSignatures.clear();
    this.#badSignatures.add(token);
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
    let claims: JWTPayload;
    try {
      claims = jose.get().decodeJwt(token);
    } catch {
      return false;
    }
    const fresh = typeof claims.exp === "number" && claims.exp * 1000 > this.clock.now();
    return claims.iss === issuer && forUs(claims) && fresh && typeof claims.sub === "string"
      ? claims.sub
      : false;
  }
}
