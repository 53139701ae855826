import { isErrorObject, isJobFailure } from "../../internal/error-body.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";

/** Rule 7: an error answer of the API is openEO's error object. */
export const errorsBody = judgedCheck({
  id: "errors.body",
  scenario: "overall",
  level: "L1",
  rules: [7],
  needs: [],
  expectation: "every 4xx/5xx answer of the API (except to HEAD) is JSON with a string code and message",
  unjudged: "no error answer of the API",
  judge: (exchange) => {
    const status = exchange.status;
    if (exchange.target.kind !== "api" || status === undefined || status < 400) return undefined;
    if (exchange.method === "HEAD" || exchange.body === undefined) return undefined;
    // the 424 of a failed job's results is a log entry in the API document, not an error object
    const ok = status === 424 ? isJobFailure(exchange.json) : isErrorObject(exchange.json);
    return ok ? conforms : breaks(`the ${status} answer is not a JSON error with code and message`);
  },
});
