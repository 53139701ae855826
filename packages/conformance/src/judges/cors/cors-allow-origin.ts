import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { isCorsAnswer } from "./is-preflight.js";

/** Rule 2: every answer to a request with an Origin carries Access-Control-Allow-Origin. */
export const corsAllowOrigin = judgedCheck({
  id: "cors.allow-origin",
  scenario: "overall",
  level: "L1",
  rules: [2],
  needs: [],
  expectation: "every answer to a request with an Origin header has Access-Control-Allow-Origin",
  unjudged: "no request carried an Origin header",
  judge: (exchange) => {
    if (!isCorsAnswer(exchange)) return undefined;
    return exchange.responseHeaders.get("access-control-allow-origin")
      ? conforms
      : breaks("an Origin was sent; the answer has no Access-Control-Allow-Origin");
  },
});
