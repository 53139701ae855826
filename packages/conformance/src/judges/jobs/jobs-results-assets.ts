import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body, isObject, listSome } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** What is wrong with one asset of the results read from `base`. */
function assetIssues(key: string, asset: unknown, base: URL): string[] {
  if (!isObject(asset)) return [`${key} is not an object`];
  const issues: string[] = [];
  if (typeof asset.href !== "string" || !URL.canParse(asset.href, base))
    issues.push(`${key} has no href that is a URL`);
  if (typeof asset.type !== "string" || !asset.type) issues.push(`${key} has no type`);
  return issues;
}

/** Rule 869: a finished job's results have assets, each with an href and a type. */
export const jobsResultsAssets = scenarioCheck({
  id: "jobs.results.assets",
  scenario: "lifecycle",
  level: "L1B",
  rules: [869],
  needs: RESULTS,
  expectation: "there is at least one asset and every asset has an href and a type",
  verdict: (exchange: Exchange, c) => {
    c.use(exchange);
    const { assets } = body(exchange);
    if (!isObject(assets)) return fail("there is no assets object");
    const entries = Object.entries(assets);
    if (entries.length === 0) return fail("the finished job has no assets");
    const problems = entries.flatMap(([key, asset]) => assetIssues(key, asset, exchange.url));
    return problems.length > 0
      ? fail(listSome(problems), problems)
      : pass(`${entries.length} assets: ${entries.map(([key]) => key).join(", ")}`);
  },
});
