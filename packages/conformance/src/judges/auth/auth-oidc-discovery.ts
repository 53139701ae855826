import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * The first provider's OpenID Connect discovery document. Not an exchange judge: the request goes to the
 * identity provider, outside the API, and which provider is first is the run's knowledge.
 */
export const authOidcDiscovery = scenarioCheck({
  id: "auth.oidc.discovery",
  scenario: "auth",
  level: "L2",
  rules: [],
  basis: "OpenID Connect Discovery 1.0: the issuer's /.well-known/openid-configuration",
  needs: ["GET /credentials/oidc"],
  expectation: "the first provider's issuer serves /.well-known/openid-configuration with a token_endpoint",
  verdict: (seen: { discovery: Exchange | undefined; providerId: string | undefined }, c) => {
    const { discovery } = seen;
    if (!discovery) return skip("no provider with an issuer URL to ask");
    c.use(discovery);
    const endpoint = body(discovery).token_endpoint;
    if (discovery.status !== 200) return fail(`${discovery.url.href} ${answered(discovery)}; expected 200`);
    return typeof endpoint === "string" && URL.canParse(endpoint)
      ? pass(`${seen.providerId}: token_endpoint ${endpoint}`)
      : fail(`the discovery document of ${seen.providerId} has no token_endpoint URL`);
  },
});
