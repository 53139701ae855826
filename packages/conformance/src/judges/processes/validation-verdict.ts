import type { CheckContext } from "../../internal/outcome.js";
import { fail, type Outcome, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, arrayOf, isObject } from "../../internal/scenarios/answers.js";

/** openEO's codes for the faults of a process call; one of them for another fault is a wrong answer. */
const CALL_CODES = new Set([
  "ProcessUnsupported",
  "ProcessParameterRequired",
  "ProcessParameterInvalid",
  "ProcessParameterUnsupported",
]);

/**
 * What the run saw of POST /validation of a faulty graph: the answer (undefined when the run's process has no
 * save_result node to break) and, when that was not 200, the answer for the run's valid process.
 */
export interface ValidationSeen {
  readonly answer: Exchange | undefined;
  readonly valid: Exchange | undefined;
}

/** The verdict on POST /validation of a faulty graph: 200 with an error naming the fault (rules 492–495). */
function validationVerdict(answer: Exchange, what: string, code: string): Outcome {
  if (answer.status !== 200)
    return fail(
      `POST /validation of a graph ${what} ${answered(answer)}; expected 200 with the error in errors (4xx and 5xx are for invalid requests)`,
    );
  const errors = arrayOf(answer, "errors");
  if (errors.length === 0) return fail(`POST /validation of a graph ${what} answered 200 with no error`);
  const codes = errors.map((error) =>
    isObject(error) && typeof error.message === "string" ? error.code : undefined,
  );
  if (codes.some((found) => typeof found !== "string"))
    return fail("an error lacks a string code or message");
  if (codes.includes(code)) return pass(`errors: ${codes.join(", ")}`);
  const wrong = codes.find((found) => CALL_CODES.has(String(found)));
  if (wrong)
    return fail(
      `errors: ${codes.join(", ")}; ${wrong} is openEO's code for another fault, ${code} for this one`,
    );
  return pass(`errors: ${codes.join(", ")} (openEO's own code is ${code}; another is allowed)`);
}

/**
 * The verdict of a check of one faulty graph (`what`, whose openEO code is `code`). Not an exchange judge: which
 * fault the graph has, and whether the valid process validates, is the run's knowledge.
 */
export function faultyGraphVerdict(what: string, code: string) {
  return ({ answer, valid }: ValidationSeen, c: CheckContext): Outcome => {
    if (!answer) return skip("the run's process has no save_result node");
    if (answer.status !== 200 && valid && c.use(valid).status !== 200)
      return skip(`not evaluated: POST /validation of the run's valid process ${answered(valid)} as well`);
    return validationVerdict(c.use(answer), what, code);
  };
}
