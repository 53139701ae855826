import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, listSome } from "../../internal/scenarios/answers.js";
import { contractFor } from "../../proxy/contract.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * Rule 110: the OpenID Connect providers, by the contract of the API version the run found (`version`). Kept a
 * scenario check so that its observation names the providers, which a shared judge's verdict does not.
 */
export const authOidcProviders = scenarioCheck({
  id: "auth.oidc.providers",
  scenario: "auth",
  level: "L2",
  rules: [110],
  needs: ["GET /credentials/oidc"],
  expectation:
    "GET /credentials/oidc answers 200 with providers as the contract of the API version describes them (id, issuer URL, title)",
  verdict: (seen: { listed: Exchange; version: string | undefined }, c) => {
    const listed = c.use(seen.listed);
    if (listed.status !== 200) return fail(`GET /credentials/oidc ${answered(listed)}; expected 200`);
    if (!listed.isJson) return fail("the body is not JSON");
    const contract = contractFor(seen.version);
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
  },
});
