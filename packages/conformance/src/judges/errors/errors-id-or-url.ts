import { isErrorObject } from "../../internal/error-body.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { isApiAnswer } from "./error-answer.js";

/** Rule 8: an error body also names the error instance (`id`) or a page about it (`url`). */
export const errorsIdOrUrl = judgedCheck({
  id: "errors.id-or-url",
  scenario: "overall",
  level: "L3",
  rules: [8],
  needs: [],
  expectation: "every error body also has an id or url",
  unjudged: "no error answer had an error body",
  judge: (exchange) => {
    const status = exchange.status as number;
    if (!isApiAnswer(exchange) || exchange.method === "HEAD" || status < 400) return undefined;
    if (!isErrorObject(exchange.json)) return undefined;
    const { id, url } = exchange.json as { id?: unknown; url?: unknown };
    return id || url ? conforms : breaks("the error body has neither id nor url");
  },
});
