import { JobkitClientError } from "../errors.js";
import type { CallOptions, Http } from "../internal/http.js";
import { DEVICE_CODE_GRANT, type DevicePrompt, runDeviceFlow } from "./device-flow.js";
import { discoverProvider, type OidcProvider } from "./oidc-provider.js";
import { requestToken, type TokenSet } from "./token-request.js";

/** Which provider and client to use; omitted fields come from `OPENEO_AUTH_*` variables, then the back-end's defaults. */
export interface OidcClientOptions extends CallOptions {
  /** A provider id of `GET /credentials/oidc` (default `OPENEO_AUTH_PROVIDER_ID`, else the first listed). */
  providerId?: string;
  /** The client id (default `OPENEO_AUTH_CLIENT_ID`; for the device flow and refresh: the provider's default client). */
  clientId?: string;
  /** The client secret (default `OPENEO_AUTH_CLIENT_SECRET`); public clients have none. */
  clientSecret?: string;
}

export interface OidcDeviceOptions extends OidcClientOptions {
  /** Shows the verification URL and user code to the user. */
  onPrompt: (prompt: DevicePrompt) => void;
  /** PKCE (S256); default: when there is no client secret and the default client lists `device_code+pkce`. */
  usePkce?: boolean;
}

export interface OidcRefreshOptions extends OidcClientOptions {
  refreshToken: string;
}

/** The outcome of an OpenID Connect sign-in: the provider and the tokens (keep `refreshToken` to sign in later). */
export interface OidcLogin {
  providerId: string;
  accessToken: string;
  refreshToken: string | undefined;
  expiresIn: number | undefined;
}

/** A sign-in that can renew its access token (refresh token, or the client credentials again). */
export interface OidcSession {
  provider: OidcProvider;
  tokens: TokenSet;
  clientId: string;
  renew(): Promise<TokenSet>;
}

function env(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    name
  ];
  return value === "" ? undefined : value;
}

function withEnv<T extends OidcClientOptions>(options: T): T {
  return {
    ...options,
    providerId: options.providerId ?? env("OPENEO_AUTH_PROVIDER_ID"),
    clientId: options.clientId ?? env("OPENEO_AUTH_CLIENT_ID"),
    clientSecret: options.clientSecret ?? env("OPENEO_AUTH_CLIENT_SECRET"),
  };
}

function defaultClient(provider: OidcProvider, grant: string): string {
  const client = provider.defaultClients.find((c) => c.grant_types?.some((g) => g.startsWith(grant)));
  if (!client) {
    throw new JobkitClientError(
      "ProviderNotFound",
      `provider '${provider.id}' offers no default client for ${grant}; pass clientId`,
    );
  }
  return client.id;
}

function scope(provider: OidcProvider, extra: string[] = []): string {
  return [...new Set(["openid", ...provider.scopes, ...extra])].join(" ");
}

/** A session whose renewal uses the refresh token while it has one, else `fallback`. */
function session(
  http: Http,
  provider: OidcProvider,
  client: Record<string, string>,
  tokens: TokenSet,
  fallback?: () => Promise<TokenSet>,
): OidcSession {
  const current: OidcSession = {
    provider,
    tokens,
    clientId: client.client_id as string,
    async renew() {
      const refresh = current.tokens.refreshToken;
      const form = { ...client, grant_type: "refresh_token", refresh_token: refresh ?? "" };
      if (!refresh && !fallback)
        throw new JobkitClientError("AuthenticationFailed", "no refresh token to renew with");
      const next = refresh
        ? await requestToken(http, provider.tokenEndpoint, form, {})
        : await (fallback as () => Promise<TokenSet>)();
      current.tokens = { ...next, refreshToken: next.refreshToken ?? refresh };
      return current.tokens;
    },
  };
  return current;
}

function clientForm(clientId: string, clientSecret: string | undefined): Record<string, string> {
  return clientSecret ? { client_id: clientId, client_secret: clientSecret } : { client_id: clientId };
}

export async function clientCredentialsLogin(http: Http, given: OidcClientOptions): Promise<OidcSession> {
  const options = withEnv(given);
  if (!options.clientId || !options.clientSecret) {
    throw new JobkitClientError(
      "AuthenticationFailed",
      "client credentials need clientId and clientSecret (or OPENEO_AUTH_CLIENT_ID and OPENEO_AUTH_CLIENT_SECRET)",
    );
  }
  const provider = await discoverProvider(http, options.providerId, options);
  const client = clientForm(options.clientId, options.clientSecret);
  const form = { ...client, grant_type: "client_credentials", scope: scope(provider) };
  const grant = (call: CallOptions = {}) => requestToken(http, provider.tokenEndpoint, form, call);
  const tokens = await grant(options);
  return session(http, provider, client, { ...tokens, refreshToken: undefined }, grant);
}

export async function deviceLogin(http: Http, given: OidcDeviceOptions): Promise<OidcSession> {
  const options = withEnv(given);
  const provider = await discoverProvider(http, options.providerId, options);
  const clientId = options.clientId ?? defaultClient(provider, DEVICE_CODE_GRANT);
  const listed = provider.defaultClients.find((c) => c.id === clientId)?.grant_types ?? [];
  const usePkce = options.usePkce ?? (!options.clientSecret && listed.includes(`${DEVICE_CODE_GRANT}+pkce`));
  const tokens = await runDeviceFlow(http, provider, {
    clientId,
    clientSecret: options.clientSecret,
    usePkce,
    scope: scope(provider, ["offline_access"]),
    onPrompt: options.onPrompt,
    signal: options.signal,
  });
  return session(http, provider, clientForm(clientId, options.clientSecret), tokens);
}

export async function refreshLogin(http: Http, given: OidcRefreshOptions): Promise<OidcSession> {
  const options = withEnv(given);
  const provider = await discoverProvider(http, options.providerId, options);
  const clientId = options.clientId ?? defaultClient(provider, "refresh_token");
  const client = clientForm(clientId, options.clientSecret);
  const tokens = await requestToken(
    http,
    provider.tokenEndpoint,
    { ...client, grant_type: "refresh_token", refresh_token: options.refreshToken },
    options,
  );
  return session(http, provider, client, {
    ...tokens,
    refreshToken: tokens.refreshToken ?? options.refreshToken,
  });
}
