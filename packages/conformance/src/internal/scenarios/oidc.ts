import { contractFor } from "../../proxy/contract.js";
import { discoveryUrl, listedProviders } from "../oidc-login.js";
import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, body, listSome } from "./answers.js";

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
  await s.check("auth.oidc.providers", (c) => {
    c.use(listed);
    if (listed.status !== 200) return fail(`GET /credentials/oidc ${answered(listed)}; expected 200`);
    if (!listed.isJson) return fail("the body is not JSON");
    const version = s.discovered?.apiVersion ?? s.capabilities.api_version;
    const contract = contractFor(typeof version === "string" ? version : undefined);
    const problems = contract.validator.validateResponse({
      method: "GET",
      path: "/credentials/oidc",
      status: listed.status,
      headers: listed.headers,
      body: listed.json,
    });
    if (problems.length > 0)
      return fail(
        `the providers break the ${contract.judgedAs} contract: ${listSome(problems, 3)}`,
        problems,
      );
    const ids = (body(listed).providers as { id: string }[]).map((provider) => provider.id);
    return pass(`${ids.length} provider(s): ${ids.join(", ")}`);
  });
  const first = listedProviders(listed)[0];
  const discovery =
    first && URL.canParse(first.issuer)
      ? await s.fetchUrl("GET", discoveryUrl(first.issuer), {}, "idp")
      : undefined;
  await s.check("auth.oidc.discovery", (c) => {
    if (!discovery) return skip("no provider with an issuer URL to ask");
    c.use(discovery);
    const endpoint = body(discovery).token_endpoint;
    if (discovery.status !== 200) return fail(`${discovery.url.href} ${answered(discovery)}; expected 200`);
    return typeof endpoint === "string" && URL.canParse(endpoint)
      ? pass(`${first?.id}: token_endpoint ${endpoint}`)
      : fail(`the discovery document of ${first?.id} has no token_endpoint URL`);
  });
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
  for (const [id, exchange, form] of [
    ["auth.jwt.plain", plain, "Bearer <jwt>"],
    ["auth.jwt.legacy", legacy, `Bearer oidc/${s.oidcProviderId}/<jwt>`],
  ] as const) {
    await s.check(id, (c) => {
      if (reason || !exchange) return skip(reason ?? "not asked");
      c.use(exchange);
      return exchange.status === 200
        ? pass(`GET /me with ${form} answered 200`)
        : fail(`GET /me with ${form} ${answered(exchange)}; expected 200`);
    });
  }
}
