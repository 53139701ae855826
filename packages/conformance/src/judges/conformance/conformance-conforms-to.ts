import { answered, body } from "../../internal/scenarios/answers.js";
import { judgeOperation } from "../answer-problem.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";

/** Rules 60–61: the conformance classes. A refusal of credentials is allowed (rule 102, as for GET /). */
export const conformanceConformsTo = judgedCheck({
  id: "conformance.conforms-to",
  scenario: "discovery",
  level: "L3",
  rules: [60, 61],
  needs: ["GET /conformance"],
  expectation: "GET /conformance answers 200 without auth with a conformsTo list of URIs",
  unjudged: "no GET /conformance went through",
  judge: (exchange) =>
    judgeOperation(exchange, { method: "GET", template: "/conformance" }, (answer) => {
      const refusal = answer.status === 401 || answer.status === 403;
      if (refusal && answer.requestHeaders.has("authorization")) return undefined;
      if (answer.status !== 200) return breaks(`GET /conformance ${answered(answer)}`);
      const { conformsTo } = body(answer);
      if (!Array.isArray(conformsTo)) return breaks("there is no conformsTo array");
      const odd = conformsTo.filter((uri) => typeof uri !== "string" || !URL.canParse(uri));
      return odd.length > 0
        ? breaks(`conformsTo has entries that are not URIs: ${JSON.stringify(odd.slice(0, 3))}`)
        : conforms;
    }),
});
