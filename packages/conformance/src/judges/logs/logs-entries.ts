import { LOG_LEVELS } from "@jobkit/spec/facts";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { LOGS } from "../needs.js";
import { judgeLogEntries, NO_ENTRIES } from "./log-entries.js";

const LEVELS = new Set<string>(LOG_LEVELS);

/** Rule 806: every log entry has a string id, a known level and a message. */
export const logsEntries = judgedCheck({
  id: "logs.entries",
  scenario: "lifecycle",
  level: "L2",
  rules: [806],
  needs: LOGS,
  expectation: "every log entry has a string id, a known level and a message",
  unjudged: NO_ENTRIES,
  judge: (exchange) =>
    judgeLogEntries(exchange, (entries) => {
      const broken = entries.filter(
        (entry) =>
          typeof entry.id !== "string" ||
          !entry.id ||
          !LEVELS.has(String(entry.level)) ||
          typeof entry.message !== "string",
      );
      return broken.length > 0
        ? breaks(
            `${broken.length} entries lack a string id, a known level or a message: ${JSON.stringify(broken[0]).slice(0, 200)}`,
          )
        : conforms;
    }),
});
