import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { LOGS } from "../needs.js";
import { judgeLogEntries, NO_ENTRIES } from "./log-entries.js";

/** Rule 807: every log entry has a time. */
export const logsTime = judgedCheck({
  id: "logs.time",
  scenario: "lifecycle",
  level: "L2",
  rules: [807],
  needs: LOGS,
  expectation: "every log entry has a time",
  unjudged: NO_ENTRIES,
  judge: (exchange) =>
    judgeLogEntries(exchange, (entries) => {
      const broken = entries.filter(
        (entry) => typeof entry.time !== "string" || Number.isNaN(Date.parse(entry.time)),
      );
      return broken.length > 0
        ? breaks(`${broken.length} of ${entries.length} entries have no valid time`)
        : conforms;
    }),
});
