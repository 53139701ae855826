import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { judgeEntries } from "./judge-entries.js";

/** Rule 807: every log entry has a time. */
export const logsTime = scenarioCheck({
  id: "logs.time",
  scenario: "lifecycle",
  level: "L2",
  rules: [807],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "GET /jobs/{}/logs"],
  expectation: "every log entry has a time",
  verdict: (page: Exchange, c) =>
    judgeEntries(page, c, (entries) => {
      const broken = entries.filter(
        (entry) => typeof entry.time !== "string" || Number.isNaN(Date.parse(entry.time)),
      );
      return broken.length > 0
        ? fail(`${broken.length} of ${entries.length} entries have no valid time`)
        : pass("every entry has a time");
    }),
});
