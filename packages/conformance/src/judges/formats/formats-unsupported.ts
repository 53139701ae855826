import { skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { refusalVerdict } from "../../internal/scenarios/jobs.js";
import { scenarioCheck } from "../scenario-check.js";
import { isResult } from "./formats-case-insensitive.js";

/** An output format name no back-end has. */
export const UNKNOWN_FORMAT = "JOBKIT_CONFORMANCE_NO_SUCH_FORMAT";

/**
 * A format the back-end does not have is the client's fault. Not an exchange judge: that the name is unknown,
 * and whether the process runs with its own format (`valid`, asked when the unknown one failed), is the run's
 * knowledge. `answer` is undefined when the run's process has no save_result node.
 */
export const formatsUnsupported = scenarioCheck({
  id: "formats.unsupported",
  scenario: "formats",
  level: "L1A",
  rules: [],
  basis:
    "API: error handling, 400 whenever the error has its origin on client side (save_result's format is one GET /file_formats lists)",
  needs: ["POST /result"],
  expectation:
    "POST /result saving in a format the back-end does not have is refused with a 4xx openEO error, not a 5xx",
  verdict: ({ answer, valid }: { answer: Exchange | undefined; valid: Exchange | undefined }, c) => {
    if (!answer) return skip("the run's process has no save_result node");
    if (valid && !isResult(c.use(valid)))
      return skip(`not evaluated: the process with its own format ${answered(valid)} as well`);
    return refusalVerdict(c.use(answer), "POST /result", `saving in the format ${UNKNOWN_FORMAT}`);
  },
});
