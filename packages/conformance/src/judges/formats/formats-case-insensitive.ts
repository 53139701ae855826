import { baseMediaType } from "../../internal/file-format.js";
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
  /** POST /result with the process's own name, asked when the renamed one gave no result in the format. */
  readonly original: Exchange | undefined;
}

/** Whether an answer is a result. */
export const isResult = (exchange: Exchange): boolean => exchange.status === 200 && !exchange.problem;

/** Whether a result is in the format asked for: its Content-Type first, then its bytes. */
function formatVerdict(result: Exchange, format: string): { step: "type" | "bytes"; outcome: Outcome } {
  const type = contentTypeVerdict(result.headers.get("content-type"), format);
  if (type.status === "fail") return { step: "type", outcome: type };
  const bytes = bytesVerdict(result.bytes, result.headers.get("content-type"), format);
  if (bytes.status === "fail") return { step: "bytes", outcome: bytes };
  const more = bytes.status === "pass" ? `; ${bytes.observation}` : "";
  return { step: "bytes", outcome: pass(`${type.observation}${more}`) };
}

/**
 * Whether the run must also ask with the process's own name: when the renamed name gave no result in the
 * format, only the original-case answer tells whether the case made the difference.
 */
export const needsOriginal = (answer: Exchange, format: string): boolean =>
  !isResult(answer) || formatVerdict(answer, format).outcome.status === "fail";

/** Whether two results fare alike: same Content-Type, and the format check stops at the same step. */
function sameOutcome(answer: Exchange, original: Exchange, format: string): boolean {
  const type = (exchange: Exchange) => baseMediaType(exchange.headers.get("content-type") ?? "");
  const renamed = formatVerdict(answer, format);
  const own = formatVerdict(original, format);
  return type(answer) === type(original) && renamed.step === own.step && own.outcome.status === "fail";
}

/** The verdict on a result to the name in another case, against the original-case answer when it fails. */
function renamedResultVerdict(
  answer: Exchange,
  original: Exchange | undefined,
  format: string,
  name: string,
) {
  const { outcome } = formatVerdict(answer, format);
  if (outcome.status !== "fail") return pass(`${name} answered 200 with ${outcome.observation}`);
  if (original && isResult(original) && sameOutcome(answer, original, format))
    return skip(
      `not evaluated: ${name} answered like ${format} (200, ${answer.headers.get("content-type")}), and the ` +
        `${format} answer fails the same way (see sync.format): ${outcome.observation}`,
    );
  return fail(`${name} answered 200; ${outcome.observation}`);
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
    const renamedResult = isResult(c.use(answer));
    if (original) c.use(original);
    if (renamedResult) return renamedResultVerdict(answer, original, format, name);
    if (original && isResult(original))
      return fail(`the format name ${name} ${answered(answer)}, while ${format} answered 200`);
    return skip(`the process runs with neither name: ${format} ${answered(original)}`);
  },
});
