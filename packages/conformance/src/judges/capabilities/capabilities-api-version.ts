import { JUDGED_VERSIONS } from "../../internal/find-api.js";
import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * Rule 33. Not an exchange judge: the version the well-known document names for the API's URL is what the run's
 * discovery found (`announced`), not part of the capabilities exchange.
 */
export const capabilitiesApiVersion = scenarioCheck({
  id: "capabilities.api-version",
  scenario: "discovery",
  level: "L1",
  rules: [33],
  needs: [],
  expectation:
    "api_version is an openEO 1.x version the kit judges (1.1.0, 1.2.0, 1.3.0) and the one the well-known document names for this URL",
  verdict: (seen: { capabilities: Exchange; announced: string | undefined }, c) => {
    const version = body(c.use(seen.capabilities)).api_version;
    if (typeof version !== "string" || !JUDGED_VERSIONS.includes(version))
      return fail(`api_version is ${JSON.stringify(version)}, not one of ${JUDGED_VERSIONS.join(", ")}`);
    return seen.announced && seen.announced !== version
      ? fail(`api_version is ${version}, but /.well-known/openeo lists this URL as ${seen.announced}`)
      : pass(`api_version ${version}`);
  },
});
