import { authJwtLegacy } from "../../judges/auth/auth-jwt-legacy.js";
import { authJwtPlain } from "../../judges/auth/auth-jwt-plain.js";
import { authOidcDiscovery } from "../../judges/auth/auth-oidc-discovery.js";
import { authOidcProviders } from "../../judges/auth/auth-oidc-providers.js";
import { discoveryUrl, listedProviders } from "../oidc-login.js";
import type { Session } from "../session.js";
import { judgeScenario } from "./judge-scenario.js";

/** The JWT conformance class of openEO 1.3.0, whatever the version in its URL. */
const JWT_CLASS = /^https:\/\/api\.openeo\.org\/[^/]+\/authentication\/jwt$/;

/** Whether the capabilities list the JWT conformance class (openEO 1.3.0: plain `Bearer <jwt>` accepted). */
export function listsJwtClass(s: Session): boolean {
  const classes = s.capabilities.conformsTo;
  return Array.isArray(classes) && classes.some((c) => typeof c === "string" && JWT_CLASS.test(c));
}

/** `GET /credentials/oidc` answers as the contract describes; the first provider's discovery has a token endpoint. */
export async function oidcProviders(s: Session): Promise<void> {
  if (!s.runs("auth.oidc.providers", "auth.oidc.discovery")) return;
  const listed = await s.api("GET", "/credentials/oidc", { auth: "none" });
  const version = s.discovered?.apiVersion ?? s.capabilities.api_version;
  await judgeScenario(s, authOidcProviders, {
    listed,
    version: typeof version === "string" ? version : undefined,
  });
  const first = listedProviders(listed)[0];
  const discovery =
    first && URL.canParse(first.issuer)
      ? await s.fetchUrl("GET", discoveryUrl(first.issuer), {}, "idp")
      : undefined;
  await judgeScenario(s, authOidcDiscovery, { discovery, providerId: first?.id });
}

/** With the JWT conformance class, a plain JWT is accepted, and the legacy `oidc/<provider>/<jwt>` still is. */
export async function jwtBearers(s: Session): Promise<void> {
  if (!s.runs("auth.jwt.plain", "auth.jwt.legacy")) return;
  const listsJwt = listsJwtClass(s);
  const jwt = s.oidcAccessToken;
  const reason = !listsJwt
    ? "the capabilities do not list the JWT conformance class (openEO 1.3.0)"
    : !jwt
      ? "needs an OpenID Connect access token (--oidc-client-id and --oidc-client-secret)"
      : undefined;
  const plain = reason ? undefined : await s.api("GET", "/me", { auth: { header: `Bearer ${jwt}` } });
  const legacy = reason
    ? undefined
    : await s.api("GET", "/me", { auth: { header: `Bearer oidc/${s.oidcProviderId}/${jwt}` } });
  await judgeScenario(s, authJwtPlain, { exchange: plain, reason, form: "Bearer <jwt>" });
  await judgeScenario(s, authJwtLegacy, {
    exchange: legacy,
    reason,
    form: `Bearer oidc/${s.oidcProviderId}/<jwt>`,
  });
}
