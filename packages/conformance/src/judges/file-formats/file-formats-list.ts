import { answered, body, isObject } from "../../internal/scenarios/answers.js";
import { judgeOperation } from "../answer-problem.js";
import { breaks, conforms, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";

function formatProblems(exchange: Observed): string[] {
  const formats = body(exchange);
  if (!isObject(formats.input) || !isObject(formats.output)) return ["input and output must be objects"];
  const outputs = Object.entries(formats.output);
  if (outputs.length === 0) return ["there is no output format"];
  return [...Object.entries(formats.input), ...outputs]
    .filter(
      ([, format]) =>
        !isObject(format) || !Array.isArray(format.gis_data_types) || !isObject(format.parameters),
    )
    .map(([name]) => `${name} lacks gis_data_types or parameters`);
}

/** Whether the request carried credentials, for observations. */
const label = (exchange: Observed) =>
  exchange.requestHeaders.has("authorization") ? "with auth" : "without auth";

/**
 * Rules 40–43 and 48: the file formats, with and without auth. Every answer is judged, a refusal of credentials
 * too: the run sends valid ones.
 */
export const fileFormatsList = judgedCheck({
  id: "file-formats.list",
  scenario: "discovery",
  level: "L1",
  rules: [40, 41, 42, 43, 48],
  needs: ["GET /file_formats"],
  expectation:
    "GET /file_formats answers 200 with and without auth: input and output, at least one output format, each with gis_data_types and parameters",
  unjudged: "no GET /file_formats went through",
  judge: (exchange) =>
    judgeOperation(exchange, { method: "GET", template: "/file_formats" }, (answer) => {
      if (answer.status !== 200) return breaks(`${label(answer)} it ${answered(answer)}`);
      const problems = formatProblems(answer);
      return problems.length > 0
        ? breaks(problems.map((problem) => `${label(answer)}: ${problem}`).join("; "))
        : conforms;
    }),
});
