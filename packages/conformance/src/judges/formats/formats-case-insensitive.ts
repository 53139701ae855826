import { fail, type Outcome, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { bytesVerdict, contentTypeVerdict } from "../../internal/scenarios/result-format.js";
import { scenarioCheck } from "../scenario-check.js";

/** What the run sent: the process's format name, the same in another case, and the answers to each. */
export interface RenamedFormat {
  readonly format: string | undefined;
  readonly name: string | undefined;
  /** POST /result with the name in another case; undefined when there was no name to change. */
  readonly answer: Exchange | undefined;
  /** POST /result with the process's own name, asked when the renamed one gave no result. */
  readonly original: Exchange | undefined;
}

/** Whether an answer is a result. */
export const isResult = (exchange: Exchange): boolean => exchange.status === 200 && !exchange.problem;

/** The verdict on the answer to the name in another case: the format's Content-Type and bytes. */
function sameFormatVerdict(answer: Exchange, format: string, name: string): Outcome {
  const type = contentTypeVerdict(answer, format);
  if (type.status === "fail") return fail(`${name} answered 200; ${type.observation}`);
  const bytes = bytesVerdict(answer, format);
  if (bytes.status === "fail") return fail(`${name} answered 200; ${bytes.observation}`);
  return pass(
    `${name} answered 200 with ${type.observation}${bytes.status === "pass" ? `; ${bytes.observation}` : ""}`,
  );
}

/**
 * Rules 46 and 906: a format name in another case is the same format. Not an exchange judge: that the request
 * renamed the run's own format, and how the original name fared, is the run's knowledge.
 */
export const formatsCaseInsensitive = scenarioCheck({
  id: "formats.case-insensitive",
  scenario: "formats",
  level: "L1A",
  rules: [46, 906],
  needs: ["POST /result"],
  expectation:
    "POST /result accepts the run's output format name in another case (gtiff for GTiff) and answers in that format",
  verdict: ({ format, name, answer, original }: RenamedFormat, c) => {
    if (!format || !name || name === format || !answer)
      return skip(`the run's process saves in no format with letters to change (${format ?? "none"})`);
    if (isResult(c.use(answer))) return sameFormatVerdict(answer, format, name);
    if (original && isResult(c.use(original)))
      return fail(`the format name ${name} ${answered(answer)}, while ${format} answered 200`);
    return skip(`the process runs with neither name: ${format} ${answered(original)}`);
  },
});
