import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, answeredRefusal, isRefusal } from "../../internal/scenarios/answers.js";
import { statusOf } from "../../internal/scenarios/jobs.js";
import { BATCH } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** What the user without credit did: created a job, started it, then described it (the last two when created). */
export interface PaymentStart {
  readonly created: Exchange;
  readonly start: Exchange | undefined;
  readonly after: Exchange | undefined;
}

/** Rule 852: a user without credit cannot start a job, and the job stays created. */
export const paymentStart = scenarioCheck({
  id: "payment.start",
  scenario: "payment",
  level: "L1B",
  rules: [852],
  needs: BATCH,
  expectation:
    "starting a job of a user without credit is refused (ideally 402 PaymentRequired, any 4xx) and the job stays created",
  verdict: ({ created, start, after }: PaymentStart, c) => {
    if (!start || !after)
      return skip(`the user without credit could not create a job: POST /jobs ${answered(created)}`);
    c.use(start);
    // rule 852 asks for a refusal; openEO's own is 402 PaymentRequired (a SHOULD of the API document)
    if (!isRefusal(start))
      return fail(`starting it ${answered(start)}; expected 402 PaymentRequired or another 4xx`);
    c.use(after);
    const status = statusOf(after);
    return status === "created"
      ? pass(`${answeredRefusal(start, 402, "PaymentRequired")}; the job stays created`)
      : fail(`refused with ${start.status}, but the job is now ${status ?? answered(after)}`);
  },
});
