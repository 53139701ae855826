import type { Random } from "../internal/random.js";
import type { Clock } from "../jobs/clock.js";
import { OAuthError } from "./oauth-error.js";

/** What a refresh token stands for. Tokens handed out by rotating one another form a family. */
export interface RefreshGrant {
  user: string;
  clientId: string;
  scope: string;
  family: number;
  expiresAt: number;
}

/**
 * The IdP's refresh tokens: each expires, is used once (rotated), and a rotated token used again revokes its whole
 * family, as RFC 9700 (OAuth 2.0 security BCP) §4.14.2 says. Expired tokens are purged as new ones come and go;
 * tokens are kept in the order they expire, so a purge touches only what it removes.
 */
export class RefreshTokens {
  #live = new Map<string, RefreshGrant>();
  /** Tokens already rotated, kept until they would have expired, to spot their reuse. */
  #rotated = new Map<string, RefreshGrant>();
  /** The live token of each family. */
  #families = new Map<number, string>();
  #nextFamily = 0;
  #random: Random;

  constructor(
    private readonly stream: () => Random,
    private readonly clock: Clock,
    private readonly lifetimeMs: number,
  ) {
    this.#random = stream();
  }

  reset(): void {
    this.#live.clear();
    this.#rotated.clear();
    this.#families.clear();
    this.#nextFamily = 0;
    this.#random = this.stream();
  }

  /** How many tokens are held (live and rotated): bounded by what was issued within one lifetime. */
  get size(): number {
    return this.#live.size + this.#rotated.size;
  }

  /** A new refresh token; in `family` when it replaces a rotated one, else in a family of its own. */
  issue(user: string, clientId: string, scope: string, family?: number): string {
    this.#purge();
    const token = this.#random.hex(40);
    const grant = { user, clientId, scope, family: family ?? this.#nextFamily++, expiresAt: this.#expiry() };
    this.#live.set(token, grant);
    this.#families.set(grant.family, token);
    return token;
  }

  /** Uses up a token of `clientId`: its grant, or `invalid_grant` (for a reused one after revoking its family). */
  redeem(token: string, clientId: string): RefreshGrant {
    this.#purge();
    const reused = this.#rotated.get(token);
    if (reused) {
      this.#revoke(reused.family);
      throw new OAuthError(
        "invalid_grant",
        "The refresh token was already used; every token of its sign-in is revoked. Sign in again.",
      );
    }
    const grant = this.#live.get(token);
    if (!grant || grant.expiresAt <= this.clock.now())
      throw new OAuthError("invalid_grant", "The refresh token is unknown, expired or revoked.");
    if (grant.clientId !== clientId) {
      throw new OAuthError(
        "invalid_grant",
        `The refresh token was issued to another client than '${clientId}'.`,
      );
    }
    this.#live.delete(token);
    this.#families.delete(grant.family);
    this.#rotated.set(token, grant);
    return grant;
  }

  #expiry(): number {
    return this.clock.now() + this.lifetimeMs;
  }

  #revoke(family: number): void {
    const live = this.#families.get(family);
    if (live !== undefined) this.#live.delete(live);
    this.#families.delete(family);
  }

  #purge(): void {
    const now = this.clock.now();
    for (const map of [this.#live, this.#rotated]) {
      for (const [token, grant] of map) {
        if (grant.expiresAt > now) break;
        map.delete(token);
        if (map === this.#live) this.#families.delete(grant.family);
      }
    }
  }
}
