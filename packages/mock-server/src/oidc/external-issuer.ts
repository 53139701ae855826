import type { createRemoteJWKSet } from "jose";
import type { Account, UserRegistry } from "../auth/user-registry.js";
import { OpenEOError } from "../internal/openeo-error.js";
import type { Clock } from "../jobs/clock.js";
import type { ResolvedOptions } from "../options.js";
import { jose } from "./jose.js";

type Fetch = ResolvedOptions["oidc"]["fetch"];

/**
 * An identity provider the mock trusts instead of its own (`--oidc-issuer`): tokens are checked against its JWKS,
 * and against `audience` when one is configured (`--oidc-audience`).
 */
export class ExternalIssuer {
  #keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  readonly issuer: string;
  readonly #audience: string | undefined;
  readonly #fetch: Fetch;

  constructor(
    oidc: Pick<ResolvedOptions["oidc"], "fetch" | "audience"> & { issuer: string },
    private readonly clock: Clock,
    private readonly users: UserRegistry,
  ) {
    this.issuer = oidc.issuer;
    this.#audience = oidc.audience;
    this.#fetch = oidc.fetch;
  }

  /** The JWKS of the issuer, found once through its discovery document; 503 while the issuer cannot be read. */
  async #jwks(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (this.#keys) return this.#keys;
    const where = `${this.issuer}/.well-known/openid-configuration`;
    let uri: unknown;
    try {
      uri = ((await (await this.#fetch(new Request(where))).json()) as { jwks_uri?: unknown }).jwks_uri;
    } catch (error) {
      throw OpenEOError.custom(
        503,
        "ServiceUnavailable",
        `The identity provider's ${where} cannot be read.`,
        { cause: error },
      );
    }
    if (typeof uri !== "string" || !URL.canParse(uri))
      throw OpenEOError.custom(
        503,
        "ServiceUnavailable",
        `The identity provider's ${where} has no jwks_uri.`,
      );
    const fetchKeys = (url: string, init: RequestInit) =>
      Promise.resolve(this.#fetch(new Request(url, init)));
    const { createRemoteJWKSet, customFetch } = await jose.load();
    this.#keys = createRemoteJWKSet(new URL(uri), { [customFetch]: fetchKeys });
    return this.#keys;
  }

  /** The account of a token the issuer signed (issuer, audience if set, expiry on the mock's clock); else undefined. */
  async verify(token: string): Promise<Account | undefined> {
    const keys = await this.#jwks();
    const { errors, jwtVerify } = await jose.load();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.issuer,
        ...(this.#audience === undefined ? {} : { audience: this.#audience }),
        currentDate: new Date(this.clock.now()),
      });
      return typeof payload.sub === "string" && payload.sub ? this.users.adopt(payload.sub) : undefined;
    } catch (error) {
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) return undefined;
      throw OpenEOError.custom(503, "ServiceUnavailable", `The identity provider's keys cannot be read.`, {
        cause: error,
      });
    }
  }
}
