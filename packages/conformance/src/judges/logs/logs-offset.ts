import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, listSome } from "../../internal/scenarios/answers.js";
import { LOGS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";
import { entriesOf } from "./entries-of.js";

/** The first log page and, when it has 2 entries or more, the page after its first entry (`offset`). */
export interface OffsetPages {
  readonly page: Exchange;
  readonly after: Exchange | undefined;
}

/** Rule 801: logs?offset=ID lists exactly the entries after that entry. */
export const logsOffset = scenarioCheck({
  id: "logs.offset",
  scenario: "lifecycle",
  level: "L2",
  rules: [801],
  needs: LOGS,
  expectation: "logs?offset=ID lists exactly the entries after that entry",
  verdict: ({ page, after }: OffsetPages, c) => {
    const ids = entriesOf(page).map((entry) => String(entry.id));
    if (!after) return skip(`needs at least 2 log entries, the job has ${ids.length}`);
    c.use(page);
    c.use(after);
    if (after.status !== 200) return fail(`logs?offset=${ids[0]} ${answered(after)}`);
    const got = entriesOf(after).map((entry) => String(entry.id));
    const expected = ids.slice(1, 1 + got.length);
    return got.length > 0 && got.every((id, index) => id === expected[index])
      ? pass(`offset=${ids[0]} lists ${got.length} later entries`)
      : fail(
          `offset=${ids[0]} lists [${listSome(got, 5)}], expected the entries after it: [${listSome(ids.slice(1), 5)}]`,
        );
  },
});
