import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { entriesOf } from "../logs/entries-of.js";
import { LOGS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rules 800, 806: a failed job logs its error. */
export const failingErrorLogs = scenarioCheck({
  id: "failing.error-logs",
  scenario: "failing",
  level: "L2",
  rules: [800, 806],
  needs: LOGS,
  expectation: "the failed job's logs have an entry with level error",
  verdict: (page: Exchange, c) => {
    c.use(page);
    if (page.status !== 200) return fail(`GET /jobs/{id}/logs ${answered(page)}`);
    const errors = entriesOf(page).filter((entry) => entry.level === "error");
    return errors.length > 0
      ? pass(`error entry: ${String(errors[0]?.message).slice(0, 160)}`)
      : fail(`${entriesOf(page).length} entries, none with level error`);
  },
});
