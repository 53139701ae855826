import { isErrorObject } from "../../internal/error-body.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { isApiAnswer } from "./error-answer.js";

/** Rule 6: an error body comes with an error status. */
export const errorsStatusRange = judgedCheck({
  id: "errors.status-range",
  scenario: "overall",
  level: "L1",
  rules: [6],
  needs: [],
  expectation: "every error body comes with a status between 400 and 599",
  unjudged: "no answer had an error body",
  judge: (exchange) => {
    if (!isApiAnswer(exchange) || !isErrorObject(exchange.json)) return undefined;
    const status = exchange.status as number;
    return status >= 400 && status <= 599 ? conforms : breaks(`an error body came with status ${status}`);
  },
});
