import { successStatus } from "../jobs/success-status.js";
import { breaks, conformsAs, judgedCheck } from "../judged-check.js";
import { judgeSyncAnswer } from "./sync-answer.js";

/** Rules 900, 905: a valid POST /result answers 200 with the data. */
export const syncStatus200 = judgedCheck({
  id: "sync.status-200",
  scenario: "sync",
  level: "L1A",
  rules: [900, 905],
  needs: ["POST /result"],
  expectation: "POST /result with a valid process answers 200 with the data in the body",
  unjudged: "no POST /result was answered with success or made with a valid process",
  judge: (exchange) =>
    judgeSyncAnswer(exchange, (answer) => {
      if (answer.status !== 200) return successStatus(answer, "POST /result", [[200, "200"]]);
      return answer.bodyBytes > 0
        ? conformsAs(`${answer.bodyBytes} bytes of ${answer.responseHeaders.get("content-type")}`)
        : breaks("200 with an empty body");
    }),
});
