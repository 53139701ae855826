import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, type JsonObject, listSome } from "../../internal/scenarios/answers.js";
import { LOGS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";
import { entriesOf } from "./entries-of.js";

/** The first log page, the page of `limit=1` (when the job has 2 entries or more), its next link and that page. */
export interface LimitPages {
  readonly page: Exchange;
  readonly limited: Exchange | undefined;
  readonly next: JsonObject | undefined;
  readonly nextPage: Exchange | undefined;
}

/** Rule 803: logs?limit=1 answers one entry and a rel=next link to the rest. */
export const logsLimit = scenarioCheck({
  id: "logs.limit",
  scenario: "lifecycle",
  level: "L3",
  rules: [803],
  needs: LOGS,
  expectation: "logs?limit=1 answers one entry and a rel=next link to the rest",
  verdict: ({ page, limited, next, nextPage }: LimitPages, c) => {
    const ids = entriesOf(page).map((entry) => String(entry.id));
    if (!limited) return skip(`needs at least 2 log entries, the job has ${ids.length}`);
    c.use(limited);
    if (limited.status !== 200) return fail(`logs?limit=1 ${answered(limited)}`);
    const got = entriesOf(limited);
    if (got.length !== 1) return fail(`limit=1 answered ${got.length} entries`);
    if (!next) return fail("limit=1 gave no rel=next link although more entries exist");
    const second = c.use(nextPage);
    const following = entriesOf(second).map((entry) => String(entry.id));
    return second.status === 200 && following[0] === ids[1]
      ? pass(`limit=1 gave ${ids[0]}, the next link ${ids[1]}`)
      : fail(
          `the next link ${answered(second)} with entries [${listSome(following, 3)}], expected ${ids[1]} first`,
        );
  },
});
