import { isUtf8 } from "node:buffer";
import { isApiAnswer } from "../errors/error-answer.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";

const TEXT = /^(text\/|application\/([\w.+-]*\+)?json)/i;

/** Rule 5: text answers are UTF-8. */
export const encodingUtf8 = judgedCheck({
  id: "encoding.utf8",
  scenario: "overall",
  level: "L1",
  rules: [5],
  needs: [],
  expectation: "every text answer is UTF-8: no other charset, and the bytes decode",
  unjudged: "no text answer",
  judge: (exchange) => {
    const type = exchange.responseHeaders.get("content-type") ?? "";
    if (!isApiAnswer(exchange) || !TEXT.test(type)) return undefined;
    const charset = /charset=([^;]+)/i.exec(type)?.[1]?.trim().replace(/"/g, "").toLowerCase();
    if (charset && charset !== "utf-8" && charset !== "utf8") return breaks(`declares charset=${charset}`);
    // validated, not decoded: a fatal TextDecoder refuses the same bytes, ~100× slower (GET /processes is big)
    return isUtf8(exchange.body as Uint8Array) ? conforms : breaks("is not valid UTF-8");
  },
});
