import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import { breaks, conforms, type JudgedCheck, judgedCheck } from "../judged-check.js";
import { templateOf } from "../observed.js";

/** What the catalogue needs before jobkit's extras on assets can be judged. */
const RESULTS = ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "GET /jobs/{}/results"];

/** The assets of a results document that are objects, with their keys. */
function assetEntries(metadata: unknown): [string, JsonObject][] {
  const assets = isObject(metadata) && isObject(metadata.assets) ? metadata.assets : {};
  return Object.entries(assets).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
}

/**
 * One of jobkit's extra promises on the assets of results documents, judged on every successful
 * `GET /jobs/{id}/results`: `broken` says what an asset breaks of it (undefined when it keeps it).
 */
export function assetRuleCheck<const Id extends string>(rule: {
  readonly id: Id;
  readonly expectation: string;
  readonly broken: (key: string, asset: JsonObject) => string | undefined;
}): JudgedCheck<Id> {
  return judgedCheck({
    source: "jobkit",
    level: "L2",
    rules: [],
    id: rule.id,
    scenario: "lifecycle",
    needs: RESULTS,
    expectation: rule.expectation,
    unjudged: "no GET /jobs/{id}/results answered 200",
    judge: (exchange) => {
      if (exchange.method !== "GET" || templateOf(exchange) !== "/jobs/{job_id}/results") return undefined;
      if (exchange.status !== 200) return undefined;
      const problems = assetEntries(exchange.json).flatMap(([key, asset]) => rule.broken(key, asset) ?? []);
      return problems.length > 0 ? breaks(problems.join("; ")) : conforms;
    },
  });
}
