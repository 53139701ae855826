import { bytesVerdict } from "../../internal/scenarios/result-format.js";
import { isOperation } from "../jobs/success-status.js";
import { findingOf, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";
import { judgeSyncResult, NO_RESULT, requestedFormat } from "./sync-answer.js";

/** The verdict on a result's bytes (judgeSyncResult hands only answers whose body arrived whole). */
const formatVerdict = (answer: Observed) =>
  bytesVerdict(
    answer.body ?? new Uint8Array(0),
    answer.responseHeaders.get("content-type"),
    requestedFormat(answer),
  );

/** The API document: POST /result answers the data in the requested format. */
export const syncFormat = judgedCheck({
  id: "sync.format",
  scenario: "sync",
  level: "L1A",
  rules: [],
  basis: "API: POST /result answers the result data in the requested format",
  needs: ["POST /result"],
  expectation: "the bytes parse as the requested format (or as the archive the Content-Type names)",
  unjudged: NO_RESULT,
  judge: (exchange) => judgeSyncResult(exchange, (answer) => findingOf(formatVerdict(answer))),
  // a format the kit cannot parse leaves the rule not evaluated, and says which
  passedOver: (exchange) => {
    const data = isOperation(exchange, "POST", "/result") && exchange.status === 200 && exchange.body;
    const verdict = data ? formatVerdict(exchange) : undefined;
    return verdict?.status === "skip" ? verdict.observation : undefined;
  },
});
