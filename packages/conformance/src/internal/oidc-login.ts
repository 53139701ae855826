import type { OidcClient } from "../oidc-client.js";
import type { Exchange } from "./probe.js";
import { answered, body } from "./scenarios/answers.js";
import type { Session } from "./session.js";

/** A provider of `GET /credentials/oidc` as the kit reads it. */
export interface ListedProvider {
  id: string;
  issuer: string;
}

/** The providers of a `GET /credentials/oidc` answer that have a string id and issuer. */
export function listedProviders(exchange: Exchange): ListedProvider[] {
  const providers = body(exchange).providers;
  return (Array.isArray(providers) ? providers : []).filter(
    (p): p is ListedProvider => typeof p?.id === "string" && typeof p.issuer === "string",
  );
}

/** The discovery document of an issuer (`{issuer}/.well-known/openid-configuration`). */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/** A successful OpenID Connect sign-in: the legacy bearer value and the bare access token. */
export interface OidcSignIn {
  bearer: string;
  accessToken: string;
  providerId: string;
}

/**
 * Signs in with the client credentials grant at the back-end's provider: `GET /credentials/oidc`, the
 * issuer's discovery document, then its token endpoint. Returns a problem sentence when a step fails.
 */
export async function oidcSignIn(s: Session, client: OidcClient): Promise<OidcSignIn | string> {
  const listed = await s.api("GET", "/credentials/oidc", { auth: "none" });
  const providers = listedProviders(listed);
  const provider = client.providerId ? providers.find((p) => p.id === client.providerId) : providers[0];
  if (!provider) {
    const wanted = client.providerId ? ` '${client.providerId}'` : "";
    return `GET /credentials/oidc ${answered(listed)} and lists no provider${wanted} with an id and issuer`;
  }
  const discovery = await s.fetchUrl("GET", discoveryUrl(provider.issuer), {}, "idp");
  const endpoint = body(discovery).token_endpoint;
  if (typeof endpoint !== "string")
    return `the discovery document of ${provider.issuer} ${answered(discovery)} without a token_endpoint`;
  const granted = await s.postForm(endpoint, {
    grant_type: "client_credentials",
    client_id: client.clientId,
    client_secret: client.clientSecret,
    scope: "openid",
  });
  const token = body(granted).access_token;
  if (granted.status !== 200 || typeof token !== "string" || !token) {
    const error = body(granted).error;
    return `the client credentials grant at ${endpoint} ${answered(granted)}${typeof error === "string" ? ` (${error})` : ""}`;
  }
  return { bearer: `oidc/${provider.id}/${token}`, accessToken: token, providerId: provider.id };
}
