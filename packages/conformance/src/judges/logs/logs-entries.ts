import { LOG_LEVELS } from "@jobkit/spec/facts";
import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { judgeEntries } from "./judge-entries.js";

const LEVELS = new Set<string>(LOG_LEVELS);

/** Rule 806: every log entry has a string id, a known level and a message. */
export const logsEntries = scenarioCheck({
  id: "logs.entries",
  scenario: "lifecycle",
  level: "L2",
  rules: [806],
  needs: ["POST /jobs", "GET /jobs/{}", "POST /jobs/{}/results", "GET /jobs/{}/logs"],
  expectation: "every log entry has a string id, a known level and a message",
  verdict: (page: Exchange, c) =>
    judgeEntries(page, c, (entries) => {
      const broken = entries.filter(
        (entry) =>
          typeof entry.id !== "string" ||
          !entry.id ||
          !LEVELS.has(String(entry.level)) ||
          typeof entry.message !== "string",
      );
      return broken.length > 0
        ? fail(
            `${broken.length} entries lack a string id, a known level or a message: ${JSON.stringify(broken[0]).slice(0, 200)}`,
          )
        : pass(`${entries.length} entries with id, level and message`);
    }),
});
