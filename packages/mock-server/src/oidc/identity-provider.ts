import type { Account, UserRegistry } from "../auth/user-registry.js";
import type { Secrets } from "../internal/secrets.js";
import type { Clock } from "../jobs/clock.js";
import type { ResolvedOptions } from "../options.js";
import { DeviceAuthorizations } from "./device-authorizations.js";
import { OAuthError } from "./oauth-error.js";
import { authenticateClient } from "./oidc-clients.js";
import { type TokenResponse, TokenService } from "./token-service.js";

/** The id of the mock's provider in `GET /credentials/oidc` and in `oidc/<provider>/<token>` bearers. */
export const PROVIDER_ID = "jobkit";
/** The path of the mock's issuer below its origin. */
export const ISSUER_PATH = "/oidc";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

/**
 * The grants of the token endpoint, each turning a form into an account, its scope and whether a refresh token is
 * due (a number: in the family of the refresh token it rotates).
 */
type Grant = (form: Record<string, string>) => {
  account: Account;
  clientId: string;
  scope: string;
  refresh: boolean | number;
};

/** The mock's OpenID provider: the token endpoint's grants, device codes and token verification. */
export class IdentityProvider {
  readonly tokens: TokenService;
  readonly devices: DeviceAuthorizations;
  readonly #grants: Record<string, Grant>;

  constructor(
    options: ResolvedOptions,
    secrets: Secrets,
    clock: Clock,
    private readonly users: UserRegistry,
  ) {
    const lifetimes = {
      accessMs: options.oidc.tokenLifetimeMs,
      refreshMs: options.oidc.refreshTokenLifetimeMs,
    };
    this.tokens = new TokenService(secrets, clock, users, lifetimes);
    this.devices = new DeviceAuthorizations(secrets, clock, options.oidc, () => options.users[0]?.name);
    const byName = (name: string) => users.byName(name);
    this.#grants = {
      client_credentials: (form) => {
        const client = authenticateClient(form, byName, true);
        if (client.kind !== "user")
          throw new OAuthError("invalid_client", `${client.id} has no client credentials.`);
        return { account: client.account, clientId: client.id, scope: scopeOf(form), refresh: false };
      },
      [DEVICE_CODE_GRANT]: (form) => {
        // Without PKCE a confidential client proves itself with its secret.
        const client = authenticateClient(form, byName, form.code_verifier === undefined);
        const user = this.devices.poll(required(form, "device_code"), client.id, form.code_verifier);
        return { account: this.#account(user), clientId: client.id, scope: scopeOf(form), refresh: true };
      },
      refresh_token: (form) => {
        // A confidential client proves itself with its secret; the public client has none.
        const client = authenticateClient(form, byName, true);
        const grant = this.tokens.refresh.redeem(required(form, "refresh_token"), client.id);
        return {
          account: this.#account(grant.user),
          clientId: client.id,
          scope: grant.scope,
          refresh: grant.family,
        };
      },
      password: (form) => {
        const client = authenticateClient(form, byName, false);
        const account = users.byName(required(form, "username"));
        if (!account || account.password !== form.password) {
          throw new OAuthError("invalid_grant", "The user name or password is wrong.");
        }
        return { account, clientId: client.id, scope: scopeOf(form), refresh: true };
      },
    };
  }

  reset(): void {
    this.tokens.reset();
    this.devices.reset();
  }

  /** The grant types the token endpoint supports. */
  get grantTypes(): string[] {
    return Object.keys(this.#grants);
  }

  #account(name: string): Account {
    const account = this.users.byName(name);
    if (!account) throw new OAuthError("invalid_grant", `The user '${name}' no longer exists.`);
    return account;
  }

  /** Answers a token request (the form already has the client's HTTP Basic credentials merged in). */
  async token(issuer: string, form: Record<string, string>): Promise<TokenResponse> {
    const grantType = required(form, "grant_type");
    const grant = Object.hasOwn(this.#grants, grantType) ? this.#grants[grantType] : undefined;
    if (!grant) throw new OAuthError("unsupported_grant_type", `grant_type '${grantType}' is not supported.`);
    const { account, clientId, scope, refresh } = grant(form);
    return this.tokens.issue(issuer, account, clientId, scope, refresh);
  }
}

function required(form: Record<string, string>, name: string): string {
  const value = form[name];
  if (!value) throw new OAuthError("invalid_request", `${name} is missing.`);
  return value;
}

function scopeOf(form: Record<string, string>): string {
  return form.scope?.trim() || "openid";
}
