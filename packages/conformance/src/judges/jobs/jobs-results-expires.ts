import { resultProperty } from "../../internal/scenarios/results.js";
import { breaks, conformsAs, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import type { Observed } from "../observed.js";
import { judgeResultsDocument, NO_RESULTS } from "./results-document.js";

/**
 * The target's time when it answered, as the exchange tells it: the target's own clock when the run drives it,
 * else the answer's Date header, else when the answer was observed; `said` names it for an observation.
 */
function answeredAt(answer: Observed): { at: number; said: string } {
  const date = Date.parse(answer.responseHeaders.get("date") ?? "");
  const at = answer.targetTime ?? (Number.isNaN(date) ? answer.observedAt : date);
  const iso = new Date(at).toISOString();
  const known = answer.targetTime !== undefined || !Number.isNaN(date);
  return { at, said: known ? `server time ${iso}` : `observed at ${iso}; the answer has no Date header` };
}

/** Rule 872: the results say when their links expire, in the future. */
export const jobsResultsExpires = judgedCheck({
  id: "jobs.results.expires",
  scenario: "lifecycle",
  level: "L1B",
  rules: [872],
  needs: RESULTS,
  expectation: "the results say when their links expire (`expires`, a date-time in the future)",
  unjudged: NO_RESULTS,
  judge: (exchange) =>
    judgeResultsDocument(exchange, (metadata, answer) => {
      const expires = resultProperty(metadata, "expires");
      if (typeof expires !== "string") return breaks("no expires");
      const expiresAt = Date.parse(expires);
      if (Number.isNaN(expiresAt)) return breaks(`expires ${JSON.stringify(expires)} is not a date-time`);
      const now = answeredAt(answer);
      return expiresAt > now.at
        ? conformsAs(`expires ${expires}`)
        : breaks(`expires ${expires} is already past (${now.said})`);
    }),
});
