import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { LOGS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";
import { entriesOf } from "./entries-of.js";

/** Rules 802, 805: logs?level=error lists only error entries and says so. */
export const logsLevel = scenarioCheck({
  id: "logs.level",
  scenario: "failing",
  level: "L3",
  rules: [802, 805],
  needs: LOGS,
  expectation: "logs?level=error lists only error entries and says level: error",
  verdict: (page: Exchange, c) => {
    c.use(page);
    if (page.status !== 200) return fail(`logs?level=error ${answered(page)}`);
    const entries = entriesOf(page);
    if (entries.length === 0)
      return skip(
        "level=error listed no entries, so the filter could not be judged (see failing.error-logs)",
      );
    const others = entries.filter((entry) => entry.level !== "error");
    if (others.length > 0)
      return fail(
        `level=error also lists ${others.length} entries of level ${[...new Set(others.map((entry) => entry.level))].join(", ")}`,
      );
    const level = body(page).level;
    return level === "error"
      ? pass(`${entries.length} error entries, level: error`)
      : fail(
          `the entries are filtered but the top-level level is ${JSON.stringify(level)}, expected "error"`,
        );
  },
});
