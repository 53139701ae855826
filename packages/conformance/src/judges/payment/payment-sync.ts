import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, answeredRefusal, isRefusal } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** Rule 910: a user without credit cannot process synchronously. */
export const paymentSync = scenarioCheck({
  id: "payment.sync",
  scenario: "payment",
  level: "L1A",
  rules: [910],
  needs: ["POST /result"],
  expectation: "POST /result of a user without credit is refused (ideally 402 PaymentRequired, any 4xx)",
  verdict: (result: Exchange, c) => {
    c.use(result);
    return isRefusal(result)
      ? pass(answeredRefusal(result, 402, "PaymentRequired"))
      : fail(
          `POST /result of a user without credit ${answered(result)}; expected 402 PaymentRequired or another 4xx`,
        );
  },
});
