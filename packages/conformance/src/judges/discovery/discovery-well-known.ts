import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body, isObject } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Whether a versions entry has an api_version and an absolute url. */
function isVersion(version: unknown): boolean {
  return (
    isObject(version) &&
    typeof version.api_version === "string" &&
    typeof version.url === "string" &&
    URL.canParse(version.url)
  );
}

/**
 * Rule 21: the well-known document the run found the API with (or the first above the API root, else the
 * origin's answer). Not an exchange judge: which answer is the document the API is found with is the run's search.
 */
export const discoveryWellKnown = scenarioCheck({
  id: "discovery.well-known",
  scenario: "discovery",
  level: "L1",
  rules: [21],
  needs: [],
  expectation:
    "GET /.well-known/openeo (at the origin, or under a path above the API root) answers 200 without auth; every version has url and api_version",
  verdict: (wellKnown: Exchange, c) => {
    c.use(wellKnown);
    if (wellKnown.status !== 200) return fail(`GET /.well-known/openeo ${answered(wellKnown)}`);
    const versions = body(wellKnown).versions;
    if (!Array.isArray(versions) || versions.length === 0)
      return fail("there is no non-empty versions array");
    const broken = versions.filter((version) => !isVersion(version));
    if (broken.length > 0) {
      return fail(
        `${broken.length} of ${versions.length} versions lack an absolute url or an api_version: ${JSON.stringify(broken[0])}`,
      );
    }
    return pass(
      `${versions.length} version(s): ${versions.map((version) => (version as { api_version: string }).api_version).join(", ")}`,
    );
  },
});
