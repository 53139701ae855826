import { JobkitClientError } from "../errors.js";
import type { CallOptions, Http } from "../internal/http.js";

/** A default client a back-end offers for an OpenID Connect provider (`GET /credentials/oidc`). */
export interface OidcDefaultClient {
  id: string;
  grant_types: string[];
  redirect_urls?: string[];
}

/** A provider as `GET /credentials/oidc` lists it, plus the endpoints of its discovery document. */
export interface OidcProvider {
  id: string;
  issuer: string;
  title: string;
  scopes: string[];
  defaultClients: OidcDefaultClient[];
  tokenEndpoint: string;
  deviceAuthorizationEndpoint: string | undefined;
}

interface ListedProvider {
  id?: unknown;
  issuer?: unknown;
  title?: unknown;
  scopes?: unknown;
  default_clients?: unknown;
}

/**
 * Finds a provider of `GET /credentials/oidc` (the given id, else the first) and reads its
 * `{issuer}/.well-known/openid-configuration`.
 */
export async function discoverProvider(
  http: Http,
  providerId: string | undefined,
  options: CallOptions,
): Promise<OidcProvider> {
  const listed = await http.json<{ providers?: ListedProvider[] }>("/credentials/oidc", options);
  const providers = (Array.isArray(listed?.providers) ? listed.providers : []).filter(
    (p): p is ListedProvider & { id: string; issuer: string } =>
      typeof p?.id === "string" && typeof p.issuer === "string",
  );
  const provider = providerId ? providers.find((p) => p.id === providerId) : providers[0];
  if (!provider) {
    const ids = providers.map((p) => p.id).join(", ") || "none";
    throw new JobkitClientError(
      "ProviderNotFound",
      `the back-end lists no OpenID Connect provider${providerId ? ` '${providerId}'` : ""} (it lists: ${ids})`,
    );
  }
  const issuer = provider.issuer.replace(/\/+$/, "");
  const config = await http.json<{ token_endpoint?: unknown; device_authorization_endpoint?: unknown }>(
    `${issuer}/.well-known/openid-configuration`,
    { ...options, anonymous: true },
  );
  if (typeof config?.token_endpoint !== "string") {
    throw new JobkitClientError(
      "InvalidResponse",
      `${issuer}/.well-known/openid-configuration has no token_endpoint`,
    );
  }
  const device = config.device_authorization_endpoint;
  return {
    id: provider.id,
    issuer,
    title: typeof provider.title === "string" ? provider.title : provider.id,
    scopes: Array.isArray(provider.scopes) ? provider.scopes.filter((s) => typeof s === "string") : [],
    defaultClients: Array.isArray(provider.default_clients) ? provider.default_clients : [],
    tokenEndpoint: config.token_endpoint,
    deviceAuthorizationEndpoint: typeof device === "string" ? device : undefined,
  };
}
